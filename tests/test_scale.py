"""Parallel extraction: several worker processes, one SQLite writer, the same events as one worker."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from nhs_leaders.crawler.local import document_from_file
from nhs_leaders.store import landing, open_db
from nhs_leaders.store.documents import Document, save_document

REPO = Path(__file__).resolve().parent.parent
TEXTS = sorted((REPO / "tests/fixtures/extraction/texts").glob("*.txt"))[:24]


def _fill(path: Path):
    db = open_db(path)
    for p in TEXTS:
        d = document_from_file(p)
        save_document(db, Document(url=p.as_uri(), text=d.text, published=d.published, title=d.title))
    return db


def _events(db) -> list[tuple]:
    return db.execute(
        "SELECT e.document_id, p.name, e.organisation_id, e.organisation_text, e.role, e.role_text, e.event,"
        " e.interim, e.effective_date, e.evidence, e.char_start, e.char_end, e.confidence, e.note"
        " FROM events e JOIN people p ON p.id = e.person_id ORDER BY e.id"
    ).fetchall()


def test_two_workers_write_the_same_events_as_one(tmp_path, nlp, monkeypatch):
    """Pool path really taken (the writer extracts nothing itself), workers recycled, same rows and order."""
    one = _fill(tmp_path / "one.db")
    serial = landing.extract_pending(one, nlp, batch_size=4, workers=1)
    assert serial.documents == len(TEXTS) and serial.events > 20

    in_writer: list[int] = []
    original = landing._extract_batch

    def counted(*args, **kwargs):
        in_writer.append(os.getpid())
        return original(*args, **kwargs)

    monkeypatch.setattr(landing, "_extract_batch", counted)
    monkeypatch.setattr(landing, "RECYCLE_AFTER", 2)  # 6 batches over 2 workers: each recycled once or more
    two = _fill(tmp_path / "two.db")
    parallel = landing.extract_pending(two, nlp, batch_size=4, workers=2)
    assert os.getpid() not in in_writer, "the writer process did the NLP itself"
    assert (parallel.documents, parallel.events, parallel.errors) == (serial.documents, serial.events, [])
    assert _events(two) == _events(one)


def test_one_bad_document_fails_alone(tmp_path, nlp, monkeypatch):
    """An extraction error fails its own document (recorded), not its batch or the run. (In this process:
    pool workers start from a forkserver and do not see the monkeypatch; they run the same _extract_batch.)"""
    db = _fill(tmp_path / "bad.db")
    bad_text = document_from_file(TEXTS[1]).text
    original = landing.extract_events

    def flaky(nlp_, items, **kwargs):
        if any(item[0] == bad_text for item in items):
            raise ValueError("poisoned")
        return original(nlp_, items, **kwargs)

    monkeypatch.setattr(landing, "extract_events", flaky)
    result = landing.extract_pending(db, nlp, batch_size=4, workers=1)
    assert [e["error"] for e in result.errors] == ["ValueError: poisoned"]
    assert result.documents == len(TEXTS) - 1


@pytest.mark.parametrize("value", ["0", "x"])
def test_workers_option_rejects_nonsense(tmp_path, value):
    from click.testing import CliRunner
    from nhs_leaders.pipeline import cli

    result = CliRunner().invoke(cli, ["extract", "--db", str(tmp_path / "x.db"), "--workers", value])
    assert result.exit_code == 2 and "--workers" in result.output


def test_default_worker_count_follows_the_pending_text(tmp_path, monkeypatch):
    """`extract`/`run` without --workers: one process for a short job, every core for a long one."""
    from nhs_leaders.nlp.pipeline import EXTRACTOR_VERSION
    from nhs_leaders.store.documents import pending_documents

    db = _fill(tmp_path / "auto.db")
    ids = pending_documents(db, EXTRACTOR_VERSION, False)
    assert landing.auto_workers(db, ids) == 1  # 24 short articles: starting workers would cost more
    monkeypatch.setattr(landing, "POOL_MIN_CHARS", 1_000)
    assert landing.auto_workers(db, ids) == landing.default_workers()
    assert landing.auto_workers(db, []) == 1
