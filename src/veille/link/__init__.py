"""Cross-article linking: reports of one happening in many articles get one happening id.

Signals, and the thresholds chosen on the linking dev clusters (``LinkParams``):

- **Type**: identical PLOVER types only. Compatible pairs (CONSULT/COOPERATE...) are not
  merged: a plan and the meeting it plans (AGREE vs CONSULT) are two happenings, and a
  report coded with another type is another statement as far as the data can tell.
- **Actors**: source and target codes must share a code on each side (an empty side is a
  wildcard, but not both sides). ``sides.tsv`` makes NATO, USA and EU one side ("l'Otan",
  "les Occidentaux", "les alliés"); parties of CONSULT and COOPERATE may sit on either
  side, and a meeting listed with all parties as source matches one split between source
  and target; an AGREE may be swapped. Matches through a side, a wildcard or a swap are
  weak and need ``weak_actors`` (+0.10) more evidence similarity.
- **Date**: the event's date interval at its precision (``2022-01`` contains
  ``2022-01-12``; two different days never link). An event without a date of its own may
  tell of the ``undated_days`` (30) before its article's publication. Coarser than a day:
  +``vague_date`` (0.10); no date of its own: +``undated`` (0.15).
- **Place**: two different countries never link; the same place name takes
  ``same_place`` (0.05) off the threshold.
- **Evidence**: cosine of the evidence sentences over accent-folded 5-letter word stems
  (names weigh double) and stem bigrams, stop words removed. The weights depend on the
  sentence alone, so similarities never change as events are added. Two same-day reports
  with the same actors need ``base`` (0.10).
- **One article, one event per happening**: two events of one article are never merged.

Only asserted events are linked; hypothetical and negated ones keep a happening of their
own. Candidate pairs are found in blocks (type, actor code or side, ISO week of the date
window), so linking grows with the number of events times the size of a block, not with
its square.
"""

from veille.link.dyads import (
    DyadRow,
    TypeWeight,
    dyad_svg,
    dyad_timeline,
    weights,
    write_dyad_csv,
    write_dyad_svg,
)
from veille.link.linker import (
    EventKey,
    Happening,
    LinkInput,
    Linker,
    LinkParams,
    happening_id,
    link,
    sides,
    summarise,
)

__all__ = [
    "DyadRow", "EventKey", "Happening", "LinkInput", "LinkParams", "Linker", "TypeWeight",
    "dyad_svg", "dyad_timeline", "happening_id", "link", "sides", "summarise", "weights",
    "write_dyad_csv", "write_dyad_svg",
]
