"""Protesters with no nationality take the country where they march: one they march "à travers"
(a place, unlike the recipient in "à la Turquie"), or the country whose capital the sentence names
without naming the city ("dans les rues de la capitale")."""

from __future__ import annotations

import pytest

from veille.model import Article


@pytest.fixture(scope="module")
def protests():
    from veille.api import code_documents
    from veille.registry import default_pipeline

    pipeline = default_pipeline()

    def run(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        art = Article(id=Article.content_id(text), text=text, ref="t", date="2021-03-10")
        return [(e.source, e.target) for doc in code_documents(pipeline, [art]) for e in doc.events
                if e.type == "PROTEST" and e.status == "asserted"]

    return run


def test_marching_across_a_country(protests) -> None:
    found = protests("Plusieurs milliers de femmes ont défilé mercredi à travers la Roumanie pour réclamer "
                     "au gouvernement une hausse des salaires.")
    assert found and all(source == ("ROU",) for source, _ in found)


def test_streets_of_the_capital_of_the_country_named_before(protests) -> None:
    found = protests("La Bulgarie traverse une crise politique. Des milliers de personnes ont manifesté "
                     "dimanche dans les rues de la capitale pour exiger des élections anticipées.")
    assert found and all(source == ("BGR",) for source, _ in found)


def test_party_named_after_a_place_does_not_place_the_clause() -> None:
    from veille.api import code_documents
    from veille.registry import default_pipeline

    text = ("Un homme a été tué vendredi par des coups de feu tirés devant un local du parti "
            "Aube dorée dans la banlieue d'Athènes.")
    art = Article(id=Article.content_id(text), text=text, ref="t", date="2021-03-10")
    events = [e for doc in code_documents(default_pipeline(), [art]) for e in doc.events if e.type == "ASSAULT"]
    assert events and all("FRA" not in e.source + e.target for e in events)
