from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from dataclasses import replace

import duckdb
import pytest

from veille.errors import StoreError
from veille.model import Article, Document, Event, Failure, Place, Quote, Span
from veille.store import EventFilter, Store


def _doc(text: str, ref: str, date: str = "2022-01-12") -> Document:
    art = Article(id=Article.content_id(text), text=text, ref=ref, date=date, source="AFP")
    ev = Event(type="CONSULT", source=("USA",), target=("RUS",), evidence=Span(0, len(text), text),
               trigger=Span(0, 5, text[:5]), date="2022-01-10", date_precision="day", date_stated=True,
               place=Place(Span(0, 1, text[:1]), "Genève", "CHE", 46.2, 6.1))
    q = Quote(span=Span(0, 5, text[:5]), speaker="Wendy Sherman", speaker_code="USA")
    return Document(article=art, events=(ev,), quotes=(q,))


def test_save_is_idempotent_and_queryable(tmp_path) -> None:
    db = tmp_path / "v.duckdb"
    docs = [_doc("Les Etats-Unis et la Russie ont discuté.", "a"), _doc("Autre texte ici.", "b")]
    with Store(db) as s:
        s.save_documents(docs, "p1")
        s.save_documents(docs, "p1")
        assert s.count("articles") == 2
        assert s.count("events") == 2
        assert s.count("quotes") == 2
        rows = s.events(EventFilter(actor="rus"))
        assert {r["article_ref"] for r in rows} == {"a", "b"}
        assert rows[0]["place"] == "Genève" and rows[0]["source"] == ["USA"] and rows[0]["date_stated"] is True
        assert all(e.date_stated is True for _, _, _, e in s.stored_events())
        assert s.events(EventFilter(type="ACCUSE")) == []
        assert len(s.events(EventFilter(since="2022-01-10", until="2022-01"))) == 2
        assert s.events(EventFilter(since="2022-02")) == []
        assert s.quotes(speaker="sherman")[0]["speaker_code"] == "USA"
        assert s.coded_ids("p1") == {d.article.id for d in docs}
        assert list(s.uncoded("p2"))  # a new pipeline version recodes


def test_migrations_are_recorded_once(tmp_path) -> None:
    db = tmp_path / "v.duckdb"
    with Store(db) as s:
        assert s.migrate() == []
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT name FROM migrations ORDER BY name").fetchall() == [
        ("0001_initial",), ("0002_happenings",), ("0003_date_stated",)]
    con.close()


def test_failures_recorded_once(tmp_path) -> None:
    with Store(tmp_path / "v.duckdb") as s:
        f = Failure("x.jsonl:3", "E102", "invalid JSON line")
        assert s.record_failures([f, f]) == 1
        assert s.failures()[0]["origin"] == "x.jsonl:3"


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_formats(tmp_path, fmt) -> None:
    with Store(tmp_path / "v.duckdb") as s:
        s.save_documents([_doc("Les Etats-Unis et la Russie ont discuté.", "a")], "p1")
        out = tmp_path / f"events.{fmt}"
        assert s.export("events", out, fmt) == 1
    if fmt == "jsonl":
        assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["target"] == ["RUS"]
    elif fmt == "parquet":
        import pyarrow.parquet as pq

        assert pq.read_table(out).column("type").to_pylist() == ["CONSULT"]
    else:
        assert "CONSULT" in out.read_text(encoding="utf-8")


def test_read_only_missing_database_says_what_to_do(tmp_path) -> None:
    with pytest.raises(StoreError, match="no database"):
        Store(tmp_path / "none.duckdb", read_only=True)


def test_killed_writer_leaves_no_half_written_article(tmp_path) -> None:
    # A process killed inside a transaction: the article it was writing must not appear.
    db = tmp_path / "v.duckdb"
    script = textwrap.dedent(f"""
        import os, signal
        from veille.store import Store
        from veille.model import Article
        s = Store({str(db)!r})
        s.con.execute("BEGIN TRANSACTION")
        s.add_articles([Article(id="a1", text="t", ref="r")])
        s.con.execute("INSERT INTO events (id, article_id, type) VALUES ('e1', 'a1', 'CONSULT')")
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, check=False)
    assert proc.returncode == -9
    with Store(db) as s:
        assert s.count("articles") == 0
        assert s.count("events") == 0


def _report(text: str, ref: str, date: str, day: str, source: str = "AFP") -> Document:
    art = Article(id=Article.content_id(text), text=text, ref=ref, date=date, source=source)
    ev = Event(type="CONSULT", source=("USA",), target=("RUS",), evidence=Span(0, len(text), text),
               trigger=Span(0, 5, text[:5]), date=day, date_precision="day")
    return Document(article=art, events=(ev,))


def _grouping(store: Store) -> set[frozenset[str]]:
    rows = store.con.execute("SELECT happening, list(article_id) FROM events GROUP BY happening").fetchall()
    assert all(h is not None for h, _ in rows)
    return {frozenset(ids) for _, ids in rows}


def test_incremental_linking_equals_linking_everything(tmp_path) -> None:
    from veille.api import relink

    text = "Les Etats-Unis et la Russie ont discuté lundi à Genève de la sécurité en Europe."
    docs = [
        _report(text, "a", "2022-01-11", "2022-01-10"),
        _report(text + " Les diplomates", "b", "2022-01-12", "2022-01-10", source="Reuters"),
        _report(text + " Un autre jour", "c", "2022-03-20", "2022-03-14"),
        _report(text + " Encore un autre", "d", "2022-03-21", "2022-03-14", source="Reuters"),
    ]
    with Store(tmp_path / "once.duckdb") as once:
        once.save_documents(docs, "p1")
        relink(once, full=True)
        expected = _grouping(once)
        n_expected = once.count("happenings")
    with Store(tmp_path / "steps.duckdb") as steps:
        for doc in docs:  # one article per run, each linked to what is stored
            steps.save_documents([doc], "p1")
            if doc is docs[2]:  # two months later: the January reports are not read again
                assert len(list(steps.stored_events(unlinked_within=60))) == 1
            relink(steps)
        assert _grouping(steps) == expected
        assert steps.count("happenings") == n_expected == 2
        before = steps.con.execute("SELECT * FROM happenings ORDER BY id").fetchall()
        assert list(steps.stored_events(unlinked_within=60)) == []  # nothing new: nothing read
        relink(steps)
        assert steps.con.execute("SELECT * FROM happenings ORDER BY id").fetchall() == before
        # an article coded again loses its event: its old happening is rebuilt without it
        steps.save_documents([replace(docs[1], events=())], "p2")
        relink(steps)
        assert _grouping(steps) == expected - {frozenset({docs[0].article.id, docs[1].article.id})} \
            | {frozenset({docs[0].article.id})}
        members = steps.con.execute("SELECT list(m) FROM (SELECT unnest(members) AS m FROM happenings)").fetchone()[0]
        assert set(members) == {r[0] for r in steps.con.execute("SELECT id FROM events").fetchall()}
