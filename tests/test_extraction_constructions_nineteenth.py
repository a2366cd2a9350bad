"""Constructions found on the twenty-sixth round of real pages (rules log items 364 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import events_of


def test_minutes_under_a_bare_present_heading_keep_the_attendance_beside_a_welcome(nlp):
    # Item 364: minutes whose members' list stands under a bare "Present" line (no colon) and whose date is only a
    # month: a member welcomed "at her first board meeting" is appointed and, being listed, also holds the post.
    trust = "Rotherham Doncaster and South Humber NHS Foundation Trust"
    text = (
        f"Board of directors minutes\n{trust}\nPresent\n- Ottilie Brammer, Chair.\n"
        "- Gwendolyn Shaw-Pike, Non-Executive Director.\n- Anselm Yardley, Chief Executive.\n"
        "In attendance\n- Rhoswen Tapp, Director of Finance.\n"
        "Welcome and apologies\nMrs Brammer welcomed all attendees to the meeting and Gwendolyn Shaw-Pike, "
        "Non-Executive Director, at her first board meeting."
    )
    found = {f[:4] for f in events_of(nlp, text, "2025-05")}
    assert ("Gwendolyn Shaw-Pike", "non-executive director", trust, "appointed") in found, found
    assert ("Gwendolyn Shaw-Pike", "non-executive director", trust, "holds") in found, found
    assert ("Rhoswen Tapp", "chief financial officer", trust, "holds") in found, found


def test_a_speaker_announcing_a_post_as_their_own_in_a_quotation_is_appointed(nlp):
    # Item 365: the third-person sentence gives no title ("will take up post in January"); the appointee's own words
    # do: 'Ms X said: "I am thrilled to have been appointed as the new Chief Executive"', '"I am delighted to be
    # joining the trust as interim director of nursing," said Y'.
    trust = "Barnsley Hospital NHS Foundation Trust"
    text = (
        f"{trust} has named its new leader. Perpetua Ainsworth will take up post in January. Perpetua succeeds "
        "Hywel Brannock, who has been appointed to a national role.\n\n"
        "Ms Ainsworth said: “I am thrilled to have been appointed as the new Chief Executive and look forward to "
        "meeting colleagues.”\n\n"
        "“I am delighted to be joining the trust as Interim Director of Nursing,” said Lowri Castellan.\n\n"
        "Chair Barnaby Wintle said: “I am delighted to welcome Perpetua and pleased to be working with Lowri.”"
    )
    found = {f[:5] for f in events_of(nlp, text, "2022-10-03")}
    assert ("Perpetua Ainsworth", "chief executive", trust, "appointed", False) in found, found
    assert ("Lowri Castellan", "chief nurse", trust, "appointed", True) in found, found
    # The post the quotation gives is there for the succession read after it: the predecessor leaves it.
    assert ("Hywel Brannock", "chief executive", trust, "departed", False) in found, found
    # The welcoming chair speaks of others' posts: no appointment of his own.
    assert not any(f[0] == "Barnaby Wintle" and f[3] == "appointed" for f in found), found
    # A hope is no announcement, and a speaker quoted about another's post is not its holder.
    text = (
        f"{trust} news. Chair Barnaby Wintle said: “I would be delighted to be appointed chair of another trust "
        "one day.” Chief executive Perpetua Ainsworth said: “Lowri is delighted to have been appointed as our "
        "Chief Nurse.”"
    )
    found = {f[:4] for f in events_of(nlp, text, "2022-10-03")}
    assert not any(f[0] in {"Barnaby Wintle", "Perpetua Ainsworth"} and f[3] == "appointed" for f in found), (
        found
    )


def test_a_trust_name_written_without_the_commas_of_its_formal_name_is_that_trust(nlp):
    # Item 366: "Tees Esk and Wear Valleys NHS Foundation Trust" (formally "Tees, Esk and Wear ..."): without its
    # commas the name was not known, its first words became a person and the rest another body.
    trust = "Tees Esk and Wear Valleys NHS Foundation Trust"  # recorded as the text writes it
    text = (
        "A MENTAL health trust's boss is to retire.\n\nOn Tuesday, Tees Esk and Wear Valleys NHS Foundation Trust "
        "announced that chief executive Crispin Allardyce will be stepping down next spring."
    )
    found = {f[:4] for f in events_of(nlp, text, "2019-11-20")}
    assert ("Crispin Allardyce", "chief executive", trust, "departed") in found, found
    assert not any(f[0] == "Tees Esk" or f[2] != trust for f in found), found


def test_a_replaced_person_leaving_to_take_up_a_post_elsewhere_is_appointed_there(nlp):
    # Item 368: "He replaces Y, who leaves A in early April to take up an appointment as chief executive of B": the
    # title in Y's clause is Y's new post at B (as with "to become"); A's post, the successor's, is the one Y
    # leaves. The replaced person's own past step into the post ("who stepped up to interim chief executive")
    # stays the post they leave.
    trust, other = "Medway NHS Foundation Trust", "East Sussex Healthcare NHS Trust"
    text = (
        f"Odhran Kesteven is to become chief executive of {trust} for six months from 1 April.\n\n"
        f"He replaces Marisol Penhallow, who leaves {trust} in early April to take up an appointment as chief "
        f"executive of {other}."
    )
    found = {f[:4] for f in events_of(nlp, text, "2025-03-10")}
    assert ("Marisol Penhallow", "chief executive", other, "appointed") in found, found
    assert ("Marisol Penhallow", "chief executive", trust, "departed") in found, found
    assert ("Marisol Penhallow", "chief executive", other, "departed") not in found, found
    text = (
        f"Odhran Kesteven is to become chief executive of {trust}. He will replace Marisol Penhallow, who stepped "
        "up to interim chief executive after the last chief executive's departure."
    )
    found = {f[:4] for f in events_of(nlp, text, "2025-03-10")}
    assert ("Marisol Penhallow", "chief executive", trust, "departed") in found, found
    assert ("Marisol Penhallow", "chief executive", trust, "appointed") not in found, found


def test_an_appointment_as_the_trusts_title_names_its_holder(nlp):
    # Item 369: "I would like to extend my congratulations to Sue on her appointment as the trust's new chief
    # executive": "the trust's" between "as" and the title hid the holder named before "as".
    other = "Hampshire Hospitals NHS Foundation Trust"
    text = (
        "NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board bulletin\n\n"
        f"Saoirse Pendleton, our Chief Executive Officer, will be stepping down in September, ahead of taking on a "
        f"new role within {other}.\n\nI would like to extend my congratulations to Saoirse Pendleton on her "
        "appointment as the trust’s new chief executive."
    )
    found = {f[:4] for f in events_of(nlp, text, "2025-07-04")}
    assert ("Saoirse Pendleton", "chief executive", other, "appointed") in found, found


def test_a_term_extended_until_a_date_is_no_departure(nlp):
    # Item 370: "X has agreed to continue as Chairman of A until June 2021" (a term extended at the regulator's
    # request) was read as "is to remain until <date>", a post that ends then. Agreed or asked to continue is an
    # extension; remaining until a date after a retirement is still a departure.
    trust = "Royal Devon and Exeter NHS Foundation Trust"
    text = (
        f"{trust} news. Following agreement with NHS England, Lucian Pargeter has agreed to continue as Chairman of "
        f"{trust} until June 2021."
    )
    found = {f[:4] for f in events_of(nlp, text, "2020-04-01")}
    assert ("Lucian Pargeter", "chair", trust, "departed") not in found, found
    text = (
        f"{trust} news. Chair Lucian Pargeter is to remain until March 2021 while a new chair is appointed."
    )
    found = {f[:4] for f in events_of(nlp, text, "2020-04-01")}
    assert ("Lucian Pargeter", "chair", trust, "departed") in found, found


def test_a_saints_name_written_without_the_stop_of_its_formal_name_is_that_trust(nlp):
    # Item 371: "Ashford and St Peter's" (formally "Ashford and St. Peter's Hospitals NHS Foundation Trust"): the
    # stop missing, only "St Peter's" was known, as the closed St Peter's Hospital NHS Trust.
    text = (
        "April 2020\n\nWe would like to reassure members that we are doing everything possible to keep everyone at "
        "Ashford and St Peter's safe this spring. The Trust took the decision to restrict visiting to all wards.\n\n"
        "Our chief executive will be temporarily detached from Ashford and St Peter's to lead a regional project."
        "\n\nIn the interim, Dr Ifor Cadwallader has been appointed Acting Chief Executive by the Board."
    )
    found = {f[:4] for f in events_of(nlp, text, None)}  # a members' newsletter with no date of its own
    assert any(f[0] == "Ifor Cadwallader" and f[2].startswith("Ashford and St") for f in found), found
    assert not any(f[2] == "St Peter's Hospital NHS Trust" for f in found), found


def test_the_review_of_items_364_to_371(nlp):
    # Near misses a review found worse after items 364-370, each mended with a guard.
    trust = "Leeds Teaching Hospitals NHS Trust"
    # 364: a "Present" subheading over a news paragraph is no members' list: the page is not minutes.
    text = (
        f"{trust} news\n\nThe chair, Hesketh Marlow, set out the board's priorities.\n\nPresent\n\nChief executive "
        "Philippa Dunwoody told the annual members' meeting she would step down in the autumn."
    )
    found = events_of(nlp, text, "2023-06-01")
    assert not any(f[3] == "holds" and f[5] for f in found), found  # no meeting date on news holds
    assert not any(f[0] == "Philippa Dunwoody" and f[3] == "holds" for f in found), found
    # 365: a hope, an earlier year, a body outside the NHS, a welcome of another, a committee, relayed words.
    for quoted, title in (
        (
            'Osgood Pelham said: "If the panel chooses me, I am happy to take on the role of chief executive."',
            "chief",
        ),
        (
            'Osgood Pelham said: "I am proud to have been appointed chief executive of this trust in 2013."',
            "chief",
        ),
        (
            'In a 2019 interview, Osgood Pelham said: "I am delighted to be joining the trust as chief executive."',
            "chief",
        ),
        ('"I am delighted to be joining Bupa UK as its chief executive," said Osgood Pelham.', "chief"),
        (
            'Osgood Pelham said: "I am pleased to be joining the board in welcoming Tamsin as our chief executive."',
            "chief",
        ),
        ('Osgood Pelham said: "I am happy to take on the role of chair of the audit committee."', "chair"),
        (
            'Osgood Pelham said: "Our new chief nurse told me: I am delighted to have been appointed as chief nurse."',
            "chief",
        ),
    ):
        found = events_of(nlp, f"{trust} news\n\n{quoted}", "2023-06-01")
        assert not any(f[0] == "Osgood Pelham" and f[1].startswith(title) for f in found), (quoted, found)
    # 368: the replaced person's clause told of an earlier year is history.
    text = (
        f"{trust} news\n\nCorwin Ashdown, who joined the trust in 2016, replaced Eluned Harcastle, who had left in "
        "2015 to take up the post of chief executive of Portsmouth Hospitals University NHS Trust."
    )
    assert not any(
        f[0] == "Eluned Harcastle" and f[3] == "appointed" for f in events_of(nlp, text, "2023-06-01")
    )
    # 370: an agreed stay that names the exit is still a departure, dated.
    text = (
        f"{trust} news\n\nChief executive Winnifred Astley has agreed to remain chief executive until April 2024, "
        "when she will retire."
    )
    found = {f[:4] + (f[5],) for f in events_of(nlp, text, "2023-06-01")}
    assert ("Winnifred Astley", "chief executive", trust, "departed", "2024-04") in found, found


def test_a_quoted_announcement_with_both_feelings_named(nlp):
    # Item 372 (365's table): "I am both honoured and privileged to have been appointed as Interim Chief Executive".
    trust = "East Lancashire Hospitals NHS Trust"
    text = (
        f"{trust} news\n\nThe chair said she was delighted to announce the news today.\n\nLeofric said: “I am both "
        f"honoured and privileged to have been appointed as Interim Chief Executive of {trust}.”\n\nLeofric "
        "Ashworth joined the trust in 2011."
    )
    found = {f[:5] for f in events_of(nlp, text, "2021-03-01")}
    assert ("Leofric Ashworth", "chief executive", trust, "appointed", True) in found, found


def test_a_departure_told_as_years_ago_is_history(nlp):
    # Item 373: "Sir X retired from the role of NHS England chief executive four years ago" (two papers on the same
    # later appointment): a departure years before the story is career history; "last year" is still news.
    trust = "Worcestershire Acute Hospitals NHS Trust"
    text = (
        f"Sir Rupert Halloway has been named the new interim chairman of {trust}.\n\nSir Rupert retired from the "
        "role of NHS England chief executive four years ago, after calls for his resignation."
    )
    found = {f[:4] for f in events_of(nlp, text, "2018-09-12")}
    assert not any(f[3] == "departed" and f[2] == "NHS England" for f in found), found
    text = f"{trust} news. Chief executive Morwenna Pask retired last year, the trust said."
    found = {f[:4] for f in events_of(nlp, text, "2018-09-12")}
    assert ("Morwenna Pask", "chief executive", trust, "departed") in found, found


def test_the_review_of_items_371_to_373(nlp):
    # Item 373's mend: "N years ago" counts only when it dates the departure verb itself, not a clause beside it,
    # and not when the verb is also dated now ("this week", "on 30 May").
    trust = "Sheffield Teaching Hospitals NHS Foundation Trust"
    for sentence in (
        f"{trust} chief executive Ines Marwood, who joined the trust ten years ago, resigned yesterday.",
        f"{trust} chair Rhodri Penhale stepped down on Monday, having taken the post three years ago.",
        f"{trust} chair Osric Tamblyn, appointed three years ago, resigned on Friday over the trust's finances.",
        f"The chief nurse of {trust}, Maud Kellaway, retired this week, almost thirty years ago to the day since "
        "she started as a student nurse.",
    ):
        found = events_of(nlp, f"{trust} news\n\n{sentence}", "2023-06-01")
        assert any(f[3] == "departed" for f in found), (sentence, found)
    text = f"{trust} news\n\nSir Anselm Breck stepped down as chair of {trust} twelve years ago."
    assert not any(f[3] == "departed" for f in events_of(nlp, text, "2023-06-01"))


def test_a_quoted_announcement_beside_the_trust_and_last_year(nlp):
    # The final read of items 365's guards: "joining the Trust as" (a capital, no body's name) and a thanks "for his
    # leadership over the last year" in the same quotation are no reasons to drop the announcement.
    trust = "George Eliot Hospital NHS Trust"
    text = (
        f"{trust} news\n\nCommenting on his appointment, Gareth said: “I am very pleased to be appointed as Chair "
        f"of {trust} and I would like to thank my predecessor for his leadership over the last year.”\n\n"
        "Gareth Delamere takes up the post in April.\n\nHelen said: “I am delighted to be joining the Trust as "
        "Interim Director of Nursing.” Helen Lowther starts on Monday."
    )
    found = {f[:4] for f in events_of(nlp, text, "2019-03-01")}
    assert ("Gareth Delamere", "chair", trust, "appointed") in found, found
    assert ("Helen Lowther", "chief nurse", trust, "appointed") in found, found
