"""Rebuild ``data/countries_fr.tsv`` from the mledoze/countries JSON and babel's CLDR names.

Run ``python -m veille.places.build_countries PATH/countries-unescaped.json``; the output is
an ODbL-derived database (see ``data/COUNTRIES-NOTICE.md``).
"""

from __future__ import annotations

import argparse
import json
import re
from importlib import resources
from pathlib import Path

from babel import Locale

#: ISO3 codes the source does not use as veille does (Kosovo is XKX in the gold rules).
ISO3_FIX = {"UNK": "XKX"}

HEADER = "iso3\tiso2\tname\tnames\tdemonyms\tlat\tlon\tindependent"


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "z")):
        return word
    return word + "s"


def _clean(name: str) -> list[str]:
    """A CLDR or JSON name split into the forms a text uses: "Myanmar (Birmanie)" → both."""
    name = name.replace("’", "'").strip()
    if "." in name:  # abbreviated forms ("Congo (Rép. dém.)") are not what texts write
        return []
    inner = re.findall(r"\(([^)]*)\)", name)
    outer = re.sub(r"\s*\([^)]*\)", "", name).strip()
    return [n for n in [outer, *inner] if n]


def build(source: Path) -> str:
    """The TSV text: one country a row, French names and demonyms joined by '|'."""
    territories = Locale("fr").territories
    rows = [HEADER]
    for country in json.loads(source.read_text(encoding="utf-8")):
        iso3 = ISO3_FIX.get(country["cca3"], country["cca3"])
        iso2 = country["cca2"]
        fra = country["translations"].get("fra", {})
        names: list[str] = []
        for raw in (fra.get("common", ""), territories.get(iso2, ""), fra.get("official", "")):
            for form in _clean(raw):
                if form not in names:
                    names.append(form)
        if not names:
            continue
        demonyms: list[str] = []
        dem = country.get("demonyms", {}).get("fra", {})
        for form in (dem.get("m", ""), dem.get("f", "")):
            for word in (form, _plural(form)) if form else ():
                if word not in demonyms:
                    demonyms.append(word)
        lat, lon = country.get("latlng", [None, None])[:2]
        rows.append("\t".join([iso3, iso2, names[0], "|".join(names), "|".join(demonyms),
                               f"{lat}", f"{lon}", "yes" if country.get("independent") else "no"]))
    return "\n".join(rows) + "\n"


def main() -> None:
    """Command line: write the TSV into the package data folder (or --out)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("source", type=Path)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or Path(str(resources.files("veille.places") / "data" / "countries_fr.tsv"))
    out.write_text(build(args.source), encoding="utf-8")


if __name__ == "__main__":
    main()
