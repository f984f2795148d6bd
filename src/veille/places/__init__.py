"""Place recognition and offline geocoding: names in the text resolved in a gazetteer.

The stage finds place names (spaCy LOC entities and capitalised names after a locative
preposition, checked against the gazetteer; the seat of an institution, "le tribunal de
Bobigny"; towns under 15,000 inhabitants only after "à" or "dans la ville de"), reads the
dateline (opening the text or the paragraph after its headline), and settles ambiguous
names by the article's context: admin units and countries it names, its dateline, then
population. ``geocode`` resolves a single name without a parse.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import lru_cache

from veille.model import Document, Place, Span
from veille.pipeline import BaseStage
from veille.places.gazetteer import Context, Entry, Gazetteer, Resolution, load, normalise
from veille.places.recognise import find_candidates, find_dateline, resolve, to_place

log = logging.getLogger(__name__)

STAGE_NAME = "places.gazetteer.v3"


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process."""
    return load()


def geocode(name: str, context_countries: Iterable[str] = ()) -> Place | None:
    """Resolve one place name ("Vienne", "Pékin") without a parse; countries (ISO3) settle ties."""
    gazetteer = default_gazetteer()
    text = name.strip()
    # The caller's countries are a statement about this name, not passing mentions: no
    # home-country discount.
    resolution = gazetteer.resolve(text, Context(countries=frozenset(context_countries), home=None))
    if resolution is None:
        return None
    entry = resolution.entry
    shown = gazetteer.display(text) if text.isupper() else text
    return Place(span=Span(0, len(name), name), name=shown, country=entry.country,
                 lat=entry.lat, lon=entry.lon, feature=entry.feature, admin=entry.admin,
                 geonameid=entry.geonameid, reason=resolution.reason, stage=STAGE_NAME)


class PlacesStage(BaseStage):
    """Finds and geocodes place names; assigns ``places`` and ``dateline``."""

    name = STAGE_NAME
    requires = ("parse", "sentences")
    assigns = ("places", "dateline")

    def __init__(self) -> None:
        self._gazetteer: Gazetteer | None = None

    def __getstate__(self) -> dict[str, object]:
        # Ship the stage to batch workers without its gazetteer; each loads its own.
        return {**self.__dict__, "_gazetteer": None}

    def initialize(self) -> None:
        """Load the gazetteer (once per process)."""
        if self._gazetteer is None:
            self._gazetteer = default_gazetteer()

    def __call__(self, doc: Document) -> Document:
        if self._gazetteer is None:
            self.initialize()
        gazetteer = self._gazetteer
        assert gazetteer is not None
        text = doc.text
        dateline = find_dateline(text, gazetteer)
        skip = (0, 0)
        dateline_place: Place | None = None
        if dateline is not None:
            first = resolve([dateline], gazetteer)[0]
            dateline_place = to_place(dateline, first, gazetteer, self.name)
            skip = (dateline.start, dateline.header_end)
        candidates = find_candidates(doc.parse, text, gazetteer, skip_from=skip[0],
                                     skip_until=skip[1]) if doc.parse is not None else []
        resolutions = resolve(candidates, gazetteer,
                              dateline_place.country if dateline_place else None, text)
        places = [to_place(c, r, gazetteer, self.name) for c, r in zip(candidates, resolutions)]
        if dateline_place is not None:
            # Headline places come first, then the dateline, in text order.
            at = sum(1 for p in places if p.span.start < dateline_place.span.start)
            places.insert(at, dateline_place)
        return doc.with_layer(self.name, places=tuple(places), dateline=dateline_place)


__all__ = ["Context", "Entry", "Gazetteer", "PlacesStage", "Resolution", "default_gazetteer",
           "geocode", "load", "normalise"]
