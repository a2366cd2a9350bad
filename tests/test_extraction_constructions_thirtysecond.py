"""Constructions found on the thirty-ninth round of real pages (rules log items 467 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of, events_of


def test_northern_ireland_trusts_by_their_short_names(nlp):
    # Item 467: Northern Ireland's health and social care trusts are listed bodies, known by the short forms its
    # news uses ("the Belfast Trust", "the Northern Trust"). Before, "Belfast Trust" was a place and a word, so an
    # unnamed lede's leaver had no body and a move between two trusts lost its destination.
    text = (
        "The chief executive of the Belfast Trust has announced that she is to retire in the summer.\n\n"
        "Oonagh Delacroix said it had been a privilege to lead the trust."
    )
    found = changes_of(nlp, text, "2021-01-01")
    assert [(p, r, e) for p, r, _, e in found] == [("Oonagh Delacroix", "chief executive", "departed")], found
    text = (
        "Rhona Vesey, chief executive of the Northern HSC Trust, will become chief executive of the Belfast Trust in "
        "October."
    )
    assert ("Rhona Vesey", "chief executive", "Belfast Trust", "appointed") in changes_of(
        nlp, text, "2021-01-01"
    )
    # after the review: "Northern Trust" alone is also a bank's name, and no alias
    text = (
        "Our new non-executive director, Ines Calloway, spent 20 years at Northern Trust, the American bank, before "
        "joining the board of Northern Lincolnshire and Goole NHS Foundation Trust this month."
    )
    assert changes_of(nlp, text, "2024-01-20") == {
        (
            "Ines Calloway",
            "non-executive director",
            "Northern Lincolnshire and Goole NHS Foundation Trust",
            "appointed",
        )
    }


def test_a_standfirst_printed_twice_does_not_name_the_leaver_before_the_lede(nlp):
    # Item 468: news pages print the standfirst (or a picture caption) above the story and again inside it. The
    # person it names stands before an unnamed lede ("The chief executive of A has announced that she is to
    # retire"), so the leaver was read as named before the lede and the lede was left without one. A line the
    # page repeats word for word after the lede is not a first naming.
    text = (
        "Perdita Okonjo led the trust through two difficult winters\n\n"
        "The chief executive of Barnsley Hospital NHS Foundation Trust has announced that she is to retire in "
        "the spring.\n\nPerdita Okonjo led the trust through two difficult winters.\n\n"
        "Mrs Okonjo said it had been a privilege to serve."
    )
    assert changes_of(nlp, text, "2021-01-01") == {
        ("Perdita Okonjo", "chief executive", "Barnsley Hospital NHS Foundation Trust", "departed")
    }
    # after the review: a line printed twice that is not the sentence naming the leaver (a running header, a
    # link to another story) is a naming before the lede as before
    header = "Latest news: Professor Amira Haddad appointed director of research"
    headed = (
        f"{header}\n\nThe medical director of Leeds Teaching Hospitals NHS Trust is to retire in the autumn.\n\n"
        f"Professor Amira Haddad said the trust's research programme owed him a great deal.\n\n{header}"
    )
    assert not any(e == "departed" for *_, e in changes_of(nlp, headed, "2024-05-14"))
    # a person named before the lede in a line the page does not repeat is still named before it
    text = text.replace(
        "Perdita Okonjo led the trust through two difficult winters\n\n",
        "Perdita Okonjo opened a ward.\n\n",
        1,
    )
    assert not changes_of(nlp, text, "2021-01-01")


def test_a_name_the_model_misses_after_replaced_by(nlp):
    # Item 469: "chairman X has been replaced by Y": only a person replaces or succeeds a person, so two
    # capitalised words after "replaced by" / "succeeded by" are a name even when the small model calls them an
    # organisation (Welsh given names often are). Before, the successor was lost and only the departure read.
    for verb, role in (("replaced", "chair"), ("succeeded", "chief executive")):
        title = "chairman" if role == "chair" else role
        text = (
            f"As part of the changes, Cwm Taf Morgannwg University Health Board {title} Aled Pritchard has been "
            f"{verb} by Tegid Rowlands."
        )
        assert (
            "Tegid Rowlands",
            role,
            "Cwm Taf Morgannwg University Health Board",
            "appointed",
        ) in changes_of(nlp, text, "2021-01-01"), verb


def test_a_name_the_model_misses_before_is_stepping_down(nlp):
    # Item 470: "the trust revealed X is stepping down / is leaving / is retiring": a progressive change verb
    # after "is" / "was" marks the words before it as a person, as "X has been appointed" does. Before, only a
    # past participle or a bare verb after the auxiliaries counted, so a name the small model calls an
    # organisation (or misses) lost the departure.
    for verb in ("is stepping down as chief executive", "is retiring as chief executive"):
        text = f"Last night Mid Yorkshire Hospitals NHS Trust revealed Sabine Frost {verb} after five years."
        assert changes_of(nlp, text, "2012-01-10") == {
            ("Sabine Frost", "chief executive", "Mid Yorkshire Hospitals NHS Trust", "departed")
        }, verb


def test_a_chief_technology_officer_is_a_board_title(nlp):
    # Item 471: national digital bodies and trusts name a chief technology officer (CTO) beside the chief
    # information officer. Before, the title was not listed, so neither the appointment nor the acting holder's
    # departure was read.
    text = (
        "NHS Digital has appointed Rosalind Penhaligon as its chief technology officer. Ms Penhaligon, who starts "
        "in May, will replace acting CTO Fintan Orrell, who returns to his post at the Department of Health."
    )
    found = changes_of(nlp, text, "2020-02-01")
    assert ("Rosalind Penhaligon", "chief technology officer", "NHS Digital", "appointed") in found, found
    assert ("Fintan Orrell", "chief technology officer", "NHS Digital", "departed") in found, found


def test_moving_to_a_similar_role_is_a_departure(nlp):
    # Item 472: "X, chairman of A, is moving to a similar role in Redhill", "is moving to a secondment with B":
    # a move still to come, to a role, post, job, secondment or trust, is a leaving (a DEPART trigger pattern,
    # data). Before, "move" was no leaving verb and the post was read as held. "moved to ... in 2015" is history
    # and "services were moving to a new building" no move of a person's.
    text = (
        "Cosmo Hartigan, chairman of Brighton and Hove City Teaching Primary Care Trust, is moving to a similar "
        "role in Surrey."
    )
    assert changes_of(nlp, text, "2010-11-03") == {
        ("Cosmo Hartigan", "chair", "Brighton and Hove City Teaching Primary Care Trust", "departed")
    }
    text = (
        "Marguerite Oyelaran, chief executive of Norfolk and Suffolk NHS Foundation Trust, is moving to a "
        "secondment with East London NHS Foundation Trust."
    )
    assert (
        "Marguerite Oyelaran",
        "chief executive",
        "Norfolk and Suffolk NHS Foundation Trust",
        "departed",
    ) in (changes_of(nlp, text, "2019-03-18"))
    for clause in (
        "said services were moving to a new building",
        "moved to a new role in 2015",
        "said staff were moving to new roles in the community",  # after the review: others' moves, plural
    ):
        text = f"Marguerite Oyelaran, chief executive of Norfolk and Suffolk NHS Foundation Trust, {clause}."
        assert not changes_of(nlp, text, "2019-03-18"), clause


def test_new_before_a_title_the_register_does_not_list(nlp):
    # Item 473: "the Trust's new Director of Communications & Workforce, Mrs X", "a new associate director of
    # midwifery, X": "new" before a listed title is inside its span and makes the named holder an appointee, but a
    # title read by the general "director of ..." shape starts after it, so the post was read as held.
    opening = "Calderdale and Huddersfield NHS Foundation Trust held its board meeting on Tuesday. "
    for sentence, person, role in (
        (
            "The Chair welcomed the Trust's new Director of Communications, Mrs Anouk Lethbridge, attending as an "
            "observer.",
            "Anouk Lethbridge",
            "director of communications",
        ),
        (
            "The Trust also announced it had a new associate director of midwifery, Tamsin Greaves.",
            "Tamsin Greaves",
            "associate director of midwifery",
        ),
    ):
        found = changes_of(nlp, opening + sentence, "2019-03-18")
        assert (person, role, "Calderdale and Huddersfield NHS Foundation Trust", "appointed") in found, found


def test_taking_over_until_a_post_named_in_the_until_clause_is_filled(nlp):
    # Item 474: "X, deputy chief executive and director of finance, would take over until an interim chief
    # executive was appointed": the title in the "until" clause is the post still to fill, and two titles joined
    # by "and" after the name are both X's. Before, either made the sentence's titles more than one, so X's
    # stepping up to the post just left was not read.
    opening = (
        "Dr Ilse Marchetti, chief executive of North Yorkshire and York Primary Care Trust, is leaving to take up a "
        "new role. "
    )
    for rest in (
        "Rufus Penhallow, deputy chief executive, will take over until an interim chief executive is appointed.",
        "The trust said Rufus Penhallow, deputy chief executive and director of finance, would take over until an "
        "interim chief executive was appointed.",
    ):
        found = events_of(nlp, opening + rest, "2008-10-14")
        assert (
            "Rufus Penhallow",
            "chief executive",
            "North Yorkshire and York Primary Care Trust",
            "appointed",
            True,
        ) in {f[:5] for f in found}, rest
    # after the review: the second title joined by "and" is held too, not a post taken ("will take over until
    # she returns": a stand-in, no departure told before)
    text = (
        "Ines Moorcroft, chief executive of Northampton General Hospital NHS Trust, will be on maternity leave from "
        "May. Rufus Penhallow, deputy chief executive and director of finance, will take over until she returns."
    )
    assert not any(
        f[0] == "Rufus Penhallow" and f[3] == "appointed" for f in events_of(nlp, text, "2021-03-15")
    )
    # a task taken over is no post: "take over responsibility for the budget"
    rest = (
        "Rufus Penhallow, deputy chief executive and director of finance, will take over responsibility for the "
        "budget until a permanent chief executive is appointed."
    )
    assert not any(f[0] == "Rufus Penhallow" and f[3] == "appointed" for f in events_of(nlp, opening + rest))


def test_a_body_named_for_a_former_post_takes_no_new_post(nlp):
    # Item 475: "X, the former head of A, has been appointed as England's first national CCIO", "Former A chief
    # X ... was appointed chair last week": the body named with a past post is where X was, not where the new
    # post is. Before, it was the only body in the sentence (or the page's), so the new post went to it.
    for text in (
        "Professor Leontine Vasquez, the former head of Cambridge University Hospitals NHS Foundation Trust, has "
        "been appointed as England's first national chief clinical information officer.",
        "Leontine Vasquez, the former chief executive of Cambridge University Hospitals NHS Foundation Trust, has "
        "been appointed as chair.",
    ):
        found = changes_of(nlp, text, "2016-07-10")
        assert not any(
            org == "Cambridge University Hospitals NHS Foundation Trust" for _, _, org, _ in found
        ), found
    # after the review: the page's own body that acts on the page ("A has named its new chair"), or "the trust"
    # in the sentence, keeps the new post though the appointee's former post was there too
    for text in (
        "Dorset County Hospital NHS Foundation Trust has named its new chair. Leontine Vasquez, the former chief "
        "executive of Dorset County Hospital NHS Foundation Trust, has been appointed as chair from 1 May.",
        "Ex-Mid Essex Hospital Services NHS Trust chief executive Leontine Vasquez has been appointed as chair, the "
        "trust announced.",
    ):
        assert {(p, r, e) for p, r, _, e in changes_of(nlp, text, "2020-04-01")} == {
            ("Leontine Vasquez", "chair", "appointed")
        }, text
    # a body named with a title held now still takes it, and a former body elsewhere does not stop the page's
    text = (
        "Cambridge University Hospitals NHS Foundation Trust has appointed Leontine Vasquez, former chief executive "
        "of Royal Papworth Hospital NHS Foundation Trust, as chair."
    )
    assert changes_of(nlp, text, "2016-07-10") == {
        ("Leontine Vasquez", "chair", "Cambridge University Hospitals NHS Foundation Trust", "appointed")
    }


def test_a_chief_executive_taking_over_at_a_trust_when_the_title_is_set_off(nlp):
    # Item 476: "X, chief executive of B, will take over at A": item 463 reads A's top post as taken, but the
    # stepping-up pass (item 474's) read the title set off after the name as held and turned that appointment
    # into a post held at A; with "Kent NHS boss" before the name, a title read at A as held blocked it. Now a
    # post a verb names is not the set-off title, a title read as held at A becomes the appointment, and "while a
    # new boss is appointed" makes it interim.
    text = (
        "{}Oswin Pellow, chief executive of Ashford and St Peter's Hospitals NHS Foundation Trust, will take over at "
        "Maidstone and Tunbridge Wells NHS Trust{}."
    )
    for before in ("", "Kent NHS boss "):
        for rest, interim in (
            ("", False),
            (" while a new boss is appointed", True),
            (" until a permanent chief executive is appointed", True),  # after the review: a longer title
        ):
            found = {f[:5] for f in events_of(nlp, text.format(before, rest), "2011-09-01")}
            post = ("Oswin Pellow", "chief executive", "Maidstone and Tunbridge Wells NHS Trust", "appointed")
            assert (*post, interim) in found, (before, rest, found)
            assert not any(f[2] == post[2] and f[3] == "holds" for f in found), (before, rest)
