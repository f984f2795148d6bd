"""Score the event coder on the annotated snippets of benchmarks/snippets/annotations.jsonl.

    .venv/bin/python benchmarks/snippets_eval.py [--corpus ../shared/corpus] [--out DIR] [-v] [--text]

The annotations hold only article ids and character offsets: the snippets are cut out of
the corpus files at run time. Each snippet becomes one article (the snippet text, the
article's publication date), the coder runs on them with `veille extract`, and
../shared/eval/score.py scores the result (events only; the snippets carry no quotations).
Printed in addition: false events on the no-event snippets, and the hypothetical or
negated gold events that the coder output as asserted. `-v` lists every missed and
spurious event per snippet; `--text` adds the snippet text to that list (on screen only).
See benchmarks/snippets/README.md. For measuring only, never for training or rule writing.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType

from scorers import load_scorer

HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "snippets" / "annotations.jsonl"
SHARED = HERE.parents[1] / "shared"  # the checkout's sibling folder


def load_annotations(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def read_corpus(corpus_dir: Path, wanted: dict[str, set[str]]) -> dict[tuple[str, str], dict]:
    """The corpus records named in `wanted` (corpus file name -> article ids)."""
    found: dict[tuple[str, str], dict] = {}
    for name, ids in wanted.items():
        path = corpus_dir / name
        if not path.exists():
            sys.exit(f"corpus file not found: {path} (give the corpus folder with --corpus)")
        opener = gzip.open if name.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec.get("id") in ids:
                    found[(name, rec["id"])] = rec
    return found


def cut_snippets(annotations: list[dict], corpus_dir: Path) -> list[dict]:
    """One article record per snippet, its text cut from the corpus; checks the stored hash."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for a in annotations:
        wanted[a["corpus"]].add(a["article_id"])
    corpus = read_corpus(corpus_dir, wanted)
    articles, problems = [], []
    for a in annotations:
        rec = corpus.get((a["corpus"], a["article_id"]))
        if rec is None:
            problems.append(f"{a['id']}: article {a['article_id']} not in {a['corpus']}")
            continue
        text = rec["text"][a["start"] : a["end"]]
        if a.get("sha1") and hashlib.sha1(text.encode("utf-8")).hexdigest()[: len(a["sha1"])] != a["sha1"]:
            problems.append(f"{a['id']}: text at {a['start']}-{a['end']} of {a['article_id']} has changed")
            continue
        articles.append({"id": a["id"], "date": a.get("date") or (rec.get("date") or "")[:10] or None,
                         "title": None, "text": text, "source": rec.get("source"), "url": rec.get("url")})
    if problems:
        sys.exit("the corpus does not match the annotations:\n  " + "\n  ".join(problems))
    return articles


def gold_records(annotations: list[dict]) -> list[dict]:
    """Gold file records (the format of ../shared/gold/*_gold.jsonl), no dates or places."""
    out = []
    for a in annotations:
        events = [{"type": e["type"], "mode": e.get("mode", ""), "source": e["source"], "target": e["target"],
                   "status": e.get("status", "asserted"), "date": "", "place": "", "place_country": "",
                   "evidence": ""} for e in a["events"]]
        out.append({"article_id": a["id"], "events": events, "quotes": [], "notes": ""})
    return out


def write_jsonl(path: Path, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def veille_command() -> list[str]:
    exe = Path(sys.executable).with_name("veille")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("veille")
    return [found] if found else [sys.executable, "-m", "veille"]


def codes(ev: dict) -> str:
    return f"{','.join(sorted(ev['source'])) or '-'}>{','.join(sorted(ev['target'])) or '-'}"


def analyse(score: ModuleType, gold: dict, pred: dict, annotations: list[dict], articles: dict,
            verbose: bool, show_text: bool) -> None:
    """The figures score.py does not give: no-event snippets and non-asserted gold events."""
    no_event = [a for a in annotations if not a["events"]]
    false_on_empty: Counter[str] = Counter()
    empty_hit = 0
    nonasserted = wrong_asserted = right_status = 0
    wrong_by_type: Counter[str] = Counter()
    miss_why: Counter[str] = Counter()
    for a in annotations:
        sid = a["id"]
        g_all = [score.event_key(e) for e in gold[sid]["events"]]
        p_all = [score.event_key(e) for e in pred.get(sid, {}).get("events", [])]
        g_ev = [e for e in g_all if e["status"] == "asserted"]
        p_ev = [e for e in p_all if e["status"] == "asserted"]
        pairs = score.max_matching(p_ev, g_ev, score.compatible)
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        for j, g in enumerate(g_ev):
            if j in matched_g:
                continue
            if any(p["type"] == g["type"] for i, p in enumerate(p_ev) if i not in matched_p):
                miss_why["same type output with other codes"] += 1
            elif any(p["type"] == g["type"] and p["status"] != "asserted" for p in p_all):
                miss_why["same type output as not asserted"] += 1
            else:
                miss_why["type not output"] += 1
        if not a["events"] and p_ev:
            empty_hit += 1
            false_on_empty.update(e["type"] for e in p_ev)
        # a hypothetical or negated gold event is output as asserted when an unmatched
        # asserted prediction of the same type stands in the snippet
        spare = [p for i, p in enumerate(p_ev) if i not in matched_p]
        for g in (e for e in g_all if e["status"] != "asserted"):
            nonasserted += 1
            hit = next((p for p in spare if p["type"] == g["type"]), None)
            if hit is not None:
                spare.remove(hit)
                wrong_asserted += 1
                wrong_by_type[g["type"]] += 1
            elif any(p["type"] == g["type"] and p["status"] == g["status"] for p in p_all):
                right_status += 1
        if verbose:
            fn = [g for j, g in enumerate(g_ev) if j not in matched_g]
            fp = [p for i, p in enumerate(p_ev) if i not in matched_p]
            other = [g for g in g_all if g["status"] != "asserted"]
            if fn or fp:
                print(f"{sid} ({a['article_id']})")
                if show_text:
                    print(f"    | {articles[sid]['text']}")
                for g in fn:
                    print(f"    missed   {g['type']:<10} {codes(g)}")
                for p in fp:
                    print(f"    spurious {p['type']:<10} {codes(p)}")
                for g in other:
                    print(f"    (gold {g['status']} {g['type']} {codes(g)})")
    print()
    print(f"missed asserted events  {sum(miss_why.values())}: "
          + ", ".join(f"{n} {why}" for why, n in miss_why.most_common()))
    print(f"no-event snippets       {len(no_event)}: {empty_hit} got at least one asserted event, "
          f"{sum(false_on_empty.values())} false events"
          + (f" ({', '.join(f'{t} {n}' for t, n in false_on_empty.most_common())})" if false_on_empty else ""))
    n_snip = sum(1 for a in annotations if any(e.get("status", "asserted") != "asserted" for e in a["events"]))
    print(f"hypothetical/negated    {nonasserted} gold events in {n_snip} snippets: {wrong_asserted} output as "
          f"asserted" + (f" ({', '.join(f'{t} {n}' for t, n in wrong_by_type.most_common())})" if wrong_by_type else "")
          + f", {right_status} found with the right status")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus", help="folder of the corpus files")
    ap.add_argument("--annotations", type=Path, default=ANNOTATIONS)
    ap.add_argument("--scorer", type=Path, default=None, help="score.py (default: CORPUS/../eval/score.py)")
    ap.add_argument("--out", type=Path, default=None, help="folder for the articles, gold and prediction files")
    ap.add_argument("--pred", type=Path, default=None, help="score this prediction file instead of running veille")
    ap.add_argument("-v", "--verbose", action="store_true", help="list missed and spurious events per snippet")
    ap.add_argument("--text", action="store_true", help="with -v, print each listed snippet's text")
    args = ap.parse_args()

    if not args.corpus.is_dir():
        sys.exit(f"corpus folder not found: {args.corpus} (give it with --corpus)")
    scorer_path = args.scorer or args.corpus.resolve().parent / "eval" / "score.py"
    if args.scorer is None and not scorer_path.exists():
        scorer_path = SHARED / "eval" / "score.py"
    if not scorer_path.exists():
        sys.exit(f"scorer not found: {scorer_path} (give it with --scorer)")
    annotations = load_annotations(args.annotations)
    articles = cut_snippets(annotations, args.corpus)
    out = args.out or Path(tempfile.mkdtemp(prefix="veille-snippets-"))
    out.mkdir(parents=True, exist_ok=True)
    articles_path, gold_path = out / "snippets_articles.jsonl", out / "snippets_gold.jsonl"
    write_jsonl(articles_path, articles)
    write_jsonl(gold_path, gold_records(annotations))
    pred_path = args.pred or out / "snippets_pred.jsonl"
    if args.pred is None:
        subprocess.run(veille_command() + ["extract", str(articles_path), "-o", str(pred_path)], check=True)

    n_events = Counter(e.get("status", "asserted") for a in annotations for e in a["events"])
    print(f"== snippets: {len(annotations)} ({sum(1 for a in annotations if not a['events'])} without event), "
          f"gold events {dict(n_events)}; files in {out}")
    report = subprocess.run([sys.executable, str(scorer_path), str(gold_path), str(pred_path)],
                            check=True, capture_output=True, text=True).stdout
    # the snippets carry no quotations, nor dates or places: those lines say nothing here
    skip = ("quotes_", "date_accuracy", "place_accuracy", "event F1")
    print("\n".join(line for line in report.splitlines() if not line.startswith(skip)))

    score = load_scorer(scorer_path, "score")
    gold = score.load(str(gold_path))
    pred = score.load(str(pred_path))
    analyse(score, gold, pred, annotations, {a["id"]: a for a in articles}, args.verbose, args.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
