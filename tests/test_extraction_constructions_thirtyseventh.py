"""Constructions found on the forty-fourth round of real pages (rules log items 510 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from tests.construction_helpers import changes_of, holds_of


def test_the_last_meeting_is_the_one_before_this_not_someones_last(nlp):
    # Item 510: "since the last meeting", "the minutes of the last meeting" name the board's previous meeting;
    # read as someone's last meeting, they made a departure of every post in the sentence (an agenda's run of
    # presenters, a newly appointed director).
    text = (
        "Leeds Teaching Hospitals NHS Trust\nMinutes of the Board meeting held on 9 September 2021\n"
        "The Chair reported that since the last meeting Dr Imogen Raffety has been appointed as Medical "
        "Director of Leeds Teaching Hospitals NHS Trust.\n"
        "Mr Caspar Wendell, Chief Financial Officer, presented the minutes of the last meeting and the "
        "finance report.\n"
    )
    changes = changes_of(nlp, text, "2021-09-09")
    assert (
        "Imogen Raffety",
        "medical director",
        "Leeds Teaching Hospitals NHS Trust",
        "appointed",
    ) in changes
    assert not any(event == "departed" for *_, event in changes)
    assert ("Caspar Wendell", "chief financial officer", "Leeds Teaching Hospitals NHS Trust") in holds_of(
        nlp, text, "2021-09-09"
    )
    # someone's own last meeting is still a departure, with "the" too when the text says whose it is
    text = (
        "Leeds Teaching Hospitals NHS Trust\nMinutes of the Board meeting held on 9 September 2021\n"
        "It was the last meeting for Mrs Orla Brennick, Chief Nurse of Leeds Teaching Hospitals NHS Trust, "
        "who retires at the end of the month.\n"
        "The Chair noted that this was the final Board meeting for Mr Tobias Quayle, Chief Operating Officer.\n"
    )
    changes = changes_of(nlp, text, "2021-09-09")
    assert ("Orla Brennick", "chief nurse", "Leeds Teaching Hospitals NHS Trust", "departed") in changes
    assert (
        "Tobias Quayle",
        "chief operating officer",
        "Leeds Teaching Hospitals NHS Trust",
        "departed",
    ) in changes

    # after the review: "our" and "its" last meeting is the board's previous one too, and "the last Board meeting
    # to be attended by Dr X" is X's own
    text = (
        "NHS Grampian\nBoard minute of the meeting held on 5 March 2024\n\n"
        "Since our last meeting, the Medical Director, Dr Saffron Tullis, has led a review of the wards.\n\n"
        "The Board at its last meeting appointed Mr Ruaraidh Kemnay as Chief Operating Officer.\n\n"
        "This was the last Board meeting to be attended by Mr Alick Drumoak as Director of Finance.\n"
    )
    changes = changes_of(nlp, text, "2024-03-05")
    assert ("Ruaraidh Kemnay", "chief operating officer", "NHS Grampian", "appointed") in changes
    assert ("Alick Drumoak", "chief financial officer", "NHS Grampian", "departed") in changes
    assert not any(person == "Saffron Tullis" for person, *_ in changes)


def test_a_scottish_boards_nurse_director_is_its_chief_nurse(nlp):
    # Item 511: "Nurse Director", "Board Nurse Director" (NHS Highland, NHS Borders minutes) is the Scottish
    # boards' director of nursing; it was no title, and the holder's name went to the next title in the row.
    text = (
        "NHS Borders\nBoard minutes of the meeting held on 6 June 2019\n"
        "Present:\n"
        "Mrs Morag Lennie, Chair\n"
        "Ms Catriona Baillie, Nurse Director\n"
        "Dr Fergus Rutter, Medical Director\n"
    )
    holds = holds_of(nlp, text, "2019-06-06")
    assert ("Catriona Baillie", "chief nurse", "NHS Borders") in holds
    assert ("Fergus Rutter", "medical director", "NHS Borders") in holds


def test_names_run_together_in_a_row_are_each_their_own(nlp):
    # Item 512: a flattened attendance row runs one name into the next honorific ("Dr Andrew E Dr Michael F",
    # "Mr George C Cllr Alan R"): the first name took the next one's honorific (or the whole next name), and
    # the "Name, Title" cells after it paired each title with the wrong person.
    text = (
        "NHS Grampian\nBoard minute of the meeting held on 2 May 2019\n"
        "Present Dr Duncan Ferrier, Chair Mr Lachlan Brucefield Ms Jessamy Dounie, Vice Chair Ms Myrtle "
        "Dunsinane Dr Torquil Envenmoor Dr Ruaridh Foxwell Mr Alasdair Lammont Ms Melva Newbiggin Mr Iain "
        "MacAskill Ms Elspeth Wilkie Prof Morven Tully, Chief Executive Ms Rhona Sinclair, Director of Finance "
        "Mr Niall Craigie, Medical Director\n"
    )
    holds = holds_of(nlp, text, "2019-05-02")
    assert ("Jessamy Dounie", "vice chair", "NHS Grampian") in holds
    assert ("Morven Tully", "chief executive", "NHS Grampian") in holds
    assert ("Rhona Sinclair", "chief financial officer", "NHS Grampian") in holds
    assert ("Niall Craigie", "medical director", "NHS Grampian") in holds
    assert not any(role == "chief executive" and person != "Morven Tully" for person, role, _ in holds)


def test_a_name_with_accented_letters_is_a_name_in_a_flattened_run(nlp):
    # Item 513: a surname with an accented letter ("Wörts", "Therèsa") was no name word to the flattened-run and
    # column readers, so the run it stood in was not read at all.
    text = (
        "West London Mental Health NHS Trust\n\nMinutes of the Trust Board meeting held on 9 March 2011. "
        "Present: Mr Alan Reyes Ms Tara Hale Dr Sam Rowe Chairman Chief Executive Medical Director "
        "In attendance: Dr Ann Finch Ms Bea Cole Mrs Ines Wörle Interim Director of Nursing Director of "
        "Communications Board Secretary (minutes)\n\nThe Chairman welcomed members.\n"
    )
    holds = holds_of(nlp, text, "2011-03-09")
    trust = "West London Mental Health NHS Trust"
    assert ("Ann Finch", "chief nurse", trust) in holds
    assert ("Ines Wörle", "company secretary", trust) in holds
    assert ("Bea Cole", "chief nurse", trust) not in holds
    # the people component's name words too: the honorific run stopped at "Wörle", and the row shifted
    text = (
        "Leeds Teaching Hospitals NHS Trust\nMinutes of the Board meeting held on 9 September 2021\n"
        "Present: Mrs Ines Wörle, Chair Mr Tomas Baxendale, Chief Executive Dr Zoë Ménard, Medical Director\n"
    )
    holds = holds_of(nlp, text, "2021-09-09")
    trust = "Leeds Teaching Hospitals NHS Trust"
    assert ("Ines Wörle", "chair", trust) in holds
    assert ("Tomas Baxendale", "chief executive", trust) in holds
    assert ("Zoë Ménard", "medical director", trust) in holds
    # a footnote mark is no letter of the name ("Quillanby-Oduya³" was read as the name itself)
    text = (
        "Northamptonshire Healthcare NHS Foundation Trust\nAnnual report 2021/22: the board of directors\n\n"
        "Name Role\nTamsin Reddaway Chair\n"
        "Ambrose Quillanby-Oduya³ Non-executive Director (Senior Independent Director)\n"
        "Priya Halloran Chief Executive\n"
    )
    holds = holds_of(nlp, text, "2022-06-01")
    assert ("Tamsin Reddaway", "chair", "Northamptonshire Healthcare NHS Foundation Trust") in holds
    assert not any("³" in person for person, _, _ in holds)
