"""Derive ``data/countries.tsv`` from the mledoze/countries database (ODbL 1.0).

Usage: ``python -m veille.actors.build_kb /path/to/countries-unescaped.json``. The derived
table keeps only what the actors stage needs: ISO3 code, French common and official names,
French demonyms and whether the entry is a sovereign state. Hand-written lexicons in
``data/*.tsv`` complete it (variants, capitals, organisations, people).
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

log = logging.getLogger(__name__)

DATA = Path(__file__).parent / "data"
HEADER = ("code", "name", "official", "demonym_m", "demonym_f", "sovereign")
# Entities without a plain alpha-3 code get the codes of the annotation guidelines.
CODE_FIXES = {"UNK": "XKX"}
# Partially recognised entities coded as states by the guidelines.
COUNT_AS_SOVEREIGN = {"PSE", "TWN", "XKX", "VAT"}


def derive(source: Path) -> list[tuple[str, ...]]:
    """Rows of the derived country table, sorted by code."""
    rows = []
    for entry in json.loads(source.read_text(encoding="utf-8")):
        code = CODE_FIXES.get(entry["cca3"], entry["cca3"])
        fra = entry.get("translations", {}).get("fra", {})
        dem = entry.get("demonyms", {}).get("fra", {}) or {}
        sovereign = bool(entry.get("independent")) or code in COUNT_AS_SOVEREIGN
        rows.append((code, fra.get("common", ""), fra.get("official", ""), dem.get("m", ""),
                     dem.get("f", ""), "1" if sovereign else "0"))
    return sorted(rows)


def write(rows: list[tuple[str, ...]], target: Path) -> None:
    """Write the derived table as TSV with a header."""
    lines = ["\t".join(HEADER)] + ["\t".join(r) for r in rows]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    """Command line entry: derive the country table from the ODbL source file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="countries-unescaped.json (mledoze/countries)")
    parser.add_argument("--out", type=Path, default=DATA / "countries.tsv")
    args = parser.parse_args(argv)
    rows = derive(args.source)
    write(rows, args.out)
    log.info("wrote %d countries to %s", len(rows), args.out)


if __name__ == "__main__":
    main()
