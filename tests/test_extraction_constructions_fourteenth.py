"""Constructions found on the twenty-first round of real pages (rules log items 289 onwards in
tests/fixtures/extraction/constructions/extractor-rules-2026-12.md). One original text each: fictional people,
real organisations."""

from __future__ import annotations

from nhs_leaders.crawler.texts import text_items
from nhs_leaders.nlp.pipeline import extract_events

from tests.construction_helpers import changes_of, holds_of


def _holds_in_file(nlp, path) -> set[tuple]:
    ((_stem, text, published, title, home),) = list(text_items([path]))
    (result,) = list(extract_events(nlp, [(text, published, home, title)]))
    return {(e.person, e.role, e.organisation) for e in result.events if e.event == "holds"}


def test_minutes_copied_with_inline_markup_are_read_as_text(nlp, tmp_path):
    # Item 289: minutes copied from document-viewer sites keep inline HTML ("Present:<br />", a highlighted
    # word inside a title, "N<strong>on</strong>-Executive", and a tag whose own name the highlight split).
    markup = (
        "source: https://example.org/minutes-board\ntitle: Minutes of the Trust Board\ndate: 2010-05-21\n\n"
        "<strong>Plymouth</strong> <strong>Hospitals</strong> <strong>NHS</strong> Trust<br />\n"
        "<str<strong>on</strong>g>Minutes</str<strong>on</strong>g> of the Trust Board meeting<br />\n"
        "held <strong>on</strong> 21 May 2010<br />\n"
        "Present:<br />\n"
        "Rowan Tully, Chairman (RT)<br />\n"
        "Petra Vinn, N<strong>on</strong>-Executive Director (PV)<br />\n"
        "Oscar Lind, Director <str<strong>on</strong>g>of</str<strong>on</strong>g> Finance (OL)<br />\n"
        "Gail Moss, Chief Operating Officer (GM)<br />\n"
    )
    path = tmp_path / "minutes.txt"
    path.write_text(markup, encoding="utf-8")
    assert _holds_in_file(nlp, path) >= {
        ("Rowan Tully", "chair", "Plymouth Hospitals NHS Trust"),
        ("Petra Vinn", "non-executive director", "Plymouth Hospitals NHS Trust"),
        ("Oscar Lind", "chief financial officer", "Plymouth Hospitals NHS Trust"),
        ("Gail Moss", "chief operating officer", "Plymouth Hospitals NHS Trust"),
    }
    # A text with an angle bracket or two is left as written.
    plain = tmp_path / "plain.txt"
    plain.write_text("Waits of <4 hours rose; see <b> below.\n", encoding="utf-8")
    ((_stem, text, *_rest),) = list(text_items([plain]))
    assert text == "Waits of <4 hours rose; see <b> below.\n"


def test_a_flattened_titles_run_with_unlisted_directors_and_run_together_titles(nlp):
    # Items 290 and 291: in "Chairman Chief Executive Medical Director ..." the word "Executive" ends the chief
    # executive's title (it does not open "Executive Medical Director" and leave "Chief" alone), and a director
    # whose portfolio no list names ("Director of High Secure Services") is one cell, kept as written.
    head = "West London Mental Health NHS Trust\n\nMinutes of the Trust Board meeting held on 9 March 2011. "
    names = "Present: Mr Alan Reyes Ms Tara Hale Dr Sam Rowe Mrs Jo Bright Ms Kit Lowe Mr Ivo Marsh"
    titles = (
        "Chairman Chief Executive Medical Director Director of High Secure Services Director of Finance "
        "Director of Corporate and Legal Affairs"
    )
    visitors = "In attendance: Dr Ann Finch Ms Bea Cole Interim Director of Nursing Board Secretary (minutes)"
    text = f"{head}{names} {titles} {visitors}\n\nThe Chairman welcomed members.\n"
    trust = "West London Mental Health NHS Trust"
    assert holds_of(nlp, text, "2011-03-09") >= {
        ("Alan Reyes", "chair", trust),
        ("Tara Hale", "chief executive", trust),
        ("Sam Rowe", "medical director", trust),
        ("Jo Bright", "director of high secure services", trust),
        ("Kit Lowe", "chief financial officer", trust),
        ("Ivo Marsh", "director of corporate and legal affairs", trust),
    }


def test_a_commissioning_support_unit_is_an_nhs_body(nlp):
    # Item 293: commissioning support units (2012-15) are named by their form ("Surrey and Sussex CSU", "Cheshire
    # and Merseyside Commissioning Support Unit"); the register holds none, and "Surrey and Sussex" alone had
    # taken the post to Surrey and Sussex Healthcare NHS Trust.
    text = "Ines Marlow has been appointed managing director of Surrey and Sussex CSU. She starts in October."
    assert changes_of(nlp, text, "2012-08-10") == {
        ("Ines Marlow", "chief executive", "Surrey and Sussex CSU", "appointed")
    }
    text = (
        "Tomas Reid, managing director of Cheshire and Merseyside Commissioning Support Unit, has left after its "
        "merger with a neighbouring unit."
    )
    assert {c[2] for c in changes_of(nlp, text, "2015-01-10")} == {
        "Cheshire and Merseyside Commissioning Support Unit"
    }


def test_a_described_person_s_own_who_clause_tells_the_leaving(nlp):
    # Item 294: "its chair, X, who stepped down in July" / "previous CEO X who left the trust to become ...": the
    # person's own relative clause tells the departure from the post the title names; not when the clause names
    # another post, is dated to an earlier year, is negated or hedged, or tells a death in passing.
    trust = "Barts Health NHS Trust"
    text = f"{trust} previously had a shared chair, Ottilie Brand, who stepped down in July."
    assert changes_of(nlp, text, "2022-09-01") == {("Ottilie Brand", "chair", trust, "departed")}
    text = f"{trust} thanked previous chief executive Rafe Lomax who left the trust to become a regional director."
    assert ("Rafe Lomax", "chief executive", trust, "departed") in changes_of(nlp, text, "2022-09-01")
    for clause in ("who stepped down in 2015", "who did not resign", "who may leave next year"):
        text = f"{trust} thanked its chair, Ottilie Brand, {clause}."
        assert not changes_of(nlp, text, "2022-09-01"), clause


def test_the_review_of_items_289_to_294(nlp, tmp_path):
    # Footnote marks and list or link tags in copied text: the mark is dropped, not glued to the name.
    marked = (
        "source: https://example.org/board\ntitle: Board\ndate: 2015-08-20\n\n"
        "<h2>Directors of Royal Berkshire NHS Foundation Trust<sup>1</sup></h2>\n\n"
        "<ul><li>Carol Vance, Chief Executive<sup>2</sup></li><li><a href='x.html'>Dr Ila Shah</a>, Medical "
        "Director<sup>3</sup></li><li>Bram Oduya, Director of Finance<sup>4</sup></li></ul>\n"
    )
    path = tmp_path / "board.txt"
    path.write_text(marked, encoding="utf-8")
    trust = "Royal Berkshire NHS Foundation Trust"
    assert _holds_in_file(nlp, path) >= {
        ("Carol Vance", "chief executive", trust),
        ("Ila Shah", "medical director", trust),
    }
    # A hospital's clinical service unit is no commissioning support unit.
    for unit in ("the Medicine CSU", "the Women's and Children's CSU", "the Community CSU"):
        text = (
            f"Dr Mo Adeyemi has been appointed clinical lead for {unit} at Nottingham University Hospitals NHS "
            "Trust. Chief nurse Ruth Okafor welcomed him."
        )
        held = holds_of(nlp, text, "2016-04-18")
        assert ("Ruth Okafor", "chief nurse", "Nottingham University Hospitals NHS Trust") in held, unit
    # A council's director in a flattened titles run fills the row but gives no NHS post; an unlisted director
    # after "Chief Executive" keeps "Executive" with the chief executive.
    head = "West London Mental Health NHS Trust\n\nMinutes of the Trust Board meeting held on 9 March 2011. "
    names = "Present: Mr Alan Reyes Ms Tara Hale Dr Sam Rowe Mrs Jo Bright Ms Kit Lowe"
    titles = "Chair Chief Executive Director of Clinical Operations Medical Director Director of Adult Social Services"
    text = f"{head}{names} {titles} In attendance: Dr Ann Finch Ms Bea Cole Board Secretary Company Secretary\n\nThe Chair welcomed members.\n"
    held = holds_of(nlp, text, "2011-03-09")
    trust = "West London Mental Health NHS Trust"
    assert {
        ("Tara Hale", "chief executive", trust),
        ("Sam Rowe", "director of clinical operations", trust),
    } <= held
    assert not {h for h in held if h[0] == "Kit Lowe"}


def test_a_post_searched_for_has_no_holder_and_a_led_body_is_the_verbs_object(nlp):
    # Item 295: "will start the recruitment process for a new chief nurse": the post after "for" of a search
    # (the parser may hang "for" on the verb whose object the search is) is still to be filled.
    trust = "Royal National Orthopaedic Hospital NHS Trust"
    text = f"Professor Ewan Hartley will start the recruitment process for a new chief nurse at the {trust}."
    assert not changes_of(nlp, text, "2021-06-30")
    text = f"Ewan Hartley is interim chief executive of the {trust} while the recruitment for a permanent chief executive takes place."
    assert changes_of(nlp, text, "2021-06-30") <= {("Ewan Hartley", "chief executive", trust, "appointed")}
    # Item 296: to lead, run or head a body is its chief executive's post only when the body is the verb's
    # object, not a body named inside it ("who leads the trust's operational teams", "the review of ... at A").
    leeds = "Leeds Teaching Hospitals NHS Trust"
    for obj in (f"the review of maternity services at {leeds}", f"the operational teams of {leeds}"):
        assert not changes_of(nlp, f"Ewan Hartley will lead {obj}.", "2021-06-30"), obj
    assert changes_of(nlp, f"Ewan Hartley has been appointed to lead {leeds}.", "2021-06-30") == {
        ("Ewan Hartley", "chief executive", leeds, "appointed")
    }


def test_the_role_under_a_negated_verb_is_not_taken(nlp):
    # Item 297: "the role/post/position" reads as the post last changing hands, but not under a negated verb:
    # "she will return to her trust role and will not be applying for the permanent position".
    ics = "Cheshire and Merseyside ICS"
    text = (
        f"In May the {ics} chair Rolf Amundsen announced he was quitting. Wren Calloway has been appointed interim "
        f"chief officer at {ics}. She will return to her own trust role after three months and will not be "
        "applying for the permanent position."
    )
    assert not {c for c in changes_of(nlp, text, "2021-07-01") if c[0] == "Wren Calloway" and c[1] == "chair"}
    text = f"The {ics} chair Rolf Amundsen is quitting. His deputy, Wren Calloway, will take on the role."
    assert ("Wren Calloway", "chair", ics, "appointed") in changes_of(nlp, text, "2021-07-01")


def test_a_last_day_as_the_post_is_its_departure(nlp):
    # Item 298: "Her final day as our Director of Nursing will be 5 January 2018", "Mr X's last day as chief
    # executive is March 7", "His final month with the Trust will be August": the post named (or the one the
    # person holds) is left then. The small parser reads "as" here as a conjunction, so the words are read.
    sath = "The Shrewsbury and Telford Hospital NHS Trust"
    text = (
        f"Mary Okonedo, Director of Nursing at {sath}, is moving to University Hospitals Birmingham NHS Foundation "
        "Trust. Her final day as our Director of Nursing will be 5 January 2018."
    )
    assert ("Mary Okonedo", "chief nurse", sath, "departed") in changes_of(nlp, text, "2017-12-01")
    trust = "Scarborough and North East Yorkshire NHS Trust"
    text = f"Richard Danby is chief executive of {trust}. Mr Danby's last day as chief executive is March 7."
    assert changes_of(nlp, text, "2017-12-01") == {("Richard Danby", "chief executive", trust, "departed")}
    trust = "Northumbria Healthcare NHS Foundation Trust"
    text = (
        f"Richard Danby is Chief Finance Officer of {trust}. His final month with the Trust will be August."
    )
    assert changes_of(nlp, text, "2017-06-01") == {
        ("Richard Danby", "chief financial officer", trust, "departed")
    }
    # Not a first day, nor a last day in a quotation about another life.
    text = f"Richard Danby is chief executive of {trust}. His first day as chief executive was in 2015."
    assert not changes_of(nlp, text, "2017-06-01")


def test_pronoun_readers_know_more_given_names(nlp):
    # Item 299: "her" stands for a named person only when the given name is known to be a woman's (or a man's for
    # "his"); Welsh, Irish and South Asian names among the common UK ones the table now holds.
    for first, pronoun in (("Siobhan", "Her"), ("Geraint", "His"), ("Imran", "His")):
        text = (
            f"{first} Pryce, chief operating officer of Leeds Teaching Hospitals NHS Trust, thanked staff. "
            f"{pronoun} resignation takes effect on 31 May."
        )
        found = changes_of(nlp, text, "2023-04-01")
        assert (
            f"{first} Pryce",
            "chief operating officer",
            "Leeds Teaching Hospitals NHS Trust",
            "departed",
        ) in found


def test_a_heading_line_does_not_run_into_the_first_named_row(nlp, tmp_path):
    # Item 300: a long title-case heading line straight over "Name, Title" rows was joined to the first row as
    # hard-wrapped prose ("Directors of Royal Berkshire NHS Foundation Trust Carol V..., Chief Executive"), and the
    # first name was lost or given the next row's title.
    text = (
        "source: https://example.org/board\ntitle: Board\ndate: 2015-08-20\n\n"
        "Directors of Royal Berkshire NHS Foundation Trust\nCarol Vance, Chief Executive\n"
        "Dr Ila Shah, Medical Director\nBram Oduya, Director of Finance\n"
    )
    path = tmp_path / "board.txt"
    path.write_text(text, encoding="utf-8")
    trust = "Royal Berkshire NHS Foundation Trust"
    held = _holds_in_file(nlp, path)
    assert ("Carol Vance", "chief executive", trust) in held
    assert ("Ila Shah", "chief executive", trust) not in held
    # Prose wrapped by the page width still runs on: "... the Chair welcomed\nDr Ila Shah, the new ...".
    from nhs_leaders.nlp.sentences import unwrap_lines

    prose = (
        "At the meeting of the board of Royal Berkshire NHS Foundation Trust the Chair welcomed\n"
        "Dr Ila Shah, the new Medical Director, to her first meeting of the board.\n"
    )
    assert "welcomed Dr Ila Shah" in unwrap_lines(prose)
    assert "Trust\nCarol Vance" in unwrap_lines(text)


def test_name_slash_title_rows(nlp, tmp_path):
    # Item 301: minutes listing members as "Mr Huw G... / Executive Director of Finance, <body>" lines: the slash
    # separates a name from its title as a comma does, so each title goes to the name on its own line (the next
    # line's name had taken it, every row one out).
    text = (
        "source: https://example.org/minutes\ntitle: Board minutes\ndate: 2011-04-11\n\n"
        "Minutes of the Board meeting of Barts Health NHS Trust\nPresent:\n"
        "Mr Owain Price / Chair, Barts Health NHS Trust\nDr Ffion Morgan / Medical Director\n"
        "Mr Rhodri Evans / Director of Finance\n"
    )
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    held = _holds_in_file(nlp, path)
    trust = "Barts Health NHS Trust"
    assert {
        ("Ffion Morgan", "medical director", trust),
        ("Rhodri Evans", "chief financial officer", trust),
    } <= held
    assert ("Rhodri Evans", "medical director", trust) not in held
