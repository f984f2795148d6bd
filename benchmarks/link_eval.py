"""Link the events of the linking dev clusters and score them with score_links.py.

    python benchmarks/link_eval.py                      # code the articles with the default pipeline
    python benchmarks/link_eval.py --events cache.json  # reuse events saved by --save-events
    python benchmarks/link_eval.py --gold-mentions      # link the gold mentions themselves
    python benchmarks/link_eval.py --annotations benchmarks/linking/annotations.jsonl
                                                        # our own clusters, cut out of the corpus

``--misses`` also lists the pairs of gold mentions that are coded but not linked, and the
false merges, each with the two events, their similarity and the linker's verdict.

``--gold-mentions`` builds one event per gold mention (the happening's codes, date and
place, the mention's evidence) and adds the other gold events of the articles that have a
full gold record: it shows whether the linker links what it should when the codes are right.

``--annotations`` scores our own development clusters instead (benchmarks/linking/README.md):
they hold article ids and character offsets only; the articles and the evidence are cut out of
the corpus (``--corpus``) at run time into a gold file in the format of score_links.py.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from veille.link import Linker, LinkInput, LinkParams
from veille.model import Article, Document, Event, Place, Span

SHARED = Path(__file__).resolve().parents[2] / "shared"  # the checkout's sibling folder
GOLD_DIR = SHARED / "gold"
GOLD = GOLD_DIR / "linking" / "gold.jsonl"


def load_articles(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def from_annotations(path: Path, corpus: Path, out: Path) -> tuple[list[dict], Path]:
    """The articles of annotated clusters and their gold file (evidence cut out by offsets)."""
    import gzip

    lines = load_articles(path)
    wanted = {i for a in lines for i in a.get("articles", ())}
    records: dict[str, dict] = {}
    with gzip.open(corpus / "orangesum.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["id"] in wanted:
                records[r["id"]] = r
    missing = wanted - records.keys()
    if missing:
        raise SystemExit(f"{path}: articles not in {corpus}: {', '.join(sorted(missing))}")
    gold = out / "gold.jsonl"
    with gold.open("w", encoding="utf-8") as fh:
        for h in lines:
            if "happening" not in h:
                continue
            mentions = [{"article_id": m["article_id"],
                         "evidence": records[m["article_id"]]["text"][m["start"]:m["end"]]}
                        for m in h["mentions"]]
            fh.write(json.dumps({**h, "mentions": mentions}, ensure_ascii=False) + "\n")
    ordered = [records[i] for a in lines for i in a.get("articles", ())]
    return ordered, gold


def pipeline_inputs(records: list[dict]) -> list[LinkInput]:
    """Code every article with the default pipeline; one LinkInput per event."""
    from veille.registry import default_pipeline

    articles = [
        Article(id=Article.content_id(r["text"]), ref=r["id"], date=r.get("date"), title=r.get("title"),
                text=r["text"], source=r.get("source"), url=r.get("url"))
        for r in records
    ]
    pipeline = default_pipeline()
    inputs = []
    for doc in pipeline.pipe(Document(article=a) for a in articles):
        for ev in doc.events:
            inputs.append(LinkInput(doc.article.ref, doc.article.date, doc.article.source, ev))
    return inputs


def _event(ev: dict, evidence: str, index: int) -> Event:
    place = None
    if ev.get("place") or ev.get("place_country"):
        place = Place(span=Span(0, 0, ""), name=ev.get("place") or "", country=ev.get("place_country") or None)
    return Event(
        type=ev["type"], source=tuple(ev.get("source") or ()), target=tuple(ev.get("target") or ()),
        evidence=Span(0, len(evidence), evidence), trigger=Span(index, index, ""),
        status=ev.get("status") or "asserted", date=ev.get("date") or None, place=place,
    )


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def gold_inputs(records: list[dict], gold: Path = GOLD) -> list[LinkInput]:
    """Events built from the gold mentions (and full gold records where there are some)."""
    meta = {r["id"]: r for r in records}
    inputs: list[LinkInput] = []
    coded: dict[tuple[str, str], list[set[str]]] = {}  # (article, type) → words of each mention
    index = 0
    for line in gold.open(encoding="utf-8"):
        h = json.loads(line)
        for m in h["mentions"]:
            index += 1
            r = meta[m["article_id"]]
            inputs.append(LinkInput(r["id"], r.get("date"), r.get("source"), _event(h, m["evidence"], index)))
            coded.setdefault((r["id"], h["type"]), []).append(_words(m["evidence"]))
    for line in (GOLD_DIR / "seeds_gold.jsonl").open(encoding="utf-8"):
        g = json.loads(line)
        if g["article_id"] not in meta:
            continue
        r = meta[g["article_id"]]
        for ev in g["events"]:
            words = _words(ev.get("evidence") or "")
            if any(len(words & w) >= 0.5 * min(len(words), len(w)) for w in coded.get((r["id"], ev["type"]), [])):
                continue  # a happening's mention already stands for it
            index += 1
            inputs.append(LinkInput(r["id"], r.get("date"), r.get("source"),
                                    _event(ev, ev.get("evidence") or "", index)))
    return inputs


def write_pred(records: list[dict], inputs: list[LinkInput], assign: dict, path: Path) -> None:
    by_article: dict[str, list[dict]] = {r["id"]: [] for r in records}
    for inp in inputs:
        ev = inp.event
        by_article[inp.article_id].append({
            "type": ev.type, "source": list(ev.source), "target": list(ev.target), "status": ev.status,
            "date": ev.date, "place": ev.place.name if ev.place else None,
            "place_country": ev.place.country if ev.place else None,
            "evidence": ev.evidence.text, "happening": assign.get(inp.key),
        })
    with path.open("w", encoding="utf-8") as fh:
        for aid, events in by_article.items():
            fh.write(json.dumps({"article_id": aid, "events": events}, ensure_ascii=False) + "\n")


def _show(inp: LinkInput) -> str:
    ev = inp.event
    place = f"{ev.place.name}/{ev.place.country}" if ev.place else "-"
    text = " ".join(ev.evidence.text.split())[:160]
    return (f"{inp.article_id} (published {inp.article_date}) {ev.type} {'+'.join(ev.source)}->"
            f"{'+'.join(ev.target)} date {ev.date} place {place} names {list(ev.source_names)}\n      «{text}»")


def print_misses(inputs: list[LinkInput], linker: Linker, gold: Path = GOLD) -> None:
    """Gold pairs coded but not linked, and false merges, paired with events as score_links.py does."""
    import itertools

    from veille.link import linker as impl
    from veille.link._text import cosine

    sys.path.insert(0, str(SHARED / "eval"))
    from score import compatible, event_key, token_f1  # the scorer's own pairing rules

    def key(inp: LinkInput) -> dict:
        ev = inp.event
        return event_key({"type": ev.type, "source": list(ev.source), "target": list(ev.target),
                          "status": ev.status, "date": ev.date, "evidence": ev.evidence.text,
                          "place": ev.place.name if ev.place else None,
                          "place_country": ev.place.country if ev.place else None})

    by_article: dict[str, list[LinkInput]] = {}
    for inp in inputs:
        by_article.setdefault(inp.article_id, []).append(inp)
    found = []
    for line in gold.open(encoding="utf-8"):
        h = json.loads(line)
        gold = event_key(h)
        for m in h["mentions"]:
            cands = [i for i in by_article.get(m["article_id"], [])
                     if i.event.status == "asserted" and compatible(key(i), gold)]
            if cands:
                best = max(cands, key=lambda c: token_f1(c.event.evidence.text, m["evidence"]))
                found.append((h["happening"], best))
    assign = linker.assignments()
    for (g1, a), (g2, b) in itertools.combinations(found, 2):
        if a.article_id == b.article_id or (g1 == g2) == (assign[a.key] == assign[b.key]):
            continue
        x, y = impl._item(a, linker.params), impl._item(b, linker.params)
        print(f"{'MISSED' if g1 == g2 else 'FALSE MERGE'} {g1} / {g2}: actors {impl._compatible(x, y)}, "
              f"cosine {cosine(x.vec, y.vec):.3f}, edge {impl._similarity(x, y, linker.params) is not None}")
        print("   ", _show(a))
        print("   ", _show(b))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold-mentions", action="store_true")
    ap.add_argument("--events", type=Path, help="linker state saved by --save-events")
    ap.add_argument("--save-events", type=Path)
    ap.add_argument("--pred", type=Path, help="where to write the prediction (default: a temp file)")
    ap.add_argument("--params", default="{}", help="JSON overrides of LinkParams")
    ap.add_argument("--misses", action="store_true", help="list missed links and false merges")
    ap.add_argument("--annotations", type=Path, help="our clusters (ids and offsets) instead of the dev clusters")
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus", help="where orangesum.jsonl.gz is")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp())
    if args.annotations:
        records, gold = from_annotations(args.annotations, args.corpus, work)
    else:
        records, gold = load_articles(GOLD_DIR / "linking" / "articles.jsonl"), GOLD
    t0 = time.perf_counter()
    if args.gold_mentions:
        inputs = gold_inputs(records, gold)
    elif args.events:
        inputs = Linker.from_state(json.loads(args.events.read_text())).inputs()
    else:
        inputs = pipeline_inputs(records)
    t1 = time.perf_counter()
    linker = Linker(LinkParams(**json.loads(args.params)))
    linker.add(inputs)
    t2 = time.perf_counter()
    if args.save_events:
        args.save_events.write_text(json.dumps(linker.state(), ensure_ascii=False))
    pred = args.pred or work / "links_pred.jsonl"
    write_pred(records, inputs, linker.assignments(), pred)
    happenings = linker.happenings()
    multi = sum(1 for h in happenings if h.n_reports > 1)
    print(f"{len(inputs)} events ({t1 - t0:.1f} s to get them), {len(happenings)} happenings, "
          f"{multi} reported by two or more articles; linking {1000 * (t2 - t1):.0f} ms")
    sys.stdout.flush()
    subprocess.run([sys.executable, str(SHARED / "eval" / "score_links.py"), str(gold), str(pred)], check=True)
    if args.misses:
        print_misses(inputs, linker, gold)


if __name__ == "__main__":
    main()
