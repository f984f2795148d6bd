"""The embedded database (DuckDB): the only code that opens it.

One writer per file (DuckDB's rule): a ``Store`` opened read-write is used by one thread.
Every coded article is written with all its layers in one transaction, keyed by content ids,
so a re-run changes nothing and an interrupted run leaves no half-written article.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

import duckdb
import pyarrow as pa

from veille.errors import StoreError
from veille.model import Article, Document, Event, Failure, Place, Quote, Span, stable_id

log = logging.getLogger(__name__)

#: Named migrations, applied in order and recorded in the ``migrations`` table.
MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial", """
    CREATE TABLE articles (
        id VARCHAR PRIMARY KEY, ref VARCHAR, date VARCHAR, title VARCHAR, source VARCHAR,
        url VARCHAR, origin VARCHAR, text VARCHAR NOT NULL,
        ingested_at TIMESTAMP, coded_version VARCHAR, coded_at TIMESTAMP);
    CREATE TABLE events (
        id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, idx INTEGER, type VARCHAR, mode VARCHAR,
        source VARCHAR[], target VARCHAR[], source_names VARCHAR[], target_names VARCHAR[],
        status VARCHAR, date VARCHAR, date_precision VARCHAR, place VARCHAR, place_country VARCHAR,
        lat DOUBLE, lon DOUBLE, evidence VARCHAR, evidence_start INTEGER, evidence_end INTEGER,
        trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER, confidence DOUBLE,
        stage VARCHAR, happening VARCHAR);
    CREATE TABLE actors (
        article_id VARCHAR NOT NULL, start_char INTEGER, end_char INTEGER, text VARCHAR,
        code VARCHAR, name VARCHAR, kind VARCHAR, sector VARCHAR, role VARCHAR, entity INTEGER);
    CREATE TABLE quotes (
        id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, start_char INTEGER, end_char INTEGER,
        text VARCHAR, speaker VARCHAR, speaker_code VARCHAR, speaker_role VARCHAR, verb VARCHAR,
        kind VARCHAR, date VARCHAR);
    CREATE TABLE failures (
        origin VARCHAR, code VARCHAR, message VARCHAR, article_id VARCHAR, recorded_at TIMESTAMP);
    """),
    ("0002_happenings", """
    CREATE TABLE happenings (
        id VARCHAR PRIMARY KEY, type VARCHAR, source VARCHAR[], target VARCHAR[],
        first_date VARCHAR, last_date VARCHAR, place VARCHAR, place_country VARCHAR,
        n_reports INTEGER, n_outlets INTEGER, members VARCHAR[]);
    """),
    ("0003_date_stated", """
    ALTER TABLE events ADD COLUMN date_stated BOOLEAN;
    """),
]


#: Happenings with a member that is no longer stored (its article was coded again).
_ORPHANED = """SELECT DISTINCT hid FROM (SELECT id AS hid, unnest(members) AS m FROM happenings)
    WHERE m NOT IN (SELECT id FROM events)"""

#: Ids of the events that linking the unlinked ones needs (parameter: the window in days).
_NEIGHBOURHOOD = """
    WITH d AS (
        SELECT e.id, e.type, e.happening,
               coalesce(try_cast(left(e.date, 10) AS DATE), try_cast(left(a.date, 10) AS DATE)) AS day
        FROM events e JOIN articles a ON a.id = e.article_id),
    fresh AS (
        SELECT * FROM d WHERE happening IS NULL OR happening IN (""" + _ORPHANED + """)),
    near AS (
        SELECT DISTINCT d.id, d.happening FROM d JOIN fresh f ON d.type = f.type
        AND (d.day IS NULL OR f.day IS NULL OR abs(date_diff('day', d.day, f.day)) <= $1))
    SELECT id FROM near
    UNION SELECT id FROM events WHERE happening IN (SELECT happening FROM near)"""


@dataclass(frozen=True)
class EventFilter:
    """Filters for listing events: actor code on either side, type, date range, status."""

    actor: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    status: str | None = "asserted"
    limit: int | None = None


class _Where:
    """WHERE clauses and their parameters, built filter by filter."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def dates(self, first: str, last: str, since: str | None, until: str | None) -> None:
        """Keep rows whose dates reach into [since, until]; ``until`` compares by prefix,
        so that a coarser date ("2022-01") is inside the month it names."""
        if since:
            self.add(f"{last} >= ?", since)
        if until:
            self.add(f"substr({first}, 1, length(?)) <= ?", until, until)

    def sql(self) -> str:
        return " WHERE " + " AND ".join(self.clauses) if self.clauses else ""


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def event_rows(article_id: str, events: Sequence[Event]) -> list[dict[str, Any]]:
    """Flat rows of a document's events, as stored and exported."""
    rows = []
    for i, e in enumerate(events):
        p = e.place
        rows.append({
            "id": stable_id(article_id, e.id, prefix="e"), "article_id": article_id, "idx": i,
            "type": e.type, "mode": e.mode, "source": list(e.source), "target": list(e.target),
            "source_names": list(e.source_names), "target_names": list(e.target_names),
            "status": e.status, "date": e.date, "date_precision": e.date_precision,
            "place": p.name if p else None, "place_country": p.country if p else None,
            "lat": p.lat if p else None, "lon": p.lon if p else None,
            "evidence": e.evidence.text, "evidence_start": e.evidence.start,
            "evidence_end": e.evidence.end, "trigger": e.trigger.text,
            "trigger_start": e.trigger.start, "trigger_end": e.trigger.end,
            "confidence": e.confidence, "stage": e.stage, "happening": e.happening,
            "date_stated": e.date_stated,
        })
    return rows


def quote_rows(article_id: str, quotes: Sequence[Quote]) -> list[dict[str, Any]]:
    """Flat rows of a document's quotations."""
    return [{
        "id": stable_id(article_id, str(q.span.start), str(q.span.end), q.kind, prefix="q"),
        "article_id": article_id, "start_char": q.span.start, "end_char": q.span.end,
        "text": q.span.text, "speaker": q.speaker, "speaker_code": q.speaker_code,
        "speaker_role": q.speaker_role, "verb": q.verb, "kind": q.kind, "date": q.date,
    } for q in quotes]


class Store:
    """A DuckDB file holding articles, events, actors, quotes and failures."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"no database at {self.path}", hint="run `veille run PATH` first")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open {self.path}: {exc}") from exc
        if not read_only:
            self.migrate()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema -----------------------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply the migrations not yet recorded; returns their names."""
        self.con.execute("CREATE TABLE IF NOT EXISTS migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)")
        done = {r[0] for r in self.con.execute("SELECT name FROM migrations").fetchall()}
        applied = []
        for name, sql in MIGRATIONS:
            if name in done:
                continue
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(sql)
                self.con.execute("INSERT INTO migrations VALUES (?, ?)", [name, _now()])
                self.con.execute("COMMIT")
            except duckdb.Error:
                self.con.execute("ROLLBACK")
                raise
            applied.append(name)
        return applied

    # -- writing ----------------------------------------------------------------------------
    def add_articles(self, articles: Iterable[Article]) -> int:
        """Insert articles not yet stored (by content id); returns how many were new."""
        rows = [{"id": a.id, "ref": a.ref, "date": a.date, "title": a.title, "source": a.source,
                 "url": a.url, "origin": a.origin, "text": a.text} for a in articles]
        if not rows:
            return 0
        before = self.count("articles")
        tbl = pa.Table.from_pylist(rows)  # noqa: F841 - read by DuckDB's replacement scan
        self.con.execute(
            "INSERT INTO articles (id, ref, date, title, source, url, origin, text, ingested_at) "
            "SELECT DISTINCT ON (id) id, ref, date, title, source, url, origin, text, ? FROM tbl "
            "WHERE id NOT IN (SELECT id FROM articles)", [_now()])
        return self.count("articles") - before

    def save_documents(self, docs: Sequence[Document], version: str) -> None:
        """Write coded documents, each with all its layers, in one transaction."""
        if not docs:
            return
        ids = [d.article.id for d in docs]
        events = [r for d in docs for r in event_rows(d.article.id, d.events)]
        quotes = [r for d in docs for r in quote_rows(d.article.id, d.quotes)]
        actors = [{"article_id": d.article.id, "start_char": m.span.start, "end_char": m.span.end,
                   "text": m.span.text, "code": m.actor.code, "name": m.actor.name, "kind": m.actor.kind,
                   "sector": m.actor.sector, "role": m.actor.role, "entity": m.entity}
                  for d in docs for m in d.mentions]
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.add_articles(d.article for d in docs)
            for table in ("events", "quotes", "actors"):
                self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [ids])
            self._insert("events", events)
            self._insert("quotes", quotes)
            self._insert("actors", actors)
            self.con.execute(
                "UPDATE articles SET coded_version = ?, coded_at = ? WHERE id IN (SELECT unnest(?))",
                [version, _now(), ids])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        tbl = pa.Table.from_pylist(rows)  # noqa: F841 - read by DuckDB's replacement scan
        cols = ", ".join(rows[0])
        self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM tbl")

    def record_failures(self, failures: Iterable[Failure]) -> int:
        """Record per-input failures; the same failure recorded twice is kept once."""
        n = 0
        for f in failures:
            exists = self.con.execute(
                "SELECT count(*) FROM failures WHERE origin = ? AND code = ? AND message = ?",
                [f.origin, f.code, f.message]).fetchone()
            if exists and exists[0]:
                continue
            self.con.execute("INSERT INTO failures VALUES (?, ?, ?, ?, ?)",
                             [f.origin, f.code, f.message, f.article_id, _now()])
            n += 1
        return n

    # -- reading ----------------------------------------------------------------------------
    def count(self, table: str) -> int:
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def uncoded(self, version: str) -> Iterator[Article]:
        """Stored articles not yet coded by this pipeline version."""
        cur = self.con.execute(
            "SELECT id, text, ref, date, title, source, url, origin FROM articles "
            "WHERE coded_version IS DISTINCT FROM ? ORDER BY ingested_at, id", [version])
        for row in cur.fetchall():
            yield Article(id=row[0], text=row[1], ref=row[2], date=row[3], title=row[4],
                          source=row[5], url=row[6], origin=row[7] or "")

    def coded_ids(self, version: str) -> set[str]:
        rows = self.con.execute("SELECT id FROM articles WHERE coded_version = ?", [version]).fetchall()
        return {r[0] for r in rows}

    def events(self, flt: EventFilter = EventFilter()) -> list[dict[str, Any]]:
        """Events with their article's ref and date, filtered."""
        w = _Where()
        if flt.actor:
            w.add("(list_contains(e.source, ?) OR list_contains(e.target, ?))", *[flt.actor.upper()] * 2)
        if flt.type:
            w.add("e.type = ?", flt.type.upper())
        if flt.status:
            w.add("e.status = ?", flt.status)
        w.dates("coalesce(e.date, a.date)", "coalesce(e.date, a.date)", flt.since, flt.until)
        sql = ("SELECT e.*, a.ref AS article_ref, a.date AS article_date, a.source AS outlet "
               "FROM events e JOIN articles a ON a.id = e.article_id") + w.sql()
        sql += " ORDER BY coalesce(e.date, a.date), a.ref, e.idx"
        if flt.limit:
            sql += f" LIMIT {int(flt.limit)}"
        return self._dicts(sql, w.params)

    def quotes(self, speaker: str | None = None, actor: str | None = None, text: str | None = None,
               since: str | None = None, until: str | None = None, limit: int | None = None
               ) -> list[dict[str, Any]]:
        """Quotations with their article's ref and date, filtered."""
        w = _Where()
        if speaker:
            w.add("q.speaker ILIKE ?", f"%{speaker}%")
        if actor:
            w.add("q.speaker_code = ?", actor.upper())
        if text:
            w.add("q.text ILIKE ?", f"%{text}%")
        w.dates("coalesce(q.date, a.date)", "coalesce(q.date, a.date)", since, until)
        sql = ("SELECT q.*, a.ref AS article_ref, a.date AS article_date FROM quotes q "
               "JOIN articles a ON a.id = q.article_id") + w.sql()
        sql += " ORDER BY coalesce(q.date, a.date), a.ref, q.start_char"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self._dicts(sql, w.params)

    def stored_events(self, unlinked_within: int | None = None
                      ) -> Iterator[tuple[str, str | None, str | None, Event]]:
        """(article id, article date, outlet, Event) of stored events, rebuilt as records.

        With ``unlinked_within`` (days), only what linking the events with no happening needs:
        those events, the events of their types dated within that many days of one of them,
        the members of every happening those belong to, and the remaining members of
        happenings that lost an event when their article was coded again.
        """
        sql = ("SELECT e.*, a.date AS article_date, a.source AS outlet FROM events e "
               "JOIN articles a ON a.id = e.article_id")
        params: list[Any] = []
        if unlinked_within is not None:
            sql += " WHERE e.id IN (" + _NEIGHBOURHOOD + ")"
            params.append(unlinked_within)
        cur = self.con.execute(sql + " ORDER BY e.article_id, e.idx", params)
        cols = [d[0] for d in cur.description]
        for row in cur.fetchall():
            r = dict(zip(cols, row))
            place = None
            if r["place"] or r["place_country"]:
                place = Place(Span(0, 0, ""), r["place"] or "", r["place_country"], r["lat"], r["lon"])
            event = Event(
                type=r["type"], source=tuple(r["source"] or ()), target=tuple(r["target"] or ()),
                evidence=Span(r["evidence_start"], r["evidence_end"], r["evidence"] or ""),
                trigger=Span(r["trigger_start"], r["trigger_end"], r["trigger"] or ""),
                mode=r["mode"], status=r["status"], source_names=tuple(r["source_names"] or ()),
                target_names=tuple(r["target_names"] or ()), date=r["date"],
                date_precision=r["date_precision"], date_stated=r["date_stated"], place=place,
                confidence=r["confidence"] or 0.0,
                stage=r["stage"] or "", happening=r["happening"])
            yield r["article_id"], r["article_date"], r["outlet"], event

    def save_happenings(self, assignments: dict[tuple[str, str], str], happenings: Sequence[Any],
                        partial: bool = False) -> None:
        """Store the happening ids of the given events and the given happenings, in one transaction:
        in place of every happening (or with ``partial``, of the happenings those events belonged
        to and of those that lost a member)."""
        rows = [{"article_id": a, "event_id": stable_id(a, e, prefix="e"), "happening": h}
                for (a, e), h in assignments.items()]
        hrows = [{"id": h.id, "type": h.type, "source": list(h.source), "target": list(h.target),
                  "first_date": h.first_date, "last_date": h.last_date, "place": h.place,
                  "place_country": h.place_country, "n_reports": h.n_reports, "n_outlets": h.n_outlets,
                  "members": [stable_id(a, e, prefix="e") for a, e in h.members]} for h in happenings]
        self.con.execute("BEGIN TRANSACTION")
        try:
            if partial:
                ids = [r["event_id"] for r in rows]
                self.con.execute(
                    "DELETE FROM happenings WHERE id IN (SELECT happening FROM events WHERE id IN (SELECT unnest(?))) "
                    "OR id IN (SELECT unnest(?)) OR id IN (" + _ORPHANED + ")", [ids, [h["id"] for h in hrows]])
            else:
                self.con.execute("DELETE FROM happenings")
            if rows:
                tbl = pa.Table.from_pylist(rows)  # noqa: F841 - read by DuckDB's replacement scan
                self.con.execute("UPDATE events SET happening = tbl.happening FROM tbl WHERE events.id = tbl.event_id")
            self._insert("happenings", hrows)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def happenings(self, actor: str | None = None, type: str | None = None, since: str | None = None,
                   until: str | None = None, min_reports: int = 1, limit: int | None = None
                   ) -> list[dict[str, Any]]:
        """Happenings, filtered by actor code (either side), type, dates and number of reports."""
        w = _Where()
        w.add("n_reports >= ?", min_reports)
        if actor:
            w.add("(list_contains(source, ?) OR list_contains(target, ?))", *[actor.upper()] * 2)
        if type:
            w.add("type = ?", type.upper())
        w.dates("first_date", "coalesce(last_date, first_date)", since, until)
        sql = "SELECT * FROM happenings" + w.sql()
        sql += " ORDER BY first_date NULLS LAST, id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return self._dicts(sql, w.params)

    def failures(self) -> list[dict[str, Any]]:
        return self._dicts("SELECT * FROM failures ORDER BY recorded_at, origin", [])

    def _dicts(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def export(self, table: str, path: str | Path, fmt: str) -> int:
        """Write a table (events, quotes, actors, articles) as jsonl, csv or parquet."""
        if table not in {"events", "quotes", "actors", "articles", "failures", "happenings"}:
            raise StoreError(f"unknown table {table!r}", hint="one of events, quotes, actors, articles")
        rows = self._dicts(f"SELECT * FROM {table}", [])
        path = Path(path)
        if fmt == "parquet":
            self.con.execute(f"COPY (SELECT * FROM {table}) TO '{_sql_path(path)}' (FORMAT parquet)")
        elif fmt == "csv":
            # lists as JSON text, so that a spreadsheet shows them whole
            import csv

            with path.open("w", encoding="utf-8", newline="") as fh:
                cols = [d[0] for d in self.con.execute(f"SELECT * FROM {table} LIMIT 0").description]
                w = csv.DictWriter(fh, fieldnames=cols)
                w.writeheader()
                for r in rows:
                    w.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
                                for k, v in r.items()})
        elif fmt == "jsonl":
            with path.open("w", encoding="utf-8") as fh:
                for r in rows:
                    fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        else:
            raise StoreError(f"unknown export format {fmt!r}", hint="use jsonl, csv or parquet")
        return len(rows)


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")
