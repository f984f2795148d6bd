"""Events stage, through the whole pipeline: an attack or a blow by an animal or a misfortune ("attaquée par
un lion", "frappée par la tragédie") is no act of any actor; one by armed men is. An international
organisation or a government that "se mobilise" is at work, not protesting."""

from __future__ import annotations

PARK = "Deux touristes kényanes ont été attaquées dans un parc de Nairobi. L'une d'entre elles a quitté son véhicule " \
       "et a été immédiatement attaquée et blessée par {}."


def test_attacked_by_an_animal_is_no_assault(asserted_types) -> None:
    assert "ASSAULT" not in asserted_types(PARK.format("un lion"))


def test_attacked_by_armed_men_stays_an_assault(asserted_types) -> None:
    assert "ASSAULT" in asserted_types(PARK.format("des hommes armés"))


def test_struck_by_a_misfortune_is_no_assault(asserted_types) -> None:
    text = "Le président kényan a parlé de sa famille. Sa vie a été frappée plusieurs fois par la tragédie."
    assert "ASSAULT" not in asserted_types(text)


def test_an_organisation_at_work_is_not_protesting(asserted_types) -> None:
    assert "PROTEST" not in asserted_types("Au Yémen, l'Unesco se mobilise sur le terrain pour restaurer les maisons.")
    assert "PROTEST" in asserted_types("Au Yémen, les enseignants se mobilisent contre la réforme.")
