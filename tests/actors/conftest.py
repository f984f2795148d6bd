"""Fixtures of the actors tests: the stage, initialised once, and a runner over sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from veille.actors import ActorsStage
from veille.model import Article, Document, Mention


@pytest.fixture(scope="session")
def stage() -> ActorsStage:
    s = ActorsStage()
    s.initialize()
    return s


@pytest.fixture
def actors(request, parse_stage, stage: ActorsStage) -> Callable[..., list[Mention]]:
    """Mentions of a text; the publication date defaults to the test module's DATE."""
    default = getattr(request.module, "DATE", "2022-01-12")

    def run(text: str, date: str | None = default, title: str | None = None) -> list[Mention]:
        article = Article(id=Article.content_id(text), text=text, ref="t", date=date, title=title)
        return list(stage(parse_stage(Document(article=article))).mentions)

    return run
