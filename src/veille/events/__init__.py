"""PLACEHOLDER: events stage being written; assigns empty layers."""

from __future__ import annotations

from veille.model import Document
from veille.pipeline import BaseStage


class EventsStage(BaseStage):
    """Placeholder to be replaced by the real stage."""

    name = "events.rules.v1"
    requires = ("parse", "sentences", "mentions", "timexes", "places",)
    assigns = ("events",)

    def __call__(self, doc: Document) -> Document:
        return doc.with_layer(self.name)
