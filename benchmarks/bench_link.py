"""Linking time for 1k, 10k and all events of the OrangeSum corpus.

Coding 36k articles with spaCy takes hours, so the events are made cheaply: every sentence
that holds a trigger word of a small lexicon and names one or two actors of a small
lexicon becomes an event of that type, dated by its article (the day's news). The events
are as many, as dated and as clustered by actor as real ones; only their codes are rough.

With ``--synthetic N`` the events are synthesised instead: ``--per-day`` events a day (as a
news feed brings them, so that a larger corpus covers a longer period), types and actor
pairs drawn with skewed (Zipf-like) frequencies as in event data, evidence sentences drawn
from a vocabulary, and 1 to 6 reports of each happening.

    python benchmarks/bench_link.py [--corpus PATH] [--sizes 1000,10000,0]
    python benchmarks/bench_link.py --synthetic 300000 --sizes 1000,10000,100000,0
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
import re
import time
from pathlib import Path

from veille.link import Linker, LinkInput
from veille.model import PLOVER_TYPES, Event, Span

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "orangesum.jsonl.gz"

TRIGGERS = {  # word start → PLOVER type
    "rencontr": "CONSULT", "entretien": "CONSULT", "discut": "CONSULT", "négoci": "CONSULT",
    "accus": "ACCUSE", "dénonc": "ACCUSE", "condamn": "ACCUSE", "critiqu": "ACCUSE",
    "exig": "REQUEST", "réclam": "REQUEST", "appel": "REQUEST", "demand": "REQUEST",
    "rejet": "REJECT", "refus": "REJECT", "dément": "REJECT", "menac": "THREATEN",
    "sanction": "SANCTION", "expuls": "SANCTION", "manifest": "PROTEST", "arrêt": "COERCE",
    "interpell": "COERCE", "attaqu": "ASSAULT", "frapp": "ASSAULT", "soutien": "SUPPORT",
    "salu": "SUPPORT", "accord": "AGREE", "promet": "AGREE", "promis": "AGREE", "aide": "AID",
    "déploi": "MOBILIZE", "retir": "RETREAT",
}
ACTORS = {  # name → code
    "France": "FRA", "Paris": "FRA", "Macron": "FRA", "Russie": "RUS", "Moscou": "RUS",
    "Kremlin": "RUS", "Poutine": "RUS", "Etats-Unis": "USA", "Washington": "USA", "Trump": "USA",
    "Chine": "CHN", "Pékin": "CHN", "Allemagne": "DEU", "Berlin": "DEU", "Merkel": "DEU",
    "Iran": "IRN", "Téhéran": "IRN", "Turquie": "TUR", "Ankara": "TUR", "Erdogan": "TUR",
    "Israël": "ISR", "Syrie": "SYR", "Damas": "SYR", "Ukraine": "UKR", "Kiev": "UKR",
    "Royaume-Uni": "GBR", "Londres": "GBR", "Otan": "NATO", "ONU": "UN", "UE": "EU",
    "Bruxelles": "EU", "Mali": "MLI", "Liban": "LBN", "Hong Kong": "HKG", "Venezuela": "VEN",
    "Corée du Nord": "PRK", "Pyongyang": "PRK", "Italie": "ITA", "Rome": "ITA", "Espagne": "ESP",
}
# Rough shares of the PLOVER types in wire-copy event data (consultations and accusations first).
TYPE_SHARES = [8, 20, 8, 2, 4, 3, 2, 10, 14, 6, 5, 4, 4, 3, 4, 3]
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]")
_TRIGGER = re.compile(r"\b(" + "|".join(TRIGGERS) + r")\w*", re.IGNORECASE)
_ACTOR = re.compile(r"\b(" + "|".join(re.escape(a) for a in ACTORS) + r")\b")


def make_events(path: Path) -> list[LinkInput]:
    """Cheap events: one per sentence with a trigger word and a known actor."""
    out: list[LinkInput] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            date = (r.get("date") or "")[:10] or None
            for m in _SENTENCE.finditer(r.get("text") or ""):
                sentence = m.group()
                trigger = _TRIGGER.search(sentence)
                codes = list(dict.fromkeys(ACTORS[a.group()] for a in _ACTOR.finditer(sentence)))
                if not trigger or not codes:
                    continue
                start = m.start()
                ev = Event(type=TRIGGERS[trigger.group(1).lower()], source=(codes[0],), target=tuple(codes[1:2]),
                           evidence=Span(start, m.end(), sentence),
                           trigger=Span(start + trigger.start(), start + trigger.end(), trigger.group()),
                           date=date)
                out.append(LinkInput(r["id"], date, r.get("source"), ev))
    return out


def synthesise(n: int, per_day: int = 100, seed: int = 7) -> list[LinkInput]:
    """N events: happenings with skewed types and dyads, each told by 1-6 articles."""
    rng = random.Random(seed)
    codes = sorted(set(ACTORS.values()))
    actor_shares = [1 / (rank + 1) for rank in range(len(codes))]  # Zipf: the first ~ 23 %
    # Random 7-letter words: distinct under the linker's 5-letter stems.
    words = sorted({"".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=7)) for _ in range(5000)})
    start = dt.date(2016, 1, 1).toordinal()
    out: list[LinkInput] = []
    article = 0
    while len(out) < n:
        type_ = rng.choices(PLOVER_TYPES, TYPE_SHARES)[0]
        source, target = rng.choices(codes, actor_shares, k=2)
        day = start + len(out) // per_day + rng.randrange(3)
        core = rng.sample(words[:2000], 6)
        for _ in range(rng.randint(1, 6)):
            article += 1
            text = " ".join(core[: rng.randint(2, 6)] + rng.sample(words, 6)) + "."
            date = dt.date.fromordinal(day).isoformat() if rng.random() < 0.8 else None
            ev = Event(type=type_, source=(source,), target=(target,) if target != source else (),
                       evidence=Span(0, len(text), text), trigger=Span(0, 3, text[:3]), date=date)
            published = dt.date.fromordinal(day + rng.randint(0, 2)).isoformat()
            out.append(LinkInput(f"s{article}", published, f"outlet{article % 7}", ev))
    return out[:n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--synthetic", type=int, default=0, help="synthesise this many events instead")
    ap.add_argument("--per-day", type=int, default=100, help="synthetic events a day")
    ap.add_argument("--sizes", default="1000,10000,0", help="event counts; 0 means all")
    args = ap.parse_args()
    t0 = time.perf_counter()
    if args.synthetic:
        events = synthesise(args.synthetic, args.per_day)
        origin = f"synthesised ({args.per_day} a day)"
    else:
        events = make_events(args.corpus)
        origin = f"made from {args.corpus.name}"
    print(f"{len(events)} events {origin} in {time.perf_counter() - t0:.1f} s")
    print(f"{'events':>8} {'seconds':>8} {'µs/event':>9} {'happenings':>10} {'linked':>7} {'largest':>7} "
          f"{'edges':>8} {'group':>6}")
    for size in (int(s) for s in args.sizes.split(",")):
        batch = events[:size] if size else events
        linker = Linker()
        t1 = time.perf_counter()
        for i in range(0, len(batch), 1000):  # incremental, as articles arrive
            linker.add(batch[i:i + 1000])
        took = time.perf_counter() - t1
        happenings = linker.happenings()
        linked = sum(1 for h in happenings if h.n_reports > 1)
        largest = max(h.n_reports for h in happenings)
        stats = linker.stats()
        print(f"{len(batch):>8} {took:>8.2f} {1e6 * took / len(batch):>9.0f} {len(happenings):>10} "
              f"{linked:>7} {largest:>7} {stats['edges']:>8} {stats['largest_group']:>6}")


if __name__ == "__main__":
    main()
