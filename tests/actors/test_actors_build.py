"""The derived country table: codes fixed, French names and demonyms kept."""

from __future__ import annotations

import json
from pathlib import Path

from veille.actors.build_kb import derive, write


def test_derive_and_write(tmp_path: Path) -> None:
    source = tmp_path / "countries.json"
    source.write_text(json.dumps([
        {"cca3": "UNK", "independent": None,
         "translations": {"fra": {"common": "Kosovo", "official": "République du Kosovo"}},
         "demonyms": {"fra": {"m": "Kosovar", "f": "Kosovare"}}},
        {"cca3": "FRA", "independent": True,
         "translations": {"fra": {"common": "France", "official": "République française"}},
         "demonyms": {"fra": {"m": "Français", "f": "Française"}}},
    ]), encoding="utf-8")
    rows = derive(source)
    assert rows[0] == ("FRA", "France", "République française", "Français", "Française", "1")
    assert rows[1][0] == "XKX" and rows[1][-1] == "1"  # Kosovo counts as a state
    out = tmp_path / "countries.tsv"
    write(rows, out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t")[0] == "code" and len(lines) == 3
