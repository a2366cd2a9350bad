"""Constructions found on the seventeenth round of real pages (rules log items 252 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of, events_of


def test_a_sentence_never_starts_inside_a_name_after_a_headline(nlp):
    # Item 252: after headline lines with no full stop, the parser can start a sentence between a given name
    # and the surname ("Susan | Glover, Chief Executive of ..., is to stand down"), so the departure loses
    # its subject. A known given name and the capitalised word that ends the name stay in one sentence.
    text = (
        "Caring for our island, every day\n"
        "Isle of Wight NHS Trust to recruit new Chief Executive\n31 March 2017\n\n"
        "Chair thanks Susan Glover for her energy and commitment\n\n"
        "Susan Glover, Chief Executive of the Isle of Wight NHS Trust, is to stand down from her role today, "
        "31 March 2017.  The Trust board have asked the Director of Nursing, Dr Tobias Quill, to step in as "
        "acting Chief Executive for a short period.   The Board expects to confirm an interim Chief Executive "
        "in July.\n"
    )
    assert ("Susan Glover", "chief executive", "Isle of Wight NHS Trust", "departed") in changes_of(
        nlp, text, "2017-03-31"
    )


def test_a_name_with_a_typographic_apostrophe_is_one_person(nlp):
    # Item 253: the English model's name recogniser stops at "Patricia" before "O’Leary" (it reads "O'Leary"),
    # so the interim finance director was lost. "O’" and "D’" before a capitalised word are read as the plain
    # apostrophe, character for character (offsets do not move); the name is reported as written (item 342).
    text = (
        "Finance director Rupert Hale will be interim chief executive of the NHS Trust Development Authority "
        "until a new appointment is made. Patricia O’Leary will be interim finance director in Mr Hale’s absence."
    )
    assert (
        "Patricia O’Leary",
        "chief financial officer",
        "NHS Trust Development Authority",
        "appointed",
    ) in (changes_of(nlp, text, "2015-03-01"))
    # A possessive's apostrophe is not a name's: "the Trust’s chair" keeps its reading.
    text = "Joan D’Costa, the Trust’s chair, will step down in May. Leeds Teaching Hospitals NHS Trust thanked her."
    assert ("Joan D’Costa", "chair", "Leeds Teaching Hospitals NHS Trust", "departed") in changes_of(
        nlp, text, "2015-03-01"
    )


def test_asked_to_stand_in_as_acting_chief_executive_is_an_interim_appointment(nlp):
    # Item 254: "stand in" joins "step in" and "act up" as a phrasal verb of taking a post ("has been asked to
    # stand in as acting chief executive" was read as already holding it).
    trust = "Isle of Wight NHS Trust"
    passive = f"The medical director of the {trust}, Dr Tobias Quill, has been asked to stand in as acting chief executive."
    assert ("Tobias Quill", "chief executive", trust, "appointed") in changes_of(nlp, passive, "2017-03-20")
    active = f"The board of the {trust} has asked Dr Tobias Quill, medical director, to stand in as acting chief executive."
    assert ("Tobias Quill", "chief executive", trust, "appointed") in changes_of(nlp, active, "2017-03-20")
    # Standing in, stepping in or acting for one sitting is not a post taken (and not a post left).
    trust = "Leeds Teaching Hospitals NHS Trust"
    for verb in ("stood in as chair for the meeting", "stepped in as chair for the meeting"):
        assert changes_of(nlp, f"Jane Holt, vice chair of {trust}, {verb}.", "2017-03-20") == set(), verb


def test_until_a_new_holder_is_appointed_marks_the_cover_as_interim(nlp):
    # Item 254 (with it): "until a new chair is appointed", "until a replacement is recruited" beside the post
    # mark the appointment as a stand-in, as "until a permanent ..." already did.
    trust = "Leeds Teaching Hospitals NHS Trust"
    for until in ("until a new chair is appointed", "until a replacement is recruited"):
        text = f"Jane Holt, vice chair of {trust}, will take on the role of chair {until}."
        assert ("Jane Holt", "chair", trust, "appointed", True, None) in events_of(nlp, text, "2017-03-20"), (
            until
        )


def test_a_chair_quoted_naming_an_interim_cover_gives_the_appointment(nlp):
    # Item 255: inside a quotation only a title beside a name was read, so a chair's statement "Dr Y will take on
    # the role of interim chief executive" gave nothing. A named subject (or appointee) of a verb of taking an
    # interim or acting post, inside the same quotation, now holds it.
    trust = "South East Coast Ambulance Service NHS Foundation Trust"
    text = (
        f"Derwent Ashby, who chairs the {trust}, said: “Dr Fenella Marsh will take on the role of interim chief "
        "executive for the next few weeks until further arrangements are made.”"
    )
    assert ("Fenella Marsh", "chief executive", trust, "appointed") in changes_of(nlp, text, "2022-05-30")
    # Not a post continued, not "I" (the speaker).
    for quote in (
        "Dr Fenella Marsh has agreed to continue in the role of interim chief executive until September.",
        "I will take on the role of interim chief executive.",
    ):
        text = f"Derwent Ashby, who chairs the {trust}, said: “{quote}”"
        assert not {c for c in changes_of(nlp, text, "2022-05-30") if c[1] == "chief executive"}, quote


def test_the_one_joined_takes_no_post(nlp):
    # Item 256: "X, chief executive, and Y, chair, will be joined by colleagues from partners": the passive's
    # subject is joined, not joining, so it holds its posts; the agent after "by" may still take one.
    trust = "Coventry and Warwickshire Partnership NHS Trust"
    text = (
        f"Chief Executive, Mel Coombs, Chair, Jag Singh, and colleagues from {trust} will be joined by colleagues "
        "representing partners from across the county."
    )
    assert changes_of(nlp, text, "2019-06-01") == set()
    agent = (
        "Under the proposals, Jacqueline Smythe will become interim chair of Heart of England NHS Foundation Trust. "
        "She will be joined by Dame Julia Moor as interim chief executive."
    )
    assert (
        "Julia Moor",
        "chief executive",
        "Heart of England NHS Foundation Trust",
        "appointed",
    ) in changes_of(nlp, agent, "2014-11-01")


def test_a_new_job_elsewhere_is_not_the_post_the_headline_names(nlp):
    # Item 257: a verb of taking a post with no title of its own took the headline's title. Under "chief
    # executive to leave", "X will take up his new appointment on 22 July" and "X is to take up a role working
    # with the partnerships" made the leaver the trust's new chief executive.
    trust = "The Shrewsbury and Telford Hospital NHS Trust"
    text = (
        "Image caption Simon Hartwell will take up his new appointment on 22 July\n\n"
        "A hospital trust's chief executive is to leave the organisation after four years in the job.\n\n"
        f"Simon Hartwell, from {trust}, said the decision had not been easy.\n\n"
        "Mr Hartwell is to take up a role working with the county's health partnerships on 22 July."
    )
    found = events_of(nlp, text, "2019-06-03", title=f"{trust} chief executive to leave")
    assert not {e for e in found if e[3] == "appointed"}
    # Under a headline that names the appointment, the same verb takes the headline's post, as before.
    text = f"Simon Hartwell will take up his new appointment on 22 July, {trust} said."
    found = events_of(nlp, text, "2019-06-03", title=f"{trust} names new chief executive")
    assert ("Simon Hartwell", "chief executive", trust, "appointed", False, "2019-07-22") in found
    # An indefinite post ("a role", "a post") is another one than the headline's, whatever the headline says.
    for post in ("a post in Australia", "a new role"):
        text = f"Dr Simon Hartwell is to take up {post} in May, {trust} said."
        found = events_of(nlp, text, "2019-06-03", title=f"{trust} chief executive news")
        assert not {e for e in found if e[3] == "appointed"}, post


def test_the_review_of_items_254_to_257(nlp):
    # The round's review (invented near misses, rules log after item 257).
    trust = "Dudley Group NHS Foundation Trust"
    # A stand-in who "may be asked" is speculation; the one stood in for keeps the post.
    maybe = (
        f"If the chief executive is absent, the deputy chief executive of {trust}, Omar Lister, may be asked to "
        "stand in as acting chief executive."
    )
    assert changes_of(nlp, maybe, "2019-06-01") == set()
    covered = f"Ellen Moss, chief nurse of {trust}, will stand in for the chief executive, Dr Paul Yardley, during his leave."
    assert not {c for c in changes_of(nlp, covered, "2019-06-01") if c[0] == "Paul Yardley"}
    for sitting in (
        "for the remainder of the meeting",
        "as chair of the meeting",
        "for item 7 of the agenda",
    ):
        text = f"Ruth Ambler, a non-executive director of {trust}, stood in {sitting}."
        assert changes_of(nlp, text, "2019-06-01") == set()
    # A quoted hope, condition or question is not an appointment; nor is a title describing someone else.
    for quote in (
        "If Dr Fenella Marsh were to become acting chief executive, the board would support her.",
        "We hope that Dr Fenella Marsh will become interim chief executive once the regulator agrees.",
        "Will Dr Fenella Marsh become the interim chief executive?",
        "Tom Evers will take over from Dr Fenella Marsh, who has been acting chief executive since January.",
    ):
        text = f"Derwent Ashby, who chairs {trust}, said: “{quote}”"
        assert not {c for c in changes_of(nlp, text, "2019-06-01") if c[3] == "appointed"}, quote
    # "joined in the new team by Y as ..., and Z as ...": only the passive's subject is the one joined.
    team = (
        "Dr Hannah Price, who will be chief executive of Sandwell and West Birmingham Hospitals NHS Trust from "
        "August, will be joined in the new executive team by Tessa Lunn as chief operating officer and Kwame "
        "Adjei as medical director."
    )
    joined = {c[:2] for c in changes_of(nlp, team, "2019-06-01") if c[3] == "appointed"}
    # (her own "who will be chief executive from August" is a post to come: item 344)
    assert joined - {("Hannah Price", "chief executive")} == {
        ("Tessa Lunn", "chief operating officer"),
        ("Kwame Adjei", "medical director"),
    }
    # Under a headline about a post left, the successor who takes "the post" still takes it.
    walsall = "Walsall Healthcare NHS Trust"
    text = f"Leo Banks will take up the post in an acting capacity from 1 August, {walsall} said."
    found = events_of(nlp, text, "2019-06-03", title=f"{walsall} chief executive leaves")
    assert ("Leo Banks", "chief executive", walsall, "appointed") in {e[:4] for e in found}


def test_a_title_described_before_a_passive_appointment_is_held(nlp):
    # Item 258: "X, the trust's deputy chief executive, has been appointed / is being seconded into the role of
    # chief executive": the passive subject's described title was forced to an appointment (every title of a
    # person the sentence appoints became one). The title described before the verb, with another post named
    # after it, is the one held.
    trust = "Isle of Wight NHS Trust"
    for verb in ("has been appointed chief executive", "is being seconded into the role of chief executive"):
        text = f"Darren Cawley, the trust's deputy chief executive, {verb} of {trust} from 1 December."
        found = changes_of(nlp, text, "2020-11-01")
        assert ("Darren Cawley", "chief executive", trust, "appointed") in found, verb
        assert ("Darren Cawley", "deputy chief executive", trust, "appointed") not in found, verb
    # The appointing verb's object keeps its reading: "appointed X, its deputy chief executive, as chief executive".
    text = f"The {trust} has appointed Darren Cawley, its deputy chief executive, as chief executive."
    assert ("Darren Cawley", "deputy chief executive", trust, "appointed") not in changes_of(
        nlp, text, "2020-11-01"
    )


def test_a_national_portfolio_stops_at_another_title(nlp):
    # Item 259: "national director of elective recovery and CEO of Northumbria Healthcare" was one title (the
    # portfolio words ran on through "and CEO of ..."). An acronym title, chair or head ends the portfolio.
    text = (
        "Sir Jim Macey, national director of elective recovery and CEO of Northumbria Healthcare NHS Foundation "
        "Trust, said the work would continue."
    )
    roles = {e[1] for e in events_of(nlp, text, "2023-05-20")}
    assert roles == {"national director of elective recovery", "chief executive"}


def test_a_quoted_request_to_serve_as_acting_chief_executive(nlp):
    # Item 255 (second page): "I have asked Y, our director of finance, to serve as acting chief executive from
    # 1 May": the one asked is the appointing verb's object, inside the same quotation.
    trust = "Worcestershire Acute Hospitals NHS Trust"
    text = (
        f"Carys Merton, chairman of {trust}, said: “I have asked Rupert Coyle, our director of finance, to serve "
        "as acting chief executive from 1 May.”"
    )
    assert ("Rupert Coyle", "chief executive", trust, "appointed", True, "2017-05-01") in events_of(
        nlp, text, "2016-12-15"
    )


def test_the_news_that_someone_is_set_to_depart(nlp):
    # Item 261: a "that" clause after "news" / "announcement" hangs on the noun, and the noun's verb ("continues
    # with the news that ...") was read instead of the clause's own ("is set to depart").
    text = (
        "The shake-up at NHS England continues with the news that Dr Tobias Ferrand, director of transformation "
        "at NHS England, is set to depart in September."
    )
    assert ("Tobias Ferrand", "director of transformation", "NHS England", "departed") in changes_of(
        nlp, text, "2023-05-20"
    )
    # Not a rumour's clause.
    rumour = (
        "Rumours that Dr Tobias Ferrand, medical director of Leeds Teaching Hospitals NHS Trust, is set to leave "
        "were denied."
    )
    assert changes_of(nlp, rumour, "2023-05-20") == set()


def test_the_review_of_items_258_to_260(nlp):
    # The round's second review (invented near misses, rules log after item 261).
    trust = "Isle of Wight NHS Trust"
    # 258: a past appointment joined to a later retirement gives the described post nothing.
    text = f"Tessa Lund, the trust's deputy chief executive, was appointed chief executive of {trust} in 2012 and retired last year."
    assert ("Tessa Lund", "deputy chief executive", trust, "departed") not in changes_of(
        nlp, text, "2019-06-01"
    )
    # 259: "head", "lead" and "chair" end a portfolio only as a title of something ("and chair of A").
    text = "Lorna Ashby, national director of lead provider collaboratives at NHS England, said the work would go on."
    assert {e[1] for e in events_of(nlp, text, "2019-06-01")} == {
        "national director of lead provider collaboratives"
    }
    text = (
        "Lorna Ashby, national director of elective recovery and chair of Gateshead Health NHS Foundation Trust, said "
        "the work would go on."
    )
    assert {e[1] for e in events_of(nlp, text, "2019-06-01")} == {
        "national director of elective recovery",
        "chair",
    }
    # 260: only "ask" / "invite", and not a request made in the past, refused, conditional or for one meeting.
    nnuh = "Norfolk and Norwich University Hospitals NHS Foundation Trust"
    for quote in (
        "If the board agrees next week, I will ask Nathan Orme, our chief operating officer, to serve as interim chief executive.",
        "I asked Nathan Orme, our chief operating officer, to act as interim chief executive, but he declined.",
        "I have asked Nathan Orme, our vice-chair, to serve as acting chair for today's meeting.",
        "I have urged Nathan Orme, our chief operating officer, to take on the role of acting chief executive.",
        "In 2016 I asked Nathan Orme, our chief operating officer, to serve as acting chief executive.",
    ):
        text = f"Gwen Tolley, chair of {nnuh}, said: “{quote}”"
        assert not {c for c in changes_of(nlp, text, "2019-06-01") if c[3] == "appointed"}, quote
