"""PLACEHOLDER: actors stage being written; assigns empty layers."""

from __future__ import annotations

from veille.model import Document
from veille.pipeline import BaseStage


class ActorsStage(BaseStage):
    """Placeholder to be replaced by the real stage."""

    name = "actors.kb.v1"
    requires = ("parse", "sentences",)
    assigns = ("mentions",)

    def __call__(self, doc: Document) -> Document:
        return doc.with_layer(self.name)
