"""Board papers generated at test time with fpdf2: a long board pack, a year's run of monthly minutes,
and PDFs that cannot be read (encrypted, truncated, scanned).

Every generator writes the PDF and returns the truth about it (who attended which meeting in which
role, who was appointed or left, on which page), so the tests compare the pipeline's output with what
the document really says. All people, prose and figures are invented; the organisations are real
trusts from ``nlp/data/nhs_organisations.csv``.

Text uses the PDF core fonts, so only Latin-1 characters appear (plain hyphens and apostrophes, "£").
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from fpdf import FPDF

HONORIFICS = ("Dr ", "Professor ", "Mr ", "Mrs ", "Ms ", "Sir ", "Dame ")

# ---- truth ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Member:
    """One line of an attendance list: the name and role as written, and the canonical role expected."""

    name: str
    role: str
    canonical: str
    initials: str
    interim: bool = False

    @property
    def person(self) -> str:
        """The name as the pipeline should store it: no honorific."""
        for honorific in HONORIFICS:
            if self.name.startswith(honorific):
                return self.name[len(honorific) :]
        return self.name


@dataclass
class Meeting:
    """A minuted meeting and its attendance list (every member is in post on ``date``)."""

    body: str
    date: date
    layout: str  # "name, role (XX)" | "name (role)" | "role: name" | "table"
    present: tuple[Member, ...]
    attendance: tuple[Member, ...] = ()
    apologies: tuple[Member, ...] = ()
    page: int = 0  # 1-based page of the PDF on which the attendance list is printed

    @property
    def members(self) -> tuple[Member, ...]:
        return self.present + self.attendance + self.apologies

    @property
    def label(self) -> str:
        return f"{self.body} {self.date.isoformat()} ({self.layout})"


@dataclass(frozen=True)
class Change:
    """An appointment or departure the document states.

    ``date`` is the effective date the text states (ISO), or None when it states none; then the
    pipeline may give None or any date up to ``not_after`` (the meeting at which it was reported)."""

    person: str
    role: str
    event: str  # "appointed" | "departed"
    interim: bool
    date: str | None
    not_after: str
    statement: str  # the sentence as printed (one line of prose, before wrapping)
    page: int = 0


@dataclass
class Papers:
    """What a generated document (or run of documents) says."""

    organisation: str
    ods: str
    paths: list[Path] = field(default_factory=list)
    page_counts: list[int] = field(default_factory=list)
    document_dates: list[date] = field(default_factory=list)  # the meeting each PDF is for
    meetings: list[Meeting] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)

    @property
    def posts(self) -> set[tuple[str, str]]:
        """Every true (person, canonical role) pair: anything else extracted is wrong."""
        pairs = {(m.person, m.canonical) for meeting in self.meetings for m in meeting.members}
        return pairs | {(c.person, c.role) for c in self.changes}


# ---- PDF writing --------------------------------------------------------------------------------------


class BoardPDF(FPDF):
    """A4 portrait, Helvetica, a running footer with the page number."""

    def __init__(self, footer_text: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.footer_text = footer_text
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, margin=18)
        self.alias_nb_pages()

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.cell(0, 5, f"{self.footer_text} | Page {self.page_no()} of {{nb}}", align="C")

    # small layout helpers
    def heading(self, text: str, size: int = 13) -> None:
        self.set_font("Helvetica", "B", size)
        self.multi_cell(0, 7, text, align="L")
        self.ln(2)
        self.set_font("Helvetica", size=10)

    def para(self, text: str) -> None:
        self.set_font("Helvetica", size=10)
        self.multi_cell(0, 5, text, align="L")
        self.ln(2)

    def lines(self, rows: list[str], bold_first: bool = False) -> None:
        for i, row in enumerate(rows):
            self.set_font("Helvetica", "B" if bold_first and i == 0 else "", 10)
            self.cell(0, 5, row, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def grid(self, rows: list[tuple[str, ...]], widths: tuple[float, ...], size: int = 8) -> None:
        """A ruled table; the first row is the header."""
        for i, row in enumerate(rows):
            self.set_font("Helvetica", "B" if i == 0 else "", size)
            for text, width in zip(row, widths):
                self.cell(width, 5.2, text, border=1, align="L" if width > 30 else "R")
            self.ln(5.2)
        self.ln(3)


def _pdf_date(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 30, tzinfo=timezone.utc)


def _long(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _short(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _attendance_block(pdf: BoardPDF, meeting: Meeting) -> None:
    """The Present / In attendance / Apologies sections in the meeting's layout."""
    meeting.page = pdf.page_no()
    sections = [
        ("Present:", meeting.present),
        ("In attendance:", meeting.attendance),
        ("Apologies:", meeting.apologies),
    ]
    for label, members in sections:
        if not members:
            continue
        if meeting.layout == "table":
            pdf.lines([label], bold_first=True)
            pdf.grid([("Name", "Role")] + [(m.name, m.role) for m in members], (70, 90), size=10)
            continue
        if meeting.layout == "name, role (XX)":
            rows = [f"{m.name}, {m.role} ({m.initials})" for m in members]
        elif meeting.layout == "name (role)":
            rows = [f"{m.name} ({m.role})" for m in members]
        elif meeting.layout == "role: name":
            rows = [f"{m.role}: {m.name}" for m in members]
        else:  # pragma: no cover - a typo in a fixture
            raise ValueError(meeting.layout)
        pdf.lines([label] + rows, bold_first=True)


# ---- filler: what fills most of a real pack ---------------------------------------------------------

INCOME_LINES = [
    "Clinical income - elective",
    "Clinical income - non-elective",
    "Clinical income - outpatients",
    "Clinical income - A&E",
    "Clinical income - high cost drugs",
    "Elective recovery fund",
    "Education and training income",
    "Research and development income",
    "Car parking and catering",
    "Other operating income",
    "Total income",
]
EXPENDITURE_LINES = [
    "Pay - substantive nursing",
    "Pay - substantive medical",
    "Pay - allied health professionals",
    "Pay - admin and clerical",
    "Pay - estates and ancillary",
    "Pay - bank staff",
    "Pay - agency staff",
    "Drugs",
    "Clinical supplies and services",
    "Premises",
    "Establishment",
    "Clinical negligence premium",
    "PFI unitary payment",
    "Depreciation and amortisation",
    "Other non-pay",
    "Total expenditure",
    "Operating surplus / (deficit)",
    "Finance costs",
    "Public dividend capital",
    "Net surplus / (deficit)",
]
DIVISIONS = [
    "Medicine",
    "Surgery",
    "Women and Children",
    "Clinical Support Services",
    "Community Services",
    "Estates and Facilities",
    "Corporate Services",
    "Reserves and central budgets",
]
SCHEMES = [
    "Theatre productivity",
    "Outpatient transformation",
    "Length of stay reduction",
    "Procurement savings",
    "Medicines optimisation",
    "Agency rate caps",
    "Estates rationalisation",
    "Digital dictation",
    "Pathology network savings",
    "Bank rate review",
    "Energy efficiency",
    "Rostering compliance",
]
METRICS = [
    ("ED four-hour standard (%)", 76.0, 8.0),
    ("Ambulance handovers over 60 minutes", 120, 60),
    ("RTT incomplete pathways within 18 weeks (%)", 62.0, 5.0),
    ("Patients waiting over 65 weeks", 180, 90),
    ("Cancer 62-day standard (%)", 70.0, 6.0),
    ("Faster diagnosis standard (%)", 75.0, 5.0),
    ("Diagnostics within 6 weeks (%)", 80.0, 6.0),
    ("Bed occupancy - general and acute (%)", 93.0, 3.0),
    ("Patients with no criteria to reside", 85, 25),
    ("Theatre utilisation (%)", 78.0, 5.0),
    ("Outpatient DNA rate (%)", 7.0, 1.5),
    ("Cancelled operations on the day", 25, 10),
    ("Stranded patients (7+ days)", 240, 40),
    ("Discharges before noon (%)", 18.0, 4.0),
]
MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"]
STAFF_GROUPS = [
    "Registered nursing and midwifery",
    "Medical and dental",
    "Allied health professionals",
    "Healthcare scientists",
    "Additional clinical services",
    "Administrative and clerical",
    "Estates and ancillary",
    "Total",
]
RISKS = [
    ("Failure to achieve the urgent and emergency care standards", "Chief Operating Officer"),
    ("Failure to deliver the financial plan for the year", "Chief Finance Officer"),
    ("Insufficient workforce to deliver safe staffing levels", "Chief People Officer"),
    ("Failure to reduce waiting times for elective care", "Chief Operating Officer"),
    ("Ageing estate and backlog maintenance", "Chief Finance Officer"),
    ("Cyber attack disrupting clinical systems", "Chief Finance Officer"),
    ("Failure to meet the requirements of the maternity incentive scheme", "Chief Nurse"),
    ("Poor patient experience in the emergency department", "Chief Nurse"),
    ("Failure to embed learning from incidents", "Medical Director"),
]

FINANCE_PROSE = [
    "At month {m} the Trust reported a deficit of £{a:.1f}m against a planned deficit of £{b:.1f}m, an adverse "
    "variance of £{c:.1f}m driven mainly by the cost of industrial action and unfunded escalation beds.",
    "Pay spend remains above plan because of enhanced bank rates and agency cover for medical vacancies in the "
    "emergency department; agency spend is {r:.1f}% of the total pay bill against a ceiling of 3.7%.",
    "The cost improvement programme has delivered £{a:.1f}m of savings year to date, of which £{c:.1f}m is "
    "non-recurrent. Schemes worth a further £{b:.1f}m are rated amber and remain under review.",
    "The forecast outturn assumes that elective activity recovers to 103% of the 2019/20 baseline in the second "
    "half of the year and that no further industrial action takes place.",
    "Capital expenditure of £{a:.1f}m has been incurred against a plan of £{b:.1f}m; slippage on the new "
    "endoscopy unit is expected to be recovered by the end of the financial year.",
    "The cash balance at the end of the month was £{b:.1f}m. The Trust continues to pay 94% of undisputed "
    "invoices within 30 days, just below the Better Payment Practice Code target of 95%.",
    "Income from the elective recovery fund is £{c:.1f}m behind plan following the national change to the "
    "baseline, and the Integrated Care Board has agreed to review the position at quarter three.",
    "The underlying deficit excluding non-recurrent support is £{a:.1f}m, and the medium-term financial plan "
    "will be refreshed for the planning round in the new year.",
    "Drugs expenditure is £{c:.1f}m above plan, largely offset by pass-through income for high cost drugs.",
]
PERFORMANCE_PROSE = [
    "Performance against the four-hour standard improved to {p:.1f}% in month, below the national ambition of "
    "76%. Attendances were {n:,} compared with {k:,} in the same month last year.",
    "Ambulance handover delays remain the principal concern: the number of handovers over 60 minutes rose "
    "during the month as bed occupancy stayed above 95% on most days.",
    "The number of patients waiting more than 65 weeks fell to {k:,}; the remaining long waiters are mostly in "
    "orthopaedics, ENT and gynaecology, where mutual aid from neighbouring providers is being used.",
    "Cancer performance against the faster diagnosis standard was {p:.1f}% in month. Skin and lower "
    "gastrointestinal pathways continue to account for most of the breaches.",
    "Diagnostic waiting times improved following the opening of the community diagnostic centre, with "
    "{p:.1f}% of patients seen within six weeks.",
    "Theatre utilisation averaged {p:.1f}% across the main theatres; on-the-day cancellations for "
    "non-clinical reasons fell for the third consecutive month.",
    "Length of stay for non-elective admissions was {q:.1f} days, and the number of patients with no criteria "
    "to reside averaged {k:,} a day.",
    "Outpatient follow-up activity is {p:.1f}% of the 2019/20 level; patient-initiated follow-up has now been "
    "rolled out to fourteen specialties.",
]
QUALITY_PROSE = [
    "There were {k} serious incidents declared during the month, all of which are being investigated under the "
    "patient safety incident response framework.",
    "Two cases of Clostridioides difficile were attributed to the Trust in month, bringing the year-to-date "
    "total to {k} against a trajectory of 38.",
    "The Friends and Family Test response rate for inpatients was {p:.1f}%, with 94% of respondents rating "
    "their experience as good or very good.",
    "The number of formal complaints received was {k}; the proportion answered within the agreed timescale "
    "improved to {p:.1f}%.",
    "Pressure ulcer incidence remains within the expected range. The tissue viability team has completed "
    "training for all ward-based staff on the new assessment tool.",
    "Falls with moderate or greater harm remain a focus, and a review of enhanced observation on the older "
    "people's wards is under way.",
    "The maternity dashboard shows the rate of post-partum haemorrhage above 1.5 litres at {q:.1f}%, within "
    "the national range; continuity of carer remains paused.",
    "The mortality indicator SHMI is {q:.2f} and remains within the expected range; the learning from deaths "
    "report for quarter two is included in the reading room.",
    "Safe staffing fill rates for registered nurses were {p:.1f}% on days and 97% on nights.",
]
WORKFORCE_PROSE = [
    "The vacancy rate fell to {p:.1f}% following the arrival of {k} internationally educated nurses in the "
    "autumn cohort.",
    "Sickness absence was {q:.1f}% in month; anxiety, stress and depression remain the most common reason.",
    "Staff turnover has reduced to {p:.1f}%, and exit interviews point to flexible working and career "
    "development as the main reasons for leaving.",
    "Appraisal compliance is {p:.1f}% against a target of 90%, and statutory and mandatory training compliance "
    "is 89%.",
    "The staff survey closed with a response rate of {p:.1f}%, the highest the Trust has achieved.",
    "Time to hire averaged {k} days, and the recruitment team is piloting a single-step interview process for "
    "healthcare support workers.",
    "Bank fill rates improved after the rate card review, reducing the number of shifts sent to agency.",
]
RISK_PROSE = [
    "Controls in place include the daily bed meeting, the escalation policy and the system-wide discharge "
    "programme. Gaps in assurance relate to the reliability of community capacity data.",
    "The risk score is unchanged this quarter. Mitigating actions are on track and are reviewed monthly by the "
    "responsible committee.",
    "Assurance is provided through the integrated performance report and the internal audit programme; the "
    "latest audit gave moderate assurance.",
    "The target score is expected to be reached by the end of the financial year, subject to the national "
    "allocation for 2024/25.",
]


class Filler:
    """Pages of finance tables, performance dashboards and narrative, different on every page."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def _fill(self, template: str) -> str:
        r = self.rng
        return template.format(
            m=r.randint(3, 9),
            a=r.uniform(2, 20),
            b=r.uniform(2, 25),
            c=r.uniform(0.3, 6),
            p=r.uniform(55, 97),
            q=r.uniform(1, 9),
            n=r.randint(9000, 15000),
            k=r.randint(3, 400),
            r=r.uniform(3.2, 6.5),
        )

    def prose(self, pool: list[str], count: int) -> list[str]:
        return [self._fill(t) for t in self.rng.sample(pool, count)]

    def money(self) -> str:
        value = self.rng.uniform(-40, 160)
        return f"({abs(value):.2f})" if value < 0 else f"{value:.2f}"

    def finance_page(self, pdf: BoardPDF, title: str) -> None:
        pdf.heading(title, 11)
        lines = INCOME_LINES if self.rng.random() < 0.4 else EXPENDITURE_LINES
        if self.rng.random() < 0.3:
            lines = DIVISIONS + [f"{d} - pay" for d in DIVISIONS[:5]]
        if self.rng.random() < 0.25:
            lines = [
                f"{s} ({d})" for s, d in zip(self.rng.sample(SCHEMES, 10), self.rng.choices(DIVISIONS, k=10))
            ]
        rows = [("Line", "Annual plan £m", "YTD plan £m", "YTD actual £m", "Variance £m", "Forecast £m")]
        rows += [(line, *(self.money() for _ in range(5))) for line in lines]
        pdf.grid(rows, (64, 21, 21, 21, 21, 21))
        for text in self.prose(FINANCE_PROSE, self.rng.randint(2, 4)):
            pdf.para(text)

    def performance_page(self, pdf: BoardPDF, title: str) -> None:
        pdf.heading(title, 11)
        rows = [("Metric", *MONTHS)]
        for name, centre, spread in self.rng.sample(METRICS, 10):
            if isinstance(centre, float):
                rows.append((name, *(f"{self.rng.gauss(centre, spread / 3):.1f}" for _ in MONTHS)))
            else:
                rows.append((name, *(f"{max(0, round(self.rng.gauss(centre, spread / 3)))}" for _ in MONTHS)))
        pdf.grid(rows, (68, 15, 15, 15, 15, 15, 15, 15))
        for text in self.prose(PERFORMANCE_PROSE, self.rng.randint(3, 5)):
            pdf.para(text)

    def narrative_page(self, pdf: BoardPDF, title: str, pool: list[str]) -> None:
        pdf.heading(title, 11)
        for text in self.prose(pool, min(len(pool), self.rng.randint(4, 6))):
            pdf.para(text)

    def workforce_page(self, pdf: BoardPDF, title: str) -> None:
        pdf.heading(title, 11)
        rows = [("Staff group", "WTE", "Vacancy %", "Turnover %", "Sickness %", "Appraisal %")]
        for group in STAFF_GROUPS:
            rows.append(
                (
                    group,
                    f"{self.rng.uniform(80, 2400):.1f}",
                    *(f"{self.rng.uniform(2, 14):.1f}" for _ in range(3)),
                    f"{self.rng.uniform(70, 95):.1f}",
                )
            )
        pdf.grid(rows, (64, 21, 21, 21, 21, 21))
        for text in self.prose(WORKFORCE_PROSE, self.rng.randint(2, 4)):
            pdf.para(text)

    def risk_page(self, pdf: BoardPDF, title: str) -> None:
        pdf.heading(title, 11)
        rows = [("Ref", "Principal risk", "Executive owner", "Current", "Target")]
        for n, (risk, owner) in enumerate(self.rng.sample(RISKS, 6), start=1):
            rows.append(
                (
                    f"BAF {n}",
                    risk[:52],
                    owner,
                    str(self.rng.choice([9, 12, 15, 16, 20])),
                    str(self.rng.choice([4, 6, 8])),
                )
            )
        pdf.grid(rows, (14, 88, 44, 14, 14), size=7)
        for text in self.prose(RISK_PROSE, 3):
            pdf.para(text)


def _cover_sheet(pdf: BoardPDF, title: str, lead: str, meeting_day: date, purpose: str, summary: str) -> None:
    """The front sheet every paper in a pack carries (roles, no names)."""
    pdf.heading(title, 14)
    pdf.lines(
        [
            "Report to: Board of Directors (Public)",
            f"Date of meeting: {_short(meeting_day)}",
            f"Executive lead: {lead}",
            f"Purpose: {purpose}",
        ]
    )
    pdf.para(summary)
    pdf.para("Recommendation: the Board is asked to note the report and the assurance it provides.")


# ---- (a) the board pack -------------------------------------------------------------------------------

PACK_TRUST = ("Gateshead Health NHS Foundation Trust", "RR7")
PACK_DATE = date(2023, 12, 7)

CHAIR = Member("Alasdair Penhallow", "Chair", "chair", "AP")
CEO = Member("Rebecca Thornbury", "Chief Executive", "chief executive", "RT")
CFO = Member("Mohinder Sandhu", "Chief Finance Officer", "chief financial officer", "MS")
MD = Member("Dr Ifeoma Adeyemi", "Medical Director", "medical director", "IA")
NURSE = Member("Sunita Ravel", "Chief Nurse", "chief nurse", "SR")
SID = Member("Harriet Quayle", "Senior Independent Director", "senior independent director", "HQ")
NED_GT = Member("Gwen Trelawny", "Non-Executive Director", "non-executive director", "GT")
NED_DA = Member("Dominic Achterberg", "Non-Executive Director", "non-executive director", "DA")
SEC = Member("Colm Rafferty", "Company Secretary", "company secretary", "CR")
COO = Member("Petra Lindqvist", "Chief Operating Officer", "chief operating officer", "PL")
CPO = Member("Tamsin Ogilvie", "Chief People Officer", "chief people officer", "TO")


def write_board_pack(path: Path, pages: int = 150, seed: int = 0) -> Papers:
    """A public board pack of ``pages`` pages (at least 40) for Gateshead Health's board of 7 December 2023.

    Among cover sheets, finance tables, dashboards and narrative it carries the minutes of four earlier
    meetings, each with its attendance list in a different layout; the previous board's minutes welcome
    a new chief nurse and say farewell to a non-executive director; a committee welcomes a new chief
    people officer; the chief executive's report announces a new medical director and the retirement
    of the current one.
    """
    if pages < 40:
        raise ValueError("a board pack needs at least 40 pages")
    organisation, ods = PACK_TRUST
    truth = Papers(organisation, ods)
    rng = random.Random(seed)
    filler = Filler(rng)
    pdf = BoardPDF(f"{organisation} | Board of Directors (Public) | {_short(PACK_DATE)}")
    pdf.set_title("Public Board Pack")
    pdf.set_author("Corporate Governance Team")
    pdf.set_creation_date(_pdf_date(PACK_DATE - timedelta(days=7)))  # issued a week before the meeting

    # Cover and agenda
    pdf.add_page()
    pdf.heading(organisation, 16)
    pdf.heading(
        f"Meeting of the Board of Directors held in public on {_long(PACK_DATE)} at 10:00\n"
        "Boardroom, Queen Elizabeth Hospital, Gateshead",
        12,
    )
    pdf.heading("Agenda", 12)
    pdf.grid(
        [
            ("Item", "Business", "Lead", "Purpose"),
            ("1", "Chair's welcome and apologies for absence", "Chair", "Note"),
            ("2", "Declarations of interest", "Chair", "Note"),
            ("3", "Minutes of the meeting held on 2 November 2023", "Chair", "Approve"),
            ("4", "Action log and matters arising", "Company Secretary", "Note"),
            ("5", "Chief Executive's report", "Chief Executive", "Note"),
            ("6", "Integrated performance report", "Chief Operating Officer", "Assurance"),
            ("7", "Finance report - month 7", "Chief Finance Officer", "Assurance"),
            ("8", "Quality and safety report", "Chief Nurse", "Assurance"),
            ("9", "Workforce report", "Chief People Officer", "Assurance"),
            ("10", "Reports from committee chairs, with minutes", "Committee chairs", "Assurance"),
            ("11", "Board assurance framework", "Company Secretary", "Approve"),
            ("12", "Any other business", "Chair", "Note"),
            ("13", "Date of next meeting: Thursday 1 February 2024", "", ""),
        ],
        (12, 104, 42, 16),
        size=9,
    )

    # Minutes of the previous board meeting: "Name, Role (XX)"
    board = Meeting(
        "Board of Directors",
        date(2023, 11, 2),
        "name, role (XX)",
        present=(CHAIR, CEO, CFO, MD, NURSE, SID, NED_GT, NED_DA),
        attendance=(SEC,),
        apologies=(COO,),
    )
    pdf.add_page()
    pdf.heading(
        f"{organisation}\nMinutes of the Board of Directors meeting held in public on "
        f"{_long(board.date)} at 10:00 in the Boardroom, Queen Elizabeth Hospital",
        12,
    )
    _attendance_block(pdf, board)
    welcome = Change(
        NURSE.person,
        "chief nurse",
        "appointed",
        False,
        None,
        board.date.isoformat(),
        "The Chair opened the meeting and welcomed Sunita Ravel to her first meeting of the Board as "
        "Chief Nurse.",
    )
    truth.changes.append(_at(welcome, pdf))
    pdf.heading("23/101 Welcome and apologies", 11)
    pdf.para(welcome.statement + " Apologies were noted as above and the meeting was confirmed as quorate.")
    pdf.heading("23/102 Declarations of interest", 11)
    pdf.para("No new declarations were made in relation to the business of the meeting.")
    pdf.heading("23/103 Minutes of the meeting held on 5 October 2023", 11)
    pdf.para(
        "The minutes were approved as an accurate record, subject to a correction to the figure for "
        "agency spend in minute 23/094."
    )
    pdf.heading("23/104 Chief Executive's report", 11)
    pdf.para(
        "RT presented her report, highlighting the pressure on urgent and emergency care during October "
        "and the opening of the new discharge lounge. MS asked whether the additional winter beds were "
        "funded; RT confirmed that they were funded until the end of March. The Board noted the report."
    )
    pdf.heading("23/105 Finance report - month 6", 11)
    pdf.para(
        "MS reported a deficit of £6.2m against a planned deficit of £4.9m at the half-year point. The "
        "main pressures were industrial action and the cost of escalation capacity. DA asked for a "
        "clearer view of recurrent savings, which MS agreed to include in the next report."
    )
    farewell = Change(
        NED_GT.person,
        "non-executive director",
        "departed",
        False,
        "2023-11-30",
        board.date.isoformat(),
        "The Chair noted that this was Gwen Trelawny's last meeting as a Non-Executive Director, "
        "as her term of office ends on 30 November 2023.",
    )
    pdf.heading("23/106 Quality and safety report", 11)
    pdf.para(
        "SR presented the report. The Board discussed the rise in falls on the older people's wards and "
        "asked the Quality Committee to review the action plan in December."
    )
    pdf.heading("23/107 Any other business", 11)
    pdf.para(
        farewell.statement + " He thanked her on behalf of the Board for nine years of service to the Trust, "
        "including six years as chair of the Quality Committee."
    )
    truth.changes.append(_at(farewell, pdf))
    pdf.para(f"The meeting closed at 12:40. Date of next meeting: {_long(PACK_DATE)}.")
    truth.meetings.append(board)

    # Action log
    pdf.add_page()
    pdf.heading("Action log - Board of Directors (Public)", 12)
    pdf.grid(
        [
            ("Ref", "Action", "Lead", "Due", "Status"),
            ("23/087", "Review of theatre utilisation at Bensham", "PL", "Jan 2024", "Open"),
            (
                "23/094",
                "Agency spend trajectory to Finance and Performance Committee",
                "MS",
                "Nov 2023",
                "Closed",
            ),
            ("23/098", "Falls action plan to Quality Committee", "SR", "Dec 2023", "Open"),
            ("23/105", "Recurrent savings analysis in finance report", "MS", "Dec 2023", "Closed"),
            ("23/106", "Winter plan assurance", "PL", "Dec 2023", "Open"),
        ],
        (16, 100, 14, 22, 22),
        size=9,
    )

    # Chief Executive's report, with the executive appointment
    pdf.add_page()
    _cover_sheet(
        pdf,
        "Chief Executive's Report",
        "Chief Executive",
        PACK_DATE,
        "For information",
        "This report updates the Board on significant developments since the meeting held on "
        "2 November 2023.",
    )
    appointed = Change(
        "Laszlo Varga",
        "medical director",
        "appointed",
        False,
        "2024-02-01",
        PACK_DATE.isoformat(),
        "I am delighted to announce that Dr Laszlo Varga has been appointed as our new Medical "
        "Director and will join the Trust on 1 February 2024.",
    )
    retiring = Change(
        MD.person,
        "medical director",
        "departed",
        False,
        "2024-01-31",
        PACK_DATE.isoformat(),
        "He succeeds Dr Ifeoma Adeyemi, who retires on 31 January 2024 after six years as our "
        "Medical Director.",
    )
    pdf.heading("1. Executive team", 11)
    pdf.para(
        appointed.statement + " " + retiring.statement + " I would like to thank Ifeoma for her "
        "leadership of our clinical teams and her work on the mortality review programme."
    )
    truth.changes += [_at(appointed, pdf), _at(retiring, pdf)]
    pdf.heading("2. Urgent and emergency care", 11)
    pdf.para(
        "October was the busiest month on record for the emergency department, with more than 11,000 "
        "attendances. Our teams have worked hard to keep patients safe, and the new same day emergency "
        "care unit is now open seven days a week."
    )
    pdf.heading("3. Industrial action", 11)
    pdf.para(
        "Further industrial action by junior doctors is expected in December and January. Our planning "
        "prioritises urgent care, cancer and the longest waiters, and I am grateful to colleagues who have "
        "covered additional shifts."
    )
    pdf.heading("4. Recognition", 11)
    pdf.para(
        "Our maternity team was shortlisted in the national patient safety awards for its work on "
        "reducing post-partum haemorrhage, and the pharmacy team received a regional award for its "
        "discharge medicines service."
    )
    pdf.para("Rebecca Thornbury\nChief Executive\nDecember 2023")

    # The body of the pack, and the committee minutes near its end
    audit = Meeting(
        "Audit and Risk Committee", date(2023, 11, 16), "table", present=(SID, NED_DA), attendance=(CFO, SEC)
    )
    quality = Meeting(
        "Quality Committee",
        date(2023, 11, 21),
        "name (role)",
        present=(NED_GT, SID, NURSE, MD),
        attendance=(CPO, SEC),
        apologies=(NED_DA,),
    )
    finance = Meeting(
        "Finance and Performance Committee",
        date(2023, 11, 23),
        "role: name",
        present=(NED_DA, NED_GT, CFO, COO),
        attendance=(CHAIR, CPO, SEC),
        apologies=(CEO,),
    )
    committee_pages = 6
    tail_pages = 4  # board assurance framework at the end
    budget = pages - pdf.page_no() - committee_pages - tail_pages
    sections = [
        ("Integrated performance report", 0.25, lambda t: filler.performance_page(pdf, t)),
        ("Finance report - month 7", 0.35, lambda t: filler.finance_page(pdf, t)),
        ("Quality and safety report", 0.2, lambda t: filler.narrative_page(pdf, t, QUALITY_PROSE)),
        ("Workforce report", 0.2, lambda t: filler.workforce_page(pdf, t)),
    ]
    leads = {
        "Integrated performance report": "Chief Operating Officer",
        "Finance report - month 7": "Chief Finance Officer",
        "Quality and safety report": "Chief Nurse",
        "Workforce report": "Chief People Officer",
    }
    used = 0
    for n, (title, share, render) in enumerate(sections):
        count = budget - used if n == len(sections) - 1 else round(budget * share)
        used += count
        for k in range(count):
            pdf.add_page()
            if k == 0:
                _cover_sheet(
                    pdf,
                    title,
                    leads[title],
                    PACK_DATE,
                    "For assurance",
                    f"The {title.lower()} summarises the position at the end of October 2023.",
                )
            else:
                render(f"{title} - section {k}")

    pdf.add_page()
    pdf.heading("Reports from committee chairs", 12)
    pdf.para(
        "The minutes of the Audit and Risk Committee, the Quality Committee and the Finance and "
        "Performance Committee held in November are attached for information."
    )
    pdf.para(
        "Audit and Risk Committee: the committee received the internal audit progress report and "
        "approved the counter fraud work plan. Quality Committee: the committee reviewed the falls "
        "action plan and the maternity dashboard. Finance and Performance Committee: the committee "
        "reviewed the month 7 position and the winter plan."
    )
    committee_minutes = [
        (
            audit,
            "Internal audit progress report",
            "The internal auditors reported that four reviews had been completed since the last meeting, two "
            "with substantial and two with moderate assurance. The committee noted the progress report.",
        ),
        (
            quality,
            "Falls action plan",
            "SR presented the falls action plan. The committee asked for evidence that enhanced observation is "
            "in place on every older people's ward and agreed to review progress in February.",
        ),
        (
            finance,
            "Month 7 finance report",
            "MS presented the month 7 position: a deficit of £7.4m against a plan of £5.8m. The committee "
            "reviewed the cost improvement programme and the forecast outturn.",
        ),
    ]
    for meeting, item, minute in committee_minutes:
        pdf.add_page()
        pdf.heading(
            f"{organisation}\nMinutes of the {meeting.body} held on {_long(meeting.date)} at 14:00", 12
        )
        _attendance_block(pdf, meeting)
        pdf.heading("1. Welcome and apologies", 11)
        if meeting is quality:
            joined = Change(
                CPO.person,
                "chief people officer",
                "appointed",
                False,
                "2023-11-01",
                quality.date.isoformat(),
                "The Committee welcomed Tamsin Ogilvie, who joined the Trust as Chief People Officer "
                "on 1 November 2023, to her first meeting of the Committee.",
            )
            pdf.para(joined.statement + " Apologies were noted as above.")
            truth.changes.append(_at(joined, pdf))
        else:
            pdf.para("The meeting was quorate. Apologies were noted as above.")
        pdf.heading(f"2. {item}", 11)
        pdf.para(minute)
        pdf.heading("3. Any other business", 11)
        pdf.para("There was no other business. The meeting closed at 16:05.")
        truth.meetings.append(meeting)
    while pdf.page_no() < pages - tail_pages:
        pdf.add_page()
        filler.narrative_page(
            pdf, "Committee chairs' reports - supporting information", RISK_PROSE + QUALITY_PROSE
        )

    pdf.add_page()
    _cover_sheet(
        pdf,
        "Board assurance framework",
        "Company Secretary",
        PACK_DATE,
        "For approval",
        "The board assurance framework sets out the principal risks to the Trust's strategic objectives.",
    )
    while pdf.page_no() < pages:
        pdf.add_page()
        filler.risk_page(pdf, "Board assurance framework - principal risks")

    pdf.output(str(path))
    truth.paths.append(path)
    truth.page_counts.append(pdf.page_no())
    truth.document_dates.append(PACK_DATE)
    return truth


def _at(change: Change, pdf: BoardPDF) -> Change:
    """The change, stamped with the page it is printed on."""
    return Change(**{**change.__dict__, "page": pdf.page_no()})


# ---- (b) six monthly board meetings -------------------------------------------------------------------

SERIES_TRUST = ("Dartford and Gravesham NHS Trust", "RN7")
SERIES_DATES = [
    date(2024, 1, 25),
    date(2024, 2, 29),
    date(2024, 3, 28),
    date(2024, 4, 25),
    date(2024, 5, 30),
    date(2024, 6, 27),
]

S_CHAIR = Member("Eleanor Quist", "Chair", "chair", "EQ")
S_VICE = Member("Raymond Okafor", "Vice Chair", "vice chair", "RO")
S_INTERIM = Member("Raymond Okafor", "Interim Chair", "chair", "RO", interim=True)
S_NED_HP = Member("Hugh Pemberton", "Non-Executive Director", "non-executive director", "HP")
S_NED_AK = Member("Anjali Kapoor-Reid", "Non-Executive Director", "non-executive director", "AKR")
S_CEO = Member("Lorcan Hadley", "Chief Executive", "chief executive", "LH")
S_FD_OLD = Member("Graham Whitlock", "Director of Finance", "chief financial officer", "GW")
S_FD_NEW = Member("Priyanka Mehta", "Director of Finance", "chief financial officer", "PM")
S_NURSE = Member("Bethan Mortimer", "Chief Nurse", "chief nurse", "BM")
S_MD = Member("Dr Sameer Qureshi", "Medical Director", "medical director", "SQ")
S_COO = Member("Noor Haddad", "Chief Operating Officer", "chief operating officer", "NH")
S_SEC = Member("Declan Moyes", "Trust Secretary", "company secretary", "DM")
S_APOLOGIES = {2: S_NED_HP, 4: S_MD, 5: S_NED_AK}  # month number → who sent apologies


def write_meeting_series(folder: Path) -> Papers:
    """Minutes of six monthly public board meetings of Dartford and Gravesham NHS Trust, January to June 2024,
    one PDF each (file names carry no date; the PDFs were created when the minutes were approved).

    The director of finance leaves after March (farewell at his last meeting) and the new one is welcomed
    in April; the chair's last meeting is in April and the vice chair is interim chair from May.
    """
    organisation, ods = SERIES_TRUST
    truth = Papers(organisation, ods)
    folder.mkdir(parents=True, exist_ok=True)
    for k, day in enumerate(SERIES_DATES, start=1):
        previous = SERIES_DATES[k - 2] if k > 1 else date(2023, 11, 30)
        following = SERIES_DATES[k] if k < len(SERIES_DATES) else date(2024, 7, 25)
        chair = S_CHAIR if k <= 4 else S_INTERIM
        finance = S_FD_OLD if k <= 3 else S_FD_NEW
        board = (
            [chair]
            + ([S_VICE] if k <= 4 else [])
            + [S_NED_HP, S_NED_AK, S_CEO, finance, S_NURSE, S_MD, S_COO]
        )
        away = S_APOLOGIES.get(k)
        meeting = Meeting(
            "Trust Board",
            day,
            "name, role (XX)",
            present=tuple(m for m in board if m is not away),
            attendance=(S_SEC,),
            apologies=(away,) if away else (),
        )
        pdf = BoardPDF(f"Trust Board minutes (Public) | {_short(day)}")
        pdf.set_title(f"Microsoft Word - TB minutes {day:%b %y} FINAL.docx")
        pdf.set_creation_date(_pdf_date(following + timedelta(days=2)))  # approved at the next meeting
        pdf.add_page()
        pdf.heading(
            f"{organisation}\nMinutes of the Trust Board meeting held in public on {_long(day)} at 10:00 "
            "in the Boardroom, Darent Valley Hospital",
            12,
        )
        _attendance_block(pdf, meeting)
        if not away:
            pdf.lines(["Apologies:", "None"], bold_first=True)
        ref = f"TB/{day:%y}/{k:02d}"
        chair_word = "Interim Chair" if k >= 5 else "Chair"
        pdf.heading(f"{ref}.1 Welcome and apologies", 11)
        opening = [
            f"The {chair_word} welcomed members of the Board and members of the public to the meeting."
        ]
        if k == 4:
            welcome = Change(
                S_FD_NEW.person,
                "chief financial officer",
                "appointed",
                False,
                None,
                day.isoformat(),
                "The Chair welcomed Priyanka Mehta to her first meeting as Director of Finance.",
            )
            opening.append(welcome.statement)
            truth.changes.append(_at(welcome, pdf))
        if k == 5:
            interim = Change(
                S_INTERIM.person,
                "chair",
                "appointed",
                True,
                "2024-05-01",
                day.isoformat(),
                "The Chief Executive welcomed Raymond Okafor to his first meeting as Interim Chair, a "
                "role he took up on 1 May 2024 pending the appointment of a substantive Chair.",
            )
            opening.append(interim.statement)
            truth.changes.append(_at(interim, pdf))
        opening.append("Apologies were noted as above and the meeting was declared quorate.")
        pdf.para(" ".join(opening))
        pdf.heading(f"{ref}.2 Declarations of interest", 11)
        pdf.para("There were no declarations of interest in relation to the agenda.")
        pdf.heading(f"{ref}.3 Minutes of the previous meeting", 11)
        pdf.para(f"The minutes of the meeting held on {_short(previous)} were approved as a correct record.")
        pdf.heading(f"{ref}.4 Chief Executive's report", 11)
        pdf.para(
            f"LH presented his report. Demand on the emergency department remained high in {day:%B}, with "
            "ambulance handover times improving following the opening of the new assessment area. The "
            "Board noted the report."
        )
        pdf.heading(f"{ref}.5 Finance report", 11)
        pdf.para(
            f"{finance.initials} presented the month {k + 9 if k <= 3 else k - 3} position. The Trust "
            f"reported a deficit of £{1.1 + 0.4 * k:.1f}m against a planned deficit of £{0.9 + 0.3 * k:.1f}m. "
            f"HP asked about the run rate of temporary staffing costs; {finance.initials} explained that "
            "bank and agency spend had fallen for the second consecutive month."
        )
        rng = random.Random(k)
        pdf.grid(
            [("Summary (£m)", "Plan", "Actual", "Variance")]
            + [
                (line, f"{rng.uniform(5, 60):.1f}", f"{rng.uniform(5, 60):.1f}", f"{rng.uniform(-3, 3):.1f}")
                for line in ("Income", "Pay", "Non-pay", "Financing costs", "Surplus / (deficit)")
            ],
            (70, 25, 25, 25),
            size=9,
        )
        pdf.heading(f"{ref}.6 Quality and safety report", 11)
        pdf.para(
            "BM presented the report. There were two serious incidents declared in the month. The Board "
            "discussed the improvement in hand hygiene compliance and the staffing position on the "
            "children's ward."
        )
        pdf.heading(f"{ref}.7 Any other business", 11)
        if k == 3:
            leaving = Change(
                S_FD_OLD.person,
                "chief financial officer",
                "departed",
                False,
                "2024-03-31",
                day.isoformat(),
                "The Chair noted that this was Graham Whitlock's last meeting as Director of Finance "
                "before he leaves the Trust on 31 March 2024.",
            )
            pdf.para(
                leaving.statement + " On behalf of the Board she thanked him for seven years of service to "
                "the Trust."
            )
            truth.changes.append(_at(leaving, pdf))
        elif k == 4:
            stepping_down = Change(
                S_CHAIR.person,
                "chair",
                "departed",
                False,
                "2024-04-30",
                day.isoformat(),
                "This was Eleanor Quist's last meeting as Chair before she stands down on "
                "30 April 2024 at the end of her second term of office.",
            )
            pdf.para(
                stepping_down.statement + " The Chief Executive thanked her for eight years of leadership of "
                "the Board."
            )
            truth.changes.append(_at(stepping_down, pdf))
        else:
            pdf.para("There was no other business.")
        pdf.para(f"The meeting closed at 12:15. Date of next meeting: {_long(following)}.")
        pdf.para("Signed as a correct record: ............................................ (Chair)")
        path = folder / f"trust-board-minutes-public-part-{'abcdef'[k - 1]}.pdf"
        pdf.output(str(path))
        truth.paths.append(path)
        truth.page_counts.append(pdf.page_no())
        truth.document_dates.append(day)
        truth.meetings.append(meeting)
    return truth


# ---- (c) PDFs that cannot be read ---------------------------------------------------------------------


def _short_minutes(footer: str) -> BoardPDF:
    pdf = BoardPDF(footer)
    pdf.add_page()
    pdf.heading("Minutes of the Charitable Funds Committee held on Tuesday 12 March 2024", 12)
    pdf.lines(
        [
            "Present:",
            "Ottilie Brandt, Non-Executive Director (OB)",
            "Cyrus Ferreira, Director of Finance (CF)",
        ],
        bold_first=True,
    )
    for _ in range(12):
        pdf.para(
            "The committee reviewed the charitable funds balances and approved three bids from the wards for "
            "equipment and staff wellbeing projects."
        )
    return pdf


def write_encrypted(path: Path) -> None:
    """A readable PDF protected by a user password: it cannot be opened without it."""
    pdf = _short_minutes("Charitable Funds Committee")
    pdf.set_encryption(owner_password="owner-secret", user_password="board-only")
    pdf.output(str(path))


def write_truncated(path: Path, keep: float = 0.45) -> None:
    """A PDF cut off part-way (an interrupted download): the header is there, the rest is missing."""
    pdf = _short_minutes("Charitable Funds Committee")
    body = bytes(pdf.output())
    path.write_bytes(body[: int(len(body) * keep)])


def write_scanned(path: Path, pages: int = 3) -> None:
    """A scan: every page is an image or drawings only, with no text layer at all."""
    from PIL import Image, ImageDraw

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    rng = random.Random(7)
    for n in range(pages):
        pdf.add_page()
        if n == 0:  # a scanned page: grey paper with dark strokes where the lines of type were
            image = Image.new("L", (620, 877), 238)
            draw = ImageDraw.Draw(image)
            for y in range(60, 820, 18):
                x = 50
                while x < 560:
                    width = rng.randint(12, 60)
                    draw.rectangle((x, y, min(x + width, 570), y + 7), fill=rng.randint(20, 70))
                    x += width + rng.randint(5, 10)
            pdf.image(image, x=0, y=0, w=210, h=297)
        else:  # a vector "scan": ruled boxes and strokes, no glyphs
            pdf.set_fill_color(40, 40, 40)
            for y in range(30, 270, 7):
                x = 20.0
                while x < 185:
                    width = rng.uniform(5, 25)
                    pdf.rect(x, y, min(width, 190 - x), 2.6, style="F")
                    x += width + rng.uniform(1.5, 3)
            pdf.rect(15, 20, 180, 255)
    pdf.output(str(path))


def write_all(folder: Path) -> tuple[Papers, Papers, dict[str, Path]]:
    """The pack, the six meetings and the three unreadable PDFs, in one folder (as one run would see them)."""
    folder.mkdir(parents=True, exist_ok=True)
    pack = write_board_pack(folder / "board-pack-public.pdf")
    series = write_meeting_series(folder)
    bad = {
        "encrypted": folder / "board-pack-part2-confidential.pdf",
        "truncated": folder / "board-papers-download.pdf",
        "scanned": folder / "signed-minutes-scan.pdf",
    }
    write_encrypted(bad["encrypted"])
    write_truncated(bad["truncated"])
    write_scanned(bad["scanned"])
    return pack, series, bad
