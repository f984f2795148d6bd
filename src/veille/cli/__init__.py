"""The command line: parse arguments, call the library, format the result."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from veille import api
from veille.config import load_config
from veille.errors import VeilleError

DEFAULT_DB = "veille.duckdb"




@contextmanager
def _progress(label: str) -> Iterator[Callable[[int, int], Callable[[int], None]] | None]:
    """A rich progress bar on a terminal; nothing when output is piped."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  transient=True) as bar:
        def start(total: int, done: int) -> Callable[[int], None]:
            task = bar.add_task(label, total=total, completed=done)
            return lambda n: bar.advance(task, n)

        yield start


def _print_failures(report: api.RunReport) -> None:
    for f in report.failures:
        text = f.message.removeprefix(f"{f.origin}: ")  # messages of the readers name their place already
        print(f"{f.origin}: [{f.code}] {text}", file=sys.stderr)


def _table(rows: list[dict[str, Any]], columns: Sequence[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns, show_lines=False)
    for r in rows:
        table.add_row(*[_cell(r.get(c)) for c in columns])
    Console(width=max(120, os.get_terminal_size().columns if sys.stdout.isatty() else 160)).print(table)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, list):
        return ",".join(map(str, v))
    s = " ".join(str(v).split())
    return s if len(s) <= 90 else s[:87] + "..."


def cmd_ingest(args: argparse.Namespace) -> int:
    report = api.ingest(args.paths, args.db)
    _print_failures(report)
    print(f"{report.read} articles read, {report.new} new, {len(report.failures)} problems -> {args.db}")
    return 0 if report.ok else 1


def cmd_run(args: argparse.Namespace) -> int:
    with _progress("coding") as progress:
        report = api.run(args.paths, args.db, batch_size=args.batch_size, progress=progress)
    _print_failures(report)
    print(f"{report.read} articles read, {report.new} new, {report.coded} coded "
          f"({report.skipped} already coded), {report.events} events, {report.quotes} quotations, "
          f"{len(report.failures)} problems -> {args.db}")
    if args.show:
        from veille.store import EventFilter, Store

        with Store(args.db, read_only=True) as store:
            _table(store.events(EventFilter(limit=args.show)), EVENT_COLUMNS)
    return 0 if report.ok else 1


EVENT_COLUMNS = ("article_ref", "date", "type", "source", "target", "place", "evidence")


def cmd_events(args: argparse.Namespace) -> int:
    from veille.store import EventFilter, Store

    flt = EventFilter(actor=args.actor, type=args.type, since=args.since, until=args.until,
                      status=None if args.status == "all" else args.status, limit=args.limit)
    with Store(args.db, read_only=True) as store:
        rows = store.events(flt)
    if args.json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False, default=str))
    else:
        _table(rows, EVENT_COLUMNS)
    return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    from veille.store import Store

    with Store(args.db, read_only=True) as store:
        rows = store.quotes(speaker=args.speaker, actor=args.actor, text=args.text,
                            since=args.since, until=args.until, limit=args.limit)
    if args.json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False, default=str))
    else:
        _table(rows, ("article_ref", "article_date", "speaker", "speaker_code", "kind", "text"))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from veille.store import Store

    out = args.output or f"{args.table}.{args.format}"
    with Store(args.db, read_only=True) as store:
        n = store.export(args.table, out, args.format)
    print(f"{n} rows of {args.table} -> {out}")
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    with _progress("extracting") as progress:
        report = api.extract(args.input, args.output, batch_size=args.batch_size, progress=progress)
    _print_failures(report)
    print(f"{report.coded} articles, {report.events} events, {report.quotes} quotations -> {args.output}",
          file=sys.stderr)
    return 0 if report.ok else 1


def cmd_happenings(args: argparse.Namespace) -> int:
    from veille.store import Store

    with Store(args.db, read_only=True) as store:
        rows = store.happenings(actor=args.actor, type=args.type, since=args.since, until=args.until,
                                min_reports=args.min_reports, limit=args.limit)
    if args.json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False, default=str))
    else:
        _table(rows, ("id", "first_date", "last_date", "type", "source", "target", "place",
                      "n_reports", "n_outlets"))
    return 0


def cmd_dyad(args: argparse.Namespace) -> int:
    from veille.link import write_dyad_csv, write_dyad_svg
    from veille.model import PLOVER_TYPES

    rows = api.dyad(args.db, args.a, args.b, args.freq)
    if args.csv:
        write_dyad_csv(rows, args.csv)
    if args.svg:
        write_dyad_svg(rows, args.svg, title=f"{args.a.upper()} – {args.b.upper()}")
    table = [{"period": r.period, "direction": f"{r.source}→{r.target}", "n": r.n,
              "score": round(r.score, 1), "mean": round(r.mean, 2),
              "types": " ".join(f"{t}:{c}" for t, c in zip(PLOVER_TYPES, r.counts) if c)}
             for r in rows if r.n]
    if args.json:
        for r in table:
            print(json.dumps(r, ensure_ascii=False))
    else:
        _table(table, ("period", "direction", "n", "score", "mean", "types"))
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="veille", description="Political event data from French news.")
    p.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    p.add_argument("--config", help="TOML file overriding default_config.toml")
    db_help = f"DuckDB file (default {DEFAULT_DB}, or $VEILLE_DB)"
    p.add_argument("--db", help=db_help)  # "veille --db F events" as well as "veille events --db F"
    sub = p.add_subparsers(dest="command", required=True)

    def with_db(sp: argparse.ArgumentParser) -> None:
        # no default here: a subcommand's default would overwrite the --db given before it
        sp.add_argument("--db", help=db_help, default=argparse.SUPPRESS)

    sp = sub.add_parser("ingest", help="store articles from files or folders (.txt .jsonl .csv .html)")
    sp.add_argument("paths", nargs="+")
    with_db(sp)
    sp.set_defaults(func=cmd_ingest)

    sp = sub.add_parser("run", help="ingest, then code every article not yet coded")
    sp.add_argument("paths", nargs="*", default=[])
    sp.add_argument("--batch-size", type=int)
    sp.add_argument("--show", type=int, default=0, metavar="N", help="print the first N events after the run")
    with_db(sp)
    sp.set_defaults(func=cmd_run)

    for name, helptext in (("events", "list coded events"), ("quotes", "list quotations")):
        sp = sub.add_parser(name, help=helptext)
        sp.add_argument("--actor", help="actor code (RUS, NATO...) as source or target / speaker code")
        sp.add_argument("--since", help="first date, YYYY[-MM[-DD]]")
        sp.add_argument("--until", help="last date, YYYY[-MM[-DD]]")
        sp.add_argument("--limit", type=int)
        sp.add_argument("--json", action="store_true", help="one JSON object per line")
        with_db(sp)
        if name == "events":
            sp.add_argument("--type", help="PLOVER type (CONSULT, ACCUSE...)")
            sp.add_argument("--status", default="asserted", choices=["asserted", "hypothetical", "negated", "all"])
            sp.set_defaults(func=cmd_events)
        else:
            sp.add_argument("--speaker", help="part of the speaker's name")
            sp.add_argument("--text", help="words in the quotation")
            sp.set_defaults(func=cmd_quotes)

    sp = sub.add_parser("happenings", help="list happenings: events linked across articles")
    sp.add_argument("--actor", help="actor code as source or target")
    sp.add_argument("--type", help="PLOVER type")
    sp.add_argument("--since", help="first date, YYYY[-MM[-DD]]")
    sp.add_argument("--until", help="last date, YYYY[-MM[-DD]]")
    sp.add_argument("--min-reports", type=int, default=1, help="only happenings told by at least N articles")
    sp.add_argument("--limit", type=int)
    sp.add_argument("--json", action="store_true")
    with_db(sp)
    sp.set_defaults(func=cmd_happenings)

    sp = sub.add_parser("dyad", help="timeline of what two actors did to each other")
    sp.add_argument("a", help="actor code, e.g. RUS")
    sp.add_argument("b", help="actor code, e.g. USA")
    sp.add_argument("--freq", choices=["day", "week", "month"], default="month")
    sp.add_argument("--csv", help="write the timeline as CSV")
    sp.add_argument("--svg", help="write a chart as SVG")
    sp.add_argument("--json", action="store_true")
    with_db(sp)
    sp.set_defaults(func=cmd_dyad)

    sp = sub.add_parser("export", help="write a table as JSON Lines, CSV or Parquet")
    sp.add_argument("--format", choices=["jsonl", "csv", "parquet"], default="jsonl")
    sp.add_argument("--table", choices=["events", "quotes", "actors", "articles", "failures", "happenings"], default="events")
    sp.add_argument("-o", "--output")
    with_db(sp)
    sp.set_defaults(func=cmd_export)

    sp = sub.add_parser("extract", help="code INPUT (.jsonl of articles or a folder of .txt) to gold-format JSONL")
    sp.add_argument("input", nargs="+")
    sp.add_argument("-o", "--output", required=True)
    sp.add_argument("--batch-size", type=int)
    sp.set_defaults(func=cmd_extract)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `veille` command."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        config = load_config(args.config).override(
            db=getattr(args, "db", None) or os.environ.get("VEILLE_DB"),
            batch_size=getattr(args, "batch_size", None))
        args.db, args.batch_size = config.db, config.batch_size
        return int(args.func(args))
    except VeilleError as exc:
        print(f"veille: error {exc.code}: {exc.message}" + (f"\n  hint: {exc.hint}" if exc.hint else ""),
              file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("veille: interrupted; what was written is complete, run again to finish", file=sys.stderr)
        return 130
