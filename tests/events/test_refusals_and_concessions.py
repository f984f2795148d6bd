"""Events stage: refusals, concessions, deadlines and the parties a statement is addressed to."""

from __future__ import annotations

import pytest
from eventcoding import asserted, coded, typed


@pytest.mark.parametrize("text, actors, expected", [
    ("Téhéran ne se soumettra pas aux exigences de Washington.",
     {"Téhéran": "IRN", "Washington": "USA"}, ("REJECT", ("IRN",), ("USA",))),
    ("Le Japon a décidé d'ignorer l'ultimatum de Pékin.",
     {"Japon": "JPN", "Pékin": "CHN"}, ("REJECT", ("JPN",), ("CHN",))),
    ("La Norvège n'a pas donné suite à la demande de la France.",
     {"Norvège": "NOR", "France": "FRA"}, ("REJECT", ("NOR",), ("FRA",))),
    ("Le Hamas n'a pas accepté la proposition égyptienne.",
     {"Hamas": "PSE", "égyptienne": "EGY"}, ("REJECT", ("PSE",), ("EGY",))),
    ("Belgrade n'a jamais reconnu l'indépendance du Kosovo.",
     {"Belgrade": "SRB", "Kosovo": "XKX"}, ("REJECT", ("SRB",), ("XKX",))),
    ("La Russie a renoncé à ses revendications sur l'île japonaise.",
     {"Russie": "RUS", "japonaise": "JPN"}, ("CONCEDE", ("RUS",), ("JPN",))),
    ("La Cédéao a donné au Mali jusqu'à mardi pour désigner un président civil.",
     {"Cédéao": "IGO", "Mali": "MLI"}, ("REQUEST", ("IGO",), ("MLI",))),
    ("Le président français a taclé le gouvernement américain.",
     {"français": "FRA", "américain": "USA"}, ("ACCUSE", ("FRA",), ("USA",))),
    ("La Chine a étrillé la politique japonaise en mer de Chine.",
     {"Chine": "CHN", "japonaise": "JPN"}, ("ACCUSE", ("CHN",), ("JPN",))),
])
def test_refusal_and_concession_constructions(make_doc, text, actors, expected) -> None:
    assert expected in asserted(coded(make_doc(text), actors))


def test_submitting_is_no_refusal(make_doc) -> None:
    doc = coded(make_doc("Téhéran se soumettra aux exigences de Washington."), {"Téhéran": "IRN", "Washington": "USA"})
    assert typed(doc, "REJECT") == []


def test_no_answer_to_the_press_is_no_refusal(make_doc) -> None:
    doc = coded(make_doc("Contacté par la presse, le gouvernement norvégien n'a pas donné suite."),
                {"norvégien": "NOR"})
    assert typed(doc, "REJECT") == []


def test_given_up_act_is_not_done(make_doc) -> None:
    doc = coded(make_doc("L'Espagne a renoncé à expulser les diplomates russes."), {"Espagne": "ESP", "russes": "RUS"})
    assert ("CONCEDE", ("ESP",), ("RUS",)) in asserted(doc)
    assert all(status != "asserted" for _, _, status in typed(doc, "SANCTION"))


def test_own_deadline_is_no_demand(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement grec s'est donné jusqu'à lundi pour répondre à la Turquie."),
                {"grec": "GRC", "Turquie": "TUR"})
    assert typed(doc, "REQUEST") == []


def test_gift_is_no_deadline(make_doc) -> None:
    doc = coded(make_doc("La France a donné dix millions d'euros au Liban pour reconstruire le port."),
                {"France": "FRA", "Liban": "LBN"})
    assert typed(doc, "REQUEST") == []


def test_verdict_is_no_refusal(make_doc) -> None:
    doc = coded(make_doc("Un jury américain n'a pas reconnu coupable le policier."), {"américain": "USA"})
    assert typed(doc, "REJECT") == []


def test_participles_in_a_series_share_the_subject(make_doc) -> None:
    doc = coded(make_doc("La Chine a envoyé des masques au Brésil, promis une aide à l'Italie et proposé un vaccin."),
                {"Chine": "CHN", "Brésil": "BRA", "Italie": "ITA"})
    assert ("AGREE", ("CHN",), ("ITA",)) in asserted(doc)


def test_participle_after_pour_sa_part(make_doc) -> None:
    doc = coded(make_doc("L'UE a pour sa part rejeté les résultats de l'élection."), {"UE": "EU"})
    assert [s for s, _, status in typed(doc, "REJECT") if status == "asserted"] == [("EU",)]


@pytest.mark.parametrize("noun", ["belligérants", "voisins"])
def test_the_two_parties_addressed_are_not_the_speaker(make_doc, noun) -> None:
    text = f"L'Arménie et l'Azerbaïdjan se combattent. Washington a exhorté les deux {noun} à cesser le feu."
    doc = coded(make_doc(text), {"Arménie": "ARM", "Azerbaïdjan": "AZE", "Washington": "USA"})
    requests = [(s, set(t)) for s, t, status in typed(doc, "REQUEST") if status == "asserted"]
    assert requests == [(("USA",), {"ARM", "AZE"})]


def test_responsibility_put_on_another_is_blame(make_doc) -> None:
    doc = coded(make_doc("Le ministre turc a rejeté la responsabilité des tensions sur la Grèce."),
                {"turc": "TUR", "Grèce": "GRC"})
    assert asserted(doc) == [("ACCUSE", ("TUR",), ("GRC",))]


def test_responsibility_rejected_is_a_denial(make_doc) -> None:
    doc = coded(make_doc("Moscou rejette toute responsabilité dans l'attaque contre l'Ukraine."),
                {"Moscou": "RUS", "Ukraine": "UKR"})
    assert typed(doc, "ACCUSE") == []


def test_backing_down_is_a_concession(make_doc) -> None:
    doc = coded(make_doc("Face aux critiques de Bruxelles, la Pologne a fait machine arrière."),
                {"Bruxelles": "EU", "Pologne": "POL"})
    assert [t for t, _, _ in asserted(doc)] == ["CONCEDE"]


def test_talks_ruled_out_are_a_refusal(make_doc) -> None:
    doc = coded(make_doc("Moscou a écarté toute concession à l'Ukraine."), {"Moscou": "RUS", "Ukraine": "UKR"})
    assert asserted(doc) == [("REJECT", ("RUS",), ("UKR",))]


def test_excluded_hypothesis_is_no_refusal(make_doc) -> None:
    doc = coded(make_doc("L'enquête française a exclu toute intervention humaine."), {"française": "FRA"})
    assert typed(doc, "REJECT") == []


def test_unnamed_pair_addressed_is_not_the_speaker(make_doc) -> None:
    doc = coded(make_doc("Le ministre américain a exhorté les deux pays à négocier."), {"américain": "USA"})
    assert [(s, t) for s, t, status in typed(doc, "REQUEST") if status == "asserted"] == [(("USA",), ())]
