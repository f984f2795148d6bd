"""PLACEHOLDER: dates stage being written; assigns empty layers."""

from __future__ import annotations

from veille.model import Document
from veille.pipeline import BaseStage


class DatesStage(BaseStage):
    """Placeholder to be replaced by the real stage."""

    name = "dates.rules.v1"
    requires = ("parse", "sentences",)
    assigns = ("timexes",)

    def __call__(self, doc: Document) -> Document:
        return doc.with_layer(self.name)
