"""Events stage, through the whole pipeline: an attack or a blow by an animal or a misfortune ("attaquée par
un lion", "frappée par la tragédie") is no act of any actor; one by armed men is."""

from __future__ import annotations

import pytest

from veille.api import code_documents
from veille.model import Article
from veille.registry import default_pipeline

PARK = "Deux touristes kényanes ont été attaquées dans un parc de Nairobi. L'une d'entre elles a quitté son véhicule " \
       "et a été immédiatement attaquée et blessée par {}."


@pytest.fixture(scope="module")
def pipeline():
    return default_pipeline()


def _types(pipeline, text: str) -> set[str]:
    art = Article(id=Article.content_id(text), text=text, ref="t", date="2021-11-01")
    return {e.type for doc in code_documents(pipeline, [art]) for e in doc.events if e.status == "asserted"}


def test_attacked_by_an_animal_is_no_assault(pipeline) -> None:
    assert "ASSAULT" not in _types(pipeline, PARK.format("un lion"))


def test_attacked_by_armed_men_stays_an_assault(pipeline) -> None:
    assert "ASSAULT" in _types(pipeline, PARK.format("des hommes armés"))


def test_struck_by_a_misfortune_is_no_assault(pipeline) -> None:
    text = "Le président kényan a parlé de sa famille. Sa vie a été frappée plusieurs fois par la tragédie."
    assert "ASSAULT" not in _types(pipeline, text)
