"""Events stage: "y" and "en" are never subjects; a death in a raid whose author is named is that raid; misparsed relatives and willingness."""

from __future__ import annotations

from eventcoding import asserted, coded


def test_the_subject_before_a_clitic_y_deploys(make_doc) -> None:
    doc = coded(make_doc("La France y a déployé temporairement deux chasseurs Rafale et deux navires de guerre."), {"France": "FRA"})
    assert [(etype, source) for etype, source, _ in asserted(doc)] == [("MOBILIZE", ("FRA",))]


def test_a_death_in_a_named_raid_after_other_killings_is_that_raid(make_doc) -> None:
    text = ("Selon Washington, le général iranien a tué des milliers d'Américains. "
            "La mort du général iranien Qassem Soleimani, tué dans un raid américain tôt, vendredi à Bagdad, "
            "a suscité l'inquiétude.")
    doc = coded(make_doc(text), {"Washington": "USA", "iranien": "IRN", "Américains": "USA", "américain": "USA",
                                 "Qassem Soleimani": "IRN"},
                timexes={"vendredi": "2020-01-03"}, places={"Bagdad": "IRQ"}, persons=("Qassem Soleimani",))
    assert ("ASSAULT", ("USA",), ("IRN",)) in asserted(doc)


def test_a_toll_of_an_attack_already_told_is_no_new_attack(make_doc) -> None:
    text = ("Des hommes armés ont attaqué mardi une base de l'armée malienne. "
            "Dix soldats maliens ont été tués dans l'attaque.")
    doc = coded(make_doc(text), {"malienne": "MLI", "maliens": "MLI"}, timexes={"mardi": "2020-01-07"})
    assert len([e for e in doc.events if e.type == "ASSAULT" and e.status == "asserted"]) <= 1


def test_a_relative_clause_parsed_as_a_second_verb_keeps_its_antecedent(make_doc) -> None:
    doc = coded(make_doc("Les déclarations du président russe ont été condamnées par la Pologne qui a appelé Moscou "
                         "à renoncer à ses plans."), {"russe": "RUS", "Pologne": "POL", "Moscou": "RUS"})
    assert ("REQUEST", ("POL",), ("RUS",)) in asserted(doc)


def test_a_state_disposed_to_intervene_offers_to(make_doc) -> None:
    doc = coded(make_doc("La Russie est disposée à intervenir au Bélarus."), {"Russie": "RUS", "Bélarus": "BLR"})
    assert ("AGREE", ("RUS",), ("BLR",)) in asserted(doc)
