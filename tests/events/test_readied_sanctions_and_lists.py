"""Events stage: sanctions readied (a threat), a warning in a gerund after a call, subjects listed with commas
that the parser split, and the actors of a phrase in text order."""

from __future__ import annotations

from eventcoding import asserted, coded, types


def test_sanctions_readied_are_a_threat(make_doc) -> None:
    doc = coded(make_doc("L'Union européenne prépare des sanctions contre la Biélorussie."),
                {"Union européenne": "EU", "Biélorussie": "BLR"})
    assert ("THREATEN", ("EU",), ("BLR",)) in asserted(doc)
    assert "SANCTION" not in types(doc)


def test_sanctions_not_considered_are_no_threat(make_doc) -> None:
    doc = coded(make_doc("L'Union européenne n'envisage pas de sanctions contre la Biélorussie."),
                {"Union européenne": "EU", "Biélorussie": "BLR"})
    assert not asserted(doc)


def test_attacks_prepared_are_a_plot_not_a_threat(make_doc) -> None:
    doc = coded(make_doc("Selon les enquêteurs, les membres de l'Etat islamique préparaient des attaques "
                         "contre la France."), {"Etat islamique": "ISM", "France": "FRA"})
    assert "THREATEN" not in types(doc)


def test_a_warning_given_while_calling_for_calm_is_made(make_doc) -> None:
    doc = coded(make_doc("Le Premier ministre grec a appelé la Turquie au calme, tout en prévenant qu'aucune "
                         "provocation ne resterait sans réponse."),
                {"grec": "GRC", "Turquie": "TUR"})
    assert ("THREATEN", ("GRC",), ("TUR",)) in asserted(doc)


def test_an_act_a_call_is_for_stays_hypothetical(make_doc) -> None:
    doc = coded(make_doc("Le Premier ministre grec a appelé la Turquie à retirer ses navires."),
                {"grec": "GRC", "Turquie": "TUR"})
    assert "RETREAT" not in {t for t, _, _ in asserted(doc)}


def test_three_subjects_listed_with_commas_all_act(make_doc) -> None:
    doc = coded(make_doc("L'Egypte, les Emirats arabes unis et la Russie appuient le maréchal Haftar."),
                {"Egypte": "EGY", "Emirats arabes unis": "ARE", "Russie": "RUS", "Haftar": "LBY"},
                persons=("Haftar",))
    found = [e for e in doc.events if e.type == "SUPPORT"]
    assert found and set(found[0].source) == {"EGY", "ARE", "RUS"}


def test_actors_of_a_phrase_are_listed_in_text_order(make_doc) -> None:
    doc = coded(make_doc("À Copenhague, les grands pays émetteurs, comme les États-Unis, la Chine et le Canada, "
                         "se sont engagés dans des plans de réduction."),
                {"États-Unis": "USA", "Chine": "CHN", "Canada": "CAN"}, places={"Copenhague": "DNK"})
    found = [e for e in doc.events if e.type == "AGREE"]
    assert found and found[0].source == ("USA", "CHN", "CAN")
