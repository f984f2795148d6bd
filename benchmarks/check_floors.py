"""Quality gate: compare the scorer's figures with the floors recorded in floors.json.

    python benchmarks/check_floors.py SET SCORES.json

Exits 1 when a figure falls below its floor, so that a change lowering accuracy is seen in
review. Raise a floor when a change raises a figure for good.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

FLOORS = Path(__file__).with_name("floors.json")


def figures(scores: dict) -> dict[str, float | None]:
    """The gated figures of one score.py --json result."""
    return {
        "event_f1": scores["events"]["f1"],
        "quotes_text_f1": scores["quotes_text"]["f1"],
        "quotes_with_speaker_f1": scores["quotes_with_speaker"]["f1"],
        "date_accuracy": scores["date_accuracy_on_matched"],
        "place_accuracy": scores["place_accuracy_on_matched"],
    }


def main() -> int:
    name, path = sys.argv[1], Path(sys.argv[2])
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))[name]
    got = figures(json.loads(path.read_text(encoding="utf-8")))
    failed = False
    for key, floor in floors.items():
        value = got[key]
        ok = value is not None and value >= floor
        failed |= not ok
        print(f"  {'ok  ' if ok else 'BELOW'} {key:<24} {value}  (floor {floor})")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
