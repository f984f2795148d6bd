"""Events stage: what a stated opposition or demand is about, when the parser hangs it on the support verb
("affiche son opposition au déploiement de l'armée"), is no act told; an approval's is ("a donné son accord à
des sanctions")."""

from __future__ import annotations

from eventcoding import coded, types


def test_a_deployment_opposed_is_not_told(make_doc) -> None:
    doc = coded(make_doc("Le ministre chilien a affiché son opposition au déploiement de l'armée."),
                {"ministre chilien": "CHL"})
    assert "MOBILIZE" not in types(doc)


def test_sanctions_approved_are_told(make_doc) -> None:
    doc = coded(make_doc("L'Union européenne a donné son accord à des sanctions contre des responsables bélarusses."),
                {"Union européenne": "EU", "responsables bélarusses": "BLR"})
    assert "SANCTION" in types(doc)
