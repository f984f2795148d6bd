"""The library API behind the CLI: ingest, code, store, extract."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from veille import errors
from veille.model import Article, Document, Failure, stable_id
from veille.pipeline import Pipeline

log = logging.getLogger(__name__)

Progress = Callable[[int], None]  # called with the number of articles just finished


@dataclass
class RunReport:
    """What a run did: counts, and the failures it recorded."""

    read: int = 0
    new: int = 0
    coded: int = 0
    skipped: int = 0
    events: int = 0
    quotes: int = 0
    happenings: int = 0
    failures: list[Failure] = field(default_factory=list)

    def count(self, docs: Sequence[Document]) -> None:
        """Add coded documents, with their events and quotations, to the counts."""
        self.coded += len(docs)
        self.events += sum(len(d.events) for d in docs)
        self.quotes += sum(len(d.quotes) for d in docs)

    @property
    def ok(self) -> bool:
        return not any(not is_warning(f) for f in self.failures)


def is_warning(f: Failure) -> bool:
    """A problem about an article that was kept (re-encoded file, bad date dropped)."""
    return f.code == errors.BAD_ENCODING or (f.code == errors.BAD_RECORD and f.article_id is not None)


def pipeline_version(pipeline: Pipeline) -> str:
    """A version string for the pipeline's output: the stage names with their versions."""
    return stable_id(*pipeline.names, prefix="p", length=12)


def code_documents(pipeline: Pipeline, articles: Iterable[Article], batch_size: int = 32,
                   progress: Progress | None = None) -> Iterator[Document | Failure]:
    """Run the pipeline over articles in batches; an article that fails becomes a Failure."""
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _code_batch(pipeline, batch, progress)
            batch = []
    if batch:
        yield from _code_batch(pipeline, batch, progress)


def _code_batch(pipeline: Pipeline, batch: list[Article], progress: Progress | None
                ) -> Iterator[Document | Failure]:
    try:
        docs = list(pipeline.pipe(Document(article=a) for a in batch))
    except Exception:  # noqa: BLE001 - one bad article must not sink its batch: retry one by one
        log.warning("a batch failed; coding its %d articles one by one", len(batch))
        docs = []
        for a in batch:
            try:
                docs.append(pipeline(Document(article=a)))
            except Exception as exc:  # recorded as a failure; the run goes on
                log.exception("coding %s failed", a.origin or a.ref)
                yield Failure(a.origin or a.ref, errors.CODING_FAILED,
                              f"{errors.MESSAGES[errors.CODING_FAILED]}: {type(exc).__name__}: {exc}",
                              a.id)
                if progress:
                    progress(1)
    for d in docs:
        yield d
        if progress:
            progress(1)


def read_inputs(paths: Sequence[str | Path]) -> tuple[list[Article], list[Failure]]:
    """Read articles from files and folders; failures are collected, never raised."""
    from veille.ingest import read_paths

    articles: list[Article] = []
    failures: list[Failure] = []
    for item in read_paths(paths):
        (articles if isinstance(item, Article) else failures).append(item)  # type: ignore[arg-type]
    return articles, failures


def ingest(paths: Sequence[str | Path], db: str | Path) -> RunReport:
    """Store the articles found under paths (deduplicated by content); nothing is coded."""
    from veille.store import Store

    articles, failures = read_inputs(paths)
    report = RunReport(read=len(articles), failures=failures)
    with Store(db) as store:
        report.new = store.add_articles(articles)
        store.record_failures(failures)
    return report


def run(paths: Sequence[str | Path], db: str | Path, pipeline: Pipeline | None = None,
        batch_size: int = 32, progress: Callable[[int, int], Progress] | None = None,
        ) -> RunReport:
    """Ingest paths and code every stored article not yet coded by this pipeline version.

    Each batch is written in one transaction: an interrupted run loses at most the batch
    in flight, and the next run codes it.
    """
    from veille.registry import default_pipeline
    from veille.store import Store

    pipeline = pipeline or default_pipeline()
    version = pipeline_version(pipeline)
    articles, failures = read_inputs(paths)
    report = RunReport(read=len(articles), failures=list(failures))
    with Store(db) as store:
        report.new = store.add_articles(articles)
        store.record_failures(failures)
        todo = list(store.uncoded(version))
        report.skipped = store.count("articles") - len(todo)
        tick = progress(len(todo), 0) if progress else None
        pending: list[Document] = []
        for item in code_documents(pipeline, todo, batch_size, tick):
            if isinstance(item, Failure):
                report.failures.append(item)
                store.record_failures([item])
                continue
            pending.append(item)
            if len(pending) >= batch_size:
                _save(store, pending, version, report)
                pending = []
        _save(store, pending, version, report)
        relink(store)  # also links what an interrupted run coded but did not link
        report.happenings = store.count("happenings")
    return report


def relink(store: Any, full: bool = False) -> int:
    """Link the stored events with no happening yet (or, with ``full``, every stored event) into
    happenings and store them; returns how many happenings were written.

    Only the events that can share a happening with a new one are read again: those of its type
    dated within ``link_window_days`` of it, and the members of their happenings. Older
    happenings stay as they are, so a run costs what its new events touch, not the whole store.
    """
    from veille.link import Linker, LinkInput

    linker = Linker()
    window = None if full else link_window_days(linker.params)
    linker.add(LinkInput(a, d, o, e) for a, d, o, e in store.stored_events(unlinked_within=window))
    happenings = linker.happenings()
    store.save_happenings(linker.assignments(), happenings, partial=not full)
    return len(happenings)


def link_window_days(params: Any) -> int:
    """Days apart beyond which two events can never be one happening: two undated reports, each
    standing for the days before its publication, plus a month-precise date's own span."""
    return 2 * int(params.undated_days) + 31


def _save(store: Any, docs: list[Document], version: str, report: RunReport) -> None:
    store.save_documents(docs, version)
    report.count(docs)


def gold_record(doc: Document) -> dict[str, Any]:
    """One article's events and quotations in the gold format of GUIDELINES.md."""
    events = []
    for e in doc.events:
        p = e.place
        events.append({
            "type": e.type, "mode": e.mode, "source": list(e.source), "target": list(e.target),
            "status": e.status, "date": e.date or "", "date_precision": e.date_precision,
            "date_stated": e.date_stated,
            "place": p.name if p else "", "place_country": (p.country or "") if p else "",
            "lat": p.lat if p else None, "lon": p.lon if p else None,
            "source_names": list(e.source_names), "target_names": list(e.target_names),
            "evidence": e.evidence.text, "start": e.evidence.start, "end": e.evidence.end,
            "trigger": e.trigger.text, "confidence": round(e.confidence, 3), "stage": e.stage,
            "happening": e.happening,
        })
    quotes = [{"speaker": q.speaker, "text": q.span.text, "kind": q.kind,
               "speaker_code": q.speaker_code, "verb": q.verb, "start": q.span.start, "end": q.span.end}
              for q in doc.quotes]
    return {"article_id": doc.article.ref, "events": events, "quotes": quotes}


def extract(inputs: Sequence[str | Path], out: str | Path, pipeline: Pipeline | None = None,
            batch_size: int = 32, progress: Callable[[int, int], Progress] | None = None
            ) -> RunReport:
    """Code the articles in inputs and write one gold-format line per article to out."""
    from veille.registry import default_pipeline

    pipeline = pipeline or default_pipeline()
    articles, failures = read_inputs(inputs)
    report = RunReport(read=len(articles), failures=list(failures))
    tick = progress(len(articles), 0) if progress else None
    docs: list[Document] = []
    for item in code_documents(pipeline, articles, batch_size, tick):
        if isinstance(item, Failure):
            report.failures.append(item)
        else:
            docs.append(item)
    docs = link_documents(docs)
    tmp = Path(str(out) + ".part")
    with tmp.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(gold_record(d), ensure_ascii=False) + "\n")
    report.count(docs)
    tmp.replace(out)  # the output appears whole or not at all
    return report


def link_documents(docs: list[Document]) -> list[Document]:
    """Give every event a happening id shared with the reports of the same happening."""
    from dataclasses import replace

    from veille.link import Linker, LinkInput

    linker = Linker()
    linker.add(LinkInput(d.article.id, d.article.date, d.article.source, e) for d in docs for e in d.events)
    assigned = linker.assignments()
    out = []
    for d in docs:
        events = tuple(replace(e, happening=assigned.get((d.article.id, e.id))) for e in d.events)
        out.append(replace(d, events=events))
    return out


def dyad(db: str | Path, a: str, b: str, freq: str = "month") -> list[Any]:
    """Timeline of the happenings between actors a and b (both directions) from the store."""
    from veille.link import Happening, dyad_timeline
    from veille.store import Store

    with Store(db, read_only=True) as store:
        rows = store.happenings(actor=a)
    happenings = [Happening(id=r["id"], type=r["type"], source=tuple(r["source"] or ()),
                            target=tuple(r["target"] or ()), first_date=r["first_date"],
                            last_date=r["last_date"], place=r["place"], place_country=r["place_country"],
                            n_reports=r["n_reports"], n_outlets=r["n_outlets"],
                            members=tuple((m, "") for m in r["members"] or ()))
                  for r in rows]
    return dyad_timeline(happenings, a.upper(), b.upper(), freq)  # type: ignore[arg-type]
