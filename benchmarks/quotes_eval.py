"""Score the quotations the default pipeline finds against the gold files.

    .venv/bin/python benchmarks/quotes_eval.py [--gold-dir ../shared/gold] [--out /tmp/veille-quotes] [-v]
        [--without-mentions]

Writes SET_pred.jsonl (gold format) per gold set and prints the scorer's report for each.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from veille.model import Article, Document
from veille.registry import default_pipeline


def predict(articles_path: Path, out_path: Path, verbose: bool, without_mentions: bool = False) -> None:
    """Run the default pipeline over one articles file and write gold-format predictions."""
    pipeline = default_pipeline()
    if without_mentions:
        # measure the stage's own resolution, as if the actors stage found nothing
        pipeline.stages = [_Forget(s) if s.name.startswith("quotes.") else s for s in pipeline.stages]
    docs = []
    for line in articles_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        text = rec["text"]
        art = Article(id=Article.content_id(text), text=text, ref=str(rec["id"]), date=rec.get("date"),
                      title=rec.get("title"))
        docs.append(Document(article=art))
    with out_path.open("w", encoding="utf-8") as fh:
        for doc in pipeline.pipe(docs):
            quotes = [{"speaker": q.speaker, "text": q.span.text, "kind": q.kind} for q in doc.quotes]
            if verbose:
                sys.stdout.write(f"== {doc.article.ref}\n")
                for q in doc.quotes:
                    sys.stdout.write(f"   [{q.kind[0]}] {q.speaker} | {q.span.text[:90]}\n")
            fh.write(json.dumps({"article_id": doc.article.ref, "events": [], "quotes": quotes},
                                ensure_ascii=False) + "\n")


class _Forget:
    """Wraps a stage so that it sees no actor mentions."""

    def __init__(self, stage):
        self.stage = stage
        self.name, self.requires, self.assigns = stage.name, stage.requires, stage.assigns

    def initialize(self) -> None:
        self.stage.initialize()

    def pipe(self, docs):
        for doc in docs:
            yield self.stage(replace(doc, mentions=()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold-dir", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "gold")
    ap.add_argument("--scorer", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=Path("/tmp/veille-quotes"))
    ap.add_argument("-v", "--verbose", action="store_true", help="print the quotations found")
    ap.add_argument("--without-mentions", action="store_true", help="hide the actors stage's mentions")
    args = ap.parse_args()
    scorer = args.scorer or args.gold_dir.parent / "eval" / "score.py"
    args.out.mkdir(parents=True, exist_ok=True)
    for name in ("seeds", "dev"):
        pred = args.out / f"{name}_pred.jsonl"
        predict(args.gold_dir / f"{name}_articles.jsonl", pred, args.verbose, args.without_mentions)
        report = subprocess.run([sys.executable, str(scorer), str(args.gold_dir / f"{name}_gold.jsonl"),
                                 str(pred)], capture_output=True, text=True, check=True).stdout
        lines = [ln for ln in report.splitlines() if ln.startswith(("articles", "quotes_"))]
        sys.stdout.write(f"{name}\n" + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
