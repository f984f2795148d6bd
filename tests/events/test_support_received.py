"""Events stage: support received from someone, with the "de X" the parser hangs on a participle."""

from __future__ import annotations

from eventcoding import asserted, coded


def test_military_support_received_is_military_aid_from_the_giver(make_doc) -> None:
    doc = coded(make_doc("Le GNA a reçu un soutien militaire accru de la Turquie."), {"GNA": "LBY", "Turquie": "TUR"})
    assert ("AID", ("TUR",), ("LBY",)) in asserted(doc)


def test_support_one_benefits_from_is_the_giver_s(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement libyen bénéficie du soutien de la Turquie."),
                {"gouvernement libyen": "LBY", "Turquie": "TUR"})
    assert ("SUPPORT", ("TUR",), ("LBY",)) in asserted(doc)
