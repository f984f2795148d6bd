"""PLACEHOLDER: places stage being written; assigns empty layers."""

from __future__ import annotations

from veille.model import Document
from veille.pipeline import BaseStage


class PlacesStage(BaseStage):
    """Placeholder to be replaced by the real stage."""

    name = "places.gazetteer.v1"
    requires = ("parse", "sentences",)
    assigns = ("places", "dateline",)

    def __call__(self, doc: Document) -> Document:
        return doc.with_layer(self.name)
