from __future__ import annotations

import pytest

from veille.errors import PipelineError
from veille.model import Article, Document
from veille.pipeline import BaseStage, Pipeline, Stage
from veille.registry import default_stages, stage_names


class Needs(BaseStage):
    name = "test.needs.v1"
    requires = ("article", "parse")
    assigns = ("events",)

    def __call__(self, doc: Document) -> Document:
        return doc.with_layer(self.name)


class Gives(BaseStage):
    name = "test.gives.v1"
    requires = ("article",)
    assigns = ("parse",)

    def __call__(self, doc: Document) -> Document:
        return doc.with_layer(self.name, parse="parsed:" + doc.text)


def _doc(text: str = "Bonjour.") -> Document:
    return Document(article=Article(id=Article.content_id(text), text=text, ref="t"))


def test_unmet_requirement_refuses_to_build() -> None:
    with pytest.raises(PipelineError, match="requires parse"):
        Pipeline([Needs()])


def test_stages_run_in_order_and_record_provenance() -> None:
    doc = Pipeline([Gives(), Needs()])(_doc())
    assert doc.parse == "parsed:Bonjour."
    assert doc.provenance == ("test.gives.v1", "test.needs.v1")


def test_unknown_layer_is_refused() -> None:
    class Bad(Gives):
        assigns = ("nonsense",)

    with pytest.raises(PipelineError, match="unknown layers"):
        Pipeline([Bad()])


def test_default_stages_follow_the_protocol_and_build() -> None:
    stages = default_stages()
    assert all(isinstance(s, Stage) for s in stages)
    Pipeline(stages)  # raises if a requirement is unmet


def test_stage_registry_snapshot() -> None:
    # A change in a stage's output is a new version: update this list on purpose.
    assert stage_names() == [
        "nlp.spacy.v3", "actors.kb.v17", "dates.rules.v7", "places.gazetteer.v3", "quotes.rules.v5",
        "events.rules.v52",
    ]


def test_content_ids_ignore_whitespace_but_not_words() -> None:
    assert Article.content_id("Moscou  a\nrépondu.") == Article.content_id("Moscou a répondu.")
    assert Article.content_id("Moscou a répondu.") != Article.content_id("Kiev a répondu.")
