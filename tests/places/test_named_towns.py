"""Towns the gazetteer lacks, that the text names as towns ("la localité de ...")."""

from __future__ import annotations

import pytest

from veille.model import Document
from veille.places import default_gazetteer

pytestmark = pytest.mark.slow  # the spaCy model


def towns(doc: Document) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in doc.places if "named as a town" in p.reason]


def test_demonyms_map_to_one_country() -> None:
    gazetteer = default_gazetteer()
    assert gazetteer.demonym_country["israelienne"] == "ISR"
    assert gazetteer.demonym_country["chinois"] == "CHN"
    assert "congolais" not in gazetteer.demonym_country  # two Congos


def test_locality_takes_the_country_of_the_place_before(stage, make_doc) -> None:
    doc = stage(make_doc("Des parents ont été arrêtés lundi en Mongolie-intérieure, devant une école "
                         "de la localité de Horqin."))
    assert towns(doc) == [("Horqin", "CHN")]


def test_demonym_gives_the_country(stage, make_doc) -> None:
    doc = stage(make_doc("Le Premier ministre s'est rendu à Rome. Des obus sont tombés sur la localité "
                         "israélienne de Kfar Aza."))
    assert towns(doc) == [("Kfar Aza", "ISR")]


def test_unit_after_the_town_gives_the_country(stage, make_doc) -> None:
    doc = stage(make_doc("L'incendie a détruit trois maisons dans le village de Montirat (Tarn)."))
    assert towns(doc) == [("Montirat", "FRA")]


def test_person_after_ville_de_is_no_town(stage, make_doc) -> None:
    doc = stage(make_doc("Le candidat a visité la ville d'Alain Juppé avant de rentrer à Lyon."))
    assert towns(doc) == []
    assert ("Lyon", "FRA") in [(p.name, p.country) for p in doc.places]


def test_known_town_is_not_duplicated(stage, make_doc) -> None:
    doc = stage(make_doc("Des heurts ont éclaté dans la ville de Tataouine, dans le sud de la Tunisie."))
    assert towns(doc) == []
    assert ("Tataouine", "TUN") in [(p.name, p.country) for p in doc.places]


def test_an_area_the_gazetteer_lacks(stage, make_doc) -> None:
    doc = stage(make_doc("Des écoles ont été fermées au Kazakhstan, selon un habitant du district de Zhambylaq."))
    assert towns(doc) == [("Zhambylaq", "KAZ")]


def test_a_sector_of_an_industry_is_no_place(stage, make_doc) -> None:
    doc = stage(make_doc("Les salariés du secteur de l'énergie ont manifesté à Lyon."))
    assert towns(doc) == []
