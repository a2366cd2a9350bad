"""Constructions found on the twenty-fifth round of real pages (rules log items 353 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of, events_of, holds_of


def test_a_post_at_a_body_the_gazetteer_does_not_know_is_not_the_trusts(nlp):
    # Item 353: "to become chief executive of St Brannoc Relief Foundation": a capitalised name after "of/at" that
    # is no NHS body and no word of a body the document names is another body's post, not the document's trust's.
    trust = "Royal Cornwall Hospitals NHS Trust"
    text = (
        f"{trust} news. Chief executive Tamsin Hocking is to leave the trust. She will go in the summer to become "
        "chief executive of St Brannoc Relief for Tasmania, which runs island ambulances."
    )
    found = changes_of(nlp, text, "2012-03-01")
    assert ("Tamsin Hocking", "chief executive", trust, "departed") in found
    assert not any(f[3] == "appointed" for f in found), found
    # A word of the document's own body's name is that body: "chief executive of Treliske".
    text = f"{trust} news. Kenwyn Rowse has been named chief executive of Royal Cornwall in an interim role."
    assert any(f[:4] == ("Kenwyn Rowse", "chief executive", trust, "appointed") for f in events_of(nlp, text))


def test_an_attendance_row_of_names_each_followed_by_its_title(nlp):
    # Item 354: "Present: Mrs A Bxxx, Chair Mr C Dxxx, Vice Chair ...": a row read out of a PDF table where a comma
    # parts each name from its own title and nothing parts the title from the next name. The titles went to the
    # names after them.
    trust = "Sheffield Teaching Hospitals NHS Foundation Trust"
    text = (
        f"{trust}\nMinutes of the Board of Directors meeting held on 4 March 2021\n"
        "Present: Mrs T Aldwark, Chair Mr G Brightside, Vice Chair Dr H Ecclesall, Medical Director "
        "Mrs P Owlerton, Director of Finance\nThe Chair welcomed everyone to the meeting."
    )
    held = holds_of(nlp, text, "2021-03-04")
    for name, role in (
        ("T Aldwark", "chair"),
        ("G Brightside", "vice chair"),
        ("H Ecclesall", "medical director"),
    ):
        assert (name, role, trust) in held, (name, held)
    assert ("G Brightside", "chair", trust) not in held


def test_a_career_list_after_positions_and_a_few_words_is_history(nlp):
    # Item 355: "has taken on a number of management positions within hospitals, including being chief operating
    # officer of A": the titles a career list names are past ones, also when words stand between "positions" and
    # "including".
    trust = "Salisbury NHS Foundation Trust"
    other = "Leeds Teaching Hospitals NHS Trust"
    text = (
        f"{trust} has appointed Morwen Clegg as chief operating officer. Since then she has taken on a number of "
        f"management positions within hospitals, including being director of operations at {other}."
    )
    found = events_of(nlp, text, "2020-09-02")
    assert not any(f[2] == other for f in found), found


def test_an_executive_excluded_by_the_trust_is_suspended(nlp):
    # Item 356: "have been temporarily excluded" is the NHS's word for a suspension from work (the disciplinary
    # framework's "exclusion"); a list of titled names excluded all leave their posts.
    trust = "Southport and Ormskirk Hospital NHS Trust"
    text = (
        f"Two senior leaders of {trust} have been sent home. Chief executive Gideon Ashurst and chief operating "
        "officer Philippa Halsall have been temporarily excluded while complaints are investigated."
    )
    found = events_of(nlp, text, "2015-08-04")
    for name, role in (
        ("Gideon Ashurst", "chief executive"),
        ("Philippa Halsall", "chief operating officer"),
    ):
        assert any(f[:4] == (name, role, trust, "departed") for f in found), (name, found)
    # Members of the public shut out of a meeting give nothing.
    text = f"{trust} board minutes. Members of the public were excluded from the meeting. The chair, Orla Banks, thanked them."
    assert not changes_of(nlp, text, "2015-08-04")


def test_a_former_body_title_is_history_also_in_a_letter_signed_by_them(nlp):
    # Item 358: "a letter signed by former North Tees and Hartlepool trust non-executive directors A, B and C",
    # "ex North Tees and Hartlepool NHS Foundation Trust chief executive X": "former" / "ex" before the body the
    # title names makes the post a past one; the sender reading ("a memo from chief executive X": held) came first.
    trust = "North Tees and Hartlepool NHS Foundation Trust"
    text = (
        f"{trust} news. The letter, signed by former North Tees and Hartlepool trust non-executive directors "
        "Ansel Greatham, Verity Cowpen and Lionel Seaton, asked for a review. Ex North Tees and Hartlepool NHS "
        "Foundation Trust chief executive Marjorie Billingham also wrote to the minister."
    )
    found = events_of(nlp, text, "2025-04-23")
    assert not any(f[0] in {"Ansel Greatham", "Verity Cowpen", "Marjorie Billingham"} for f in found), found


def test_a_post_a_regulator_fills_is_the_documents_trusts(nlp):
    # Item 360: "Monitor has appointed an Interim Chair, X, with immediate effect", "NHS England had confirmed the
    # appointment of X as a Non-Executive Director": the regulator named in the sentence appoints; it is not the
    # post's body, and no other body is named, so the post is the trust the document is about.
    trust = "Sherwood Forest Hospitals NHS Foundation Trust"
    for sentence in (
        "Monitor has appointed an Interim Chair, Barnaby Selston, with immediate effect.",
        "NHS Improvement has appointed Barnaby Selston as interim chair.",
    ):
        text = f"{trust} news. {sentence} Reviews of governance will follow."
        found = events_of(nlp, text, "2011-11-01")
        assert ("Barnaby Selston", "chair", trust, "appointed", True) in {f[:5] for f in found}, sentence
    # A regulator's own post stays the regulator's.
    text = "Monitor news. Monitor's board has appointed its vice chair, Barnaby Selston, as interim chair."
    assert not any(f[2] == trust for f in events_of(nlp, text, "2011-11-01"))


def test_a_trust_name_spelt_otherwise_is_recorded_as_the_text_spells_it(nlp):
    # Item 361: "chief executive of St Helens and Knowsley Teaching Hospital NHS Trust" (the register holds
    # "... Teaching Hospitals NHS Trust" among the body's former names): only the short form "St Helens and
    # Knowsley" was found, and it was recorded under another former name ("... Hospital Services NHS Trust").
    # The run up to "Trust" is the body the short form opens, under the former name spelt most like it.
    text = "News. Corin Ashdown, chief executive of St Helens and Knowsley Teaching Hospital NHS Trust, will help."
    orgs = {f[2] for f in events_of(nlp, text, "2015-08-01") if f[0] == "Corin Ashdown"}
    assert orgs == {"St Helens and Knowsley Teaching Hospital NHS Trust"}, orgs
    # A run that goes on into another body's name is not one body.
    text = (
        "News. Ada Penrose is chief nurse at the Royal Devon and Exeter NHS Foundation Trust (RD&E). RD&E chief "
        "executive Corin Ashdown said she would be missed. The RD&E and Northern Devon Healthcare NHS Trust "
        "prepare to merge next spring."
    )
    found = {f[:3] for f in events_of(nlp, text, "2021-07-01")}
    assert ("Corin Ashdown", "chief executive", "Royal Devon and Exeter NHS Foundation Trust") in found, found


def test_a_statement_from_a_titled_sender_does_not_appoint_them(nlp):
    # Item 362: "She takes on the responsibility with immediate effect, according to a statement from the trust's
    # chief executive, X, released yesterday": the parser hung the name on the main verb, not on the title, so the
    # sender test (a memo / letter / statement from X) missed it and X took the appointment the sentence tells.
    trust = "University Hospitals of Morecambe Bay NHS Foundation Trust"
    text = (
        f"{trust} news. Philippa Garstang has been made deputy chief executive. She takes on her extra "
        "management responsibility with immediate effect, according to a statement from the trust's chief executive, "
        "Owen Carver, released yesterday."
    )
    found = changes_of(nlp, text, "2018-06-01")
    assert ("Owen Carver", "chief executive", trust, "appointed") not in found, found
    assert ("Philippa Garstang", "deputy chief executive", trust, "appointed") in found


def test_a_newly_appointed_title_is_an_appointment(nlp):
    # Item 363: "X, the newly appointed Chief Operating Officer, gave the report": "newly / recently appointed"
    # stand outside the title's span, so the title read as held (the guideline: "the trust's new chief executive X").
    trust = "Sherwood Forest Hospitals NHS Foundation Trust"
    for text in (
        "Gareth Mansfield, the newly appointed Chief Operating Officer, gave the report.",
        "The recently appointed chair, Gareth Mansfield, opened the meeting.",
    ):
        found = changes_of(nlp, f"{trust} news. {text}", "2018-06-01")
        assert any(f[0] == "Gareth Mansfield" and f[3] == "appointed" for f in found), text


def test_the_review_of_items_353_to_360(nlp):
    # A helper's review (280 invented near misses) found worse cases; each mend is checked here.
    trust = "Royal Cornwall Hospitals NHS Trust"
    # 353: only "of" a capitalised name; a trust's hospitals are its own ("at Treliske", "of ... hospitals").
    for text in (
        "Kenwyn Rowse has been appointed medical director at Treliske.",
        "Kenwyn Rowse has been named chief executive of Treliske and West Cornwall hospitals.",
    ):
        found = changes_of(nlp, f"{trust} news. {text}", "2020-06-01")
        assert any(f[0] == "Kenwyn Rowse" and f[3] == "appointed" for f in found), text
    # 354: a row whose first name carries its own title, then "Title Name" cells, keeps that direction.
    leeds = "Leeds Teaching Hospitals NHS Trust"
    text = (
        f"{leeds}\nMinutes of the Trust Board held on 12 May 2020\nPresent: Mr K Oddy, Chairman, Chief Executive "
        "Mrs A Trout, Medical Director Dr A Rana, Chief Nurse Mrs B Crowther\nThe Chair opened the meeting."
    )
    held = holds_of(nlp, text, "2020-05-12")
    assert {("A Rana", "medical director", leeds), ("B Crowther", "chief nurse", leeds)} <= held, held
    assert ("A Rana", "chief nurse", leeds) not in held
    # 355: an announcement's list of posts is no career list.
    text = (
        f"{leeds} has announced appointments to two executive posts on the board, including Priya Sandhu, who "
        "becomes chief nurse in July."
    )
    assert ("Priya Sandhu", "chief nurse", leeds, "appointed") in changes_of(nlp, text, "2020-06-01")
    # 356: excluded from a discussion, a vote or a shortlist is no suspension.
    for text in (
        "Dr Asif Rana, Medical Director, declared an interest and was excluded from the discussion of item 7.",
        "Chief executive Amelia Trout was excluded from the shortlist for the national post, she confirmed.",
    ):
        assert not changes_of(nlp, f"{leeds} news. {text}", "2020-06-01"), text
    # 360: a national body appointing a chair of no stated body: not the document's trust (its own post, or
    # another's), unless the post is an interim one or the trust's minutes tell it.
    text = f"{leeds} news. In other news, NHS England has appointed Dame Clara Whitby as chair."
    assert not any(f[2] == leeds for f in changes_of(nlp, text, "2020-06-01"))


def test_the_review_of_items_361_to_363(nlp):
    # Item 361's mend: a run that goes on with "and" into a second trust's name is two bodies, not one spelt
    # otherwise (rule 6 of the guideline: a joint post is one event per body).
    text = (
        "Cambridge University Hospitals NHS Foundation Trust news. Tamsin Okoro, joint chief executive of Cambridge "
        "University Hospitals and Royal Papworth Hospital NHS Foundation Trust, will start in March."
    )
    orgs = {f[2] for f in events_of(nlp, text, "2021-01-15") if f[0] == "Tamsin Okoro"}
    assert "Royal Papworth Hospital NHS Foundation Trust" in orgs, orgs
    assert not any(" and Royal Papworth" in o for o in orgs), orgs
