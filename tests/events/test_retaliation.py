"""Events stage: a threat of retaliation is aimed at the author of the act it answers."""

from __future__ import annotations

from eventcoding import asserted, coded


def test_a_promise_of_revenge_threatens_the_attacker(make_doc) -> None:
    text = "Le général iranien a été tué vendredi dans un raid américain à Bagdad. L'Iran a promis de le venger."
    doc = coded(make_doc(text), {"iranien": "IRN", "américain": "USA", "Iran": "IRN"},
                timexes={"vendredi": "2022-01-07"}, places={"Bagdad": "IRQ"})
    assert ("THREATEN", ("IRN",), ("USA",)) in asserted(doc)


def test_a_threat_to_retaliate_threatens_the_attacker(make_doc) -> None:
    text = "Les Etats-Unis ont frappé vendredi des positions iraniennes. Téhéran a menacé de riposter."
    doc = coded(make_doc(text), {"Etats-Unis": "USA", "iraniennes": "IRN", "Téhéran": "IRN"},
                timexes={"vendredi": "2022-01-07"})
    assert ("THREATEN", ("IRN",), ("USA",)) in asserted(doc)


def test_no_attack_told_invents_no_foreign_target(make_doc) -> None:
    doc = coded(make_doc("Téhéran a menacé mardi de riposter."), {"Téhéran": "IRN"}, timexes={"mardi": "2022-01-11"})
    assert all(set(target) <= {"IRN"} for etype, _, target in asserted(doc))


def test_one_s_own_attack_is_not_what_one_avenges(make_doc) -> None:
    text = "L'Iran a frappé vendredi une base en Irak. Téhéran a promis des représailles."
    doc = coded(make_doc(text), {"Iran": "IRN", "Irak": "IRQ", "Téhéran": "IRN"}, timexes={"vendredi": "2022-01-07"})
    assert not [e for e in doc.events if e.type == "THREATEN" and e.status == "asserted"]


def test_a_killing_told_by_a_detached_participle_names_its_author_on_the_attack(make_doc) -> None:
    text = ("La mort du général iranien, tué dans un raid américain à Bagdad, a suscité des appels à la vengeance. "
            "L'Iran a promis de le venger.")
    doc = coded(make_doc(text), {"iranien": "IRN", "américain": "USA", "Iran": "IRN"}, places={"Bagdad": "IRQ"})
    assert ("ASSAULT", ("USA",), ("IRN",)) in asserted(doc)
    assert ("THREATEN", ("IRN",), ("USA",)) in asserted(doc)


def test_a_participle_on_a_dated_attack_is_background(make_doc) -> None:
    doc = coded(make_doc("Le général iranien, tué dans un raid américain de 2019, a été honoré."),
                {"iranien": "IRN", "américain": "USA"})
    assert "ASSAULT" not in {t for t, _, _ in asserted(doc)}
