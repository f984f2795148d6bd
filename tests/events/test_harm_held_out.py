"""Events stage: readiness or a promise to strike, sanction or repress is a threat, not an offer."""

from __future__ import annotations

from eventcoding import asserted, coded, types


def test_readiness_to_strike_threatens(make_doc) -> None:
    doc = coded(make_doc("Donald Trump s'est dit prêt à frapper 52 sites iraniens."),
                {"Donald Trump": "USA", "iraniens": "IRN"}, persons=("Donald Trump",))
    assert ("THREATEN", ("USA",), ("IRN",)) in asserted(doc)
    assert "AGREE" not in types(doc)


def test_a_promise_to_impose_sanctions_threatens(make_doc) -> None:
    doc = coded(make_doc("La Turquie a promis d'imposer des sanctions à la Grèce."), {"Turquie": "TUR", "Grèce": "GRC"})
    assert ("THREATEN", ("TUR",), ("GRC",)) in asserted(doc)
    assert "AGREE" not in types(doc)


def test_readiness_to_talk_is_still_an_offer(make_doc) -> None:
    doc = coded(make_doc("La Russie se dit prête à négocier avec l'Ukraine."), {"Russie": "RUS", "Ukraine": "UKR"})
    assert ("AGREE", ("RUS",), ("UKR",)) in asserted(doc)
    assert "THREATEN" not in types(doc)


def test_a_promise_to_lift_sanctions_is_no_threat(make_doc) -> None:
    doc = coded(make_doc("L'UE a promis de lever les sanctions contre Cuba."), {"UE": "EU", "Cuba": "CUB"})
    assert "THREATEN" not in types(doc)


def test_a_general_assembly_organised_is_no_emergency_rule(make_doc) -> None:
    doc = coded(make_doc("Le président du parti a proposé d'organiser des états généraux en France."),
                {"France": "FRA"})
    assert "THREATEN" not in types(doc)
