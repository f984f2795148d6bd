"""Events stage: ultimatums as threats, stances made known ("faire savoir"), demands that are a protest's topic."""

from __future__ import annotations

import pytest
from eventcoding import asserted, coded, typed


@pytest.mark.parametrize("text, actors", [
    ("Le président turc a fixé un ultimatum à la Grèce.", {"turc": "TUR", "Grèce": "GRC"}),
    ("Le gouvernement libyen a donné un ultimatum aux forces russes pour quitter le pays.",
     {"libyen": "LBY", "russes": "RUS"}),
    ("Les syndicats ont posé un ultimatum au gouvernement portugais.", {"syndicats": "PRT", "portugais": "PRT"}),
])
def test_an_ultimatum_is_a_threat(make_doc, text, actors) -> None:
    doc = coded(make_doc(text), actors)
    assert "THREATEN" in {t for t, _, _ in asserted(doc)}
    assert typed(doc, "REQUEST") == []


def test_an_ultimatum_ignored_is_a_refusal_not_a_threat(make_doc) -> None:
    doc = coded(make_doc("Le Japon a ignoré l'ultimatum de la Chine."), {"Japon": "JPN", "Chine": "CHN"})
    assert ("REJECT", ("JPN",), ("CHN",)) in asserted(doc)
    assert typed(doc, "THREATEN") == []


def test_fixing_a_date_is_no_event(make_doc) -> None:
    doc = coded(make_doc("Le ministre a fixé la date de son départ."), {"ministre": "FRA"})
    assert asserted(doc) == []


@pytest.mark.parametrize("text, actors, expected", [
    ("La France a fait savoir son opposition à l'adhésion de la Turquie.",
     {"France": "FRA", "Turquie": "TUR"}, ("REJECT", ("FRA",), ("TUR",))),
    ("La Russie a fait connaître son refus de toute médiation de l'Union européenne.",
     {"Russie": "RUS", "Union européenne": "EU"}, ("REJECT", ("RUS",), ("EU",))),
    ("Berlin a fait savoir son soutien à l'Ukraine.",
     {"Berlin": "DEU", "Ukraine": "UKR"}, ("SUPPORT", ("DEU",), ("UKR",))),
])
def test_a_stance_made_known(make_doc, text, actors, expected) -> None:
    assert expected in asserted(coded(make_doc(text), actors))


def test_a_country_that_knew_protests_made_nothing_known(make_doc) -> None:
    # "connaître" alone is undergoing: the protests are not the country's stance
    doc = coded(make_doc("Le pays a connu des manifestations contre le gouvernement."), {"pays": "FRA"})
    assert typed(doc, "REJECT") == [] and typed(doc, "SUPPORT") == []


def test_demands_of_a_protest_across_a_place_are_its_topic(make_doc) -> None:
    doc = coded(make_doc("Son arrestation a déclenché des manifestations à travers le pays réclamant "
                         "la démission du ministre américain."), {"américain": "USA"})
    assert typed(doc, "REQUEST") == []


def test_demands_of_a_delegation_stay_requests(make_doc) -> None:
    doc = coded(make_doc("Le président français a reçu une délégation de la Turquie réclamant "
                         "la levée des sanctions européennes."),
                {"français": "FRA", "Turquie": "TUR", "européennes": "EU"})
    assert ("REQUEST", ("TUR",), ("EU",)) in asserted(doc)


def test_a_charge_a_person_carries_is_no_accusation(make_doc) -> None:
    doc = coded(make_doc("Des manifestants ont réclamé le départ du Premier ministre israélien, inculpé pour "
                         "corruption et accusé de mauvaise gestion de la crise."), {"israélien": "ISR"})
    assert typed(doc, "ACCUSE") == []


@pytest.mark.parametrize("text, actors, expected", [
    ("Le dirigeant russe, accusé par Berlin d'espionnage, a quitté le pays.",
     {"russe": "RUS", "Berlin": "DEU"}, ("ACCUSE", ("DEU",), ("RUS",))),
    ("Le président russe a accusé l'Ukraine de provocation.",
     {"russe": "RUS", "Ukraine": "UKR"}, ("ACCUSE", ("RUS",), ("UKR",))),
])
def test_accusations_with_an_accuser_stay(make_doc, text, actors, expected) -> None:
    assert expected in asserted(coded(make_doc(text), actors))


def test_a_meeting_fixed_is_planned(make_doc) -> None:
    doc = coded(make_doc("Les présidents russe et américain ont fixé une rencontre à Genève."),
                {"russe": "RUS", "américain": "USA"})
    assert typed(doc, "CONSULT") == []
    assert [status for _, _, status in typed(doc, "AGREE")] == ["asserted"]
