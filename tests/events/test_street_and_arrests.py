"""Events stage: arrests and raids with no one named, crowds in the streets, blockades tightened."""

from __future__ import annotations

from eventcoding import asserted, coded, types


def test_arrests_that_took_place_are_the_local_state_s(make_doc) -> None:
    doc = coded(make_doc("Plusieurs arrestations ont eu lieu mardi soir à Gomel."), {}, places={"Gomel": "BLR"})
    assert ("COERCE", ("BLR",), ("BLR",)) in asserted(doc)


def test_raids_an_inquiry_gave_rise_to_are_the_local_state_s(make_doc) -> None:
    doc = coded(make_doc("Cette enquête a donné lieu à douze perquisitions jeudi à Anvers."), {},
                places={"Anvers": "BEL"})
    assert ("COERCE", ("BEL",), ("BEL",)) in asserted(doc)


def test_no_arrest_taking_place_is_negated(make_doc) -> None:
    doc = coded(make_doc("Aucune interpellation n'a eu lieu samedi à Lyon."), {}, places={"Lyon": "FRA"})
    assert "COERCE" not in types(doc)
    assert any(e.type == "COERCE" and e.status == "negated" for e in doc.events)


def test_arrests_with_no_place_stay_uncoded(make_doc) -> None:
    doc = coded(make_doc("Des arrestations ont eu lieu dans la nuit."), {})
    assert "COERCE" not in types(doc)


def test_a_round_number_of_arrests_is_still_arrests(make_doc) -> None:
    doc = coded(make_doc("Une soixantaine d'interpellations ont eu lieu dimanche à Nantes."), {},
                places={"Nantes": "FRA"})
    assert ("COERCE", ("FRA",), ("FRA",)) in asserted(doc)


def test_protesters_who_protest_demonstrate(make_doc) -> None:
    doc = coded(make_doc("Le maire a rencontré les manifestants qui protestent contre la fermeture de l'usine à Lille."),
                {}, places={"Lille": "FRA"})
    assert "PROTEST" in types(doc)
    assert "ACCUSE" not in types(doc)


def test_a_minister_who_protests_is_no_street_protest(make_doc) -> None:
    doc = coded(make_doc("Le ministre grec, qui proteste contre la décision turque, a convoqué l'ambassadeur."),
                {"grec": "GRC", "turque": "TUR"})
    assert "PROTEST" not in types(doc)


def test_beating_the_pavement_is_marching(make_doc) -> None:
    doc = coded(make_doc("Des milliers d'enseignants ont battu le pavé mardi à Marseille contre la réforme."), {},
                places={"Marseille": "FRA"})
    assert ("PROTEST", ("FRA",), ("FRA",)) in asserted(doc)
    other = coded(make_doc("L'équipe de Lens a battu Marseille samedi."), {}, places={"Marseille": "FRA"})
    assert "PROTEST" not in types(other)


def test_riots_that_set_a_country_ablaze_are_a_protest(make_doc) -> None:
    doc = coded(make_doc("Des émeutes ont embrasé le Chili après la hausse du prix du métro."), {"Chili": "CHL"})
    assert ("PROTEST", ("CHL",), ("CHL",)) in asserted(doc)


def test_a_crowd_throwing_stones_riots(make_doc) -> None:
    doc = coded(make_doc("Des manifestants ont jeté des pierres sur les policiers à Santiago."), {},
                places={"Santiago": "CHL"})
    assert ("PROTEST", ("CHL",), ("CHL",)) in asserted(doc)
    worker = coded(make_doc("Un ouvrier a jeté des pierres dans la benne à Santiago."), {}, places={"Santiago": "CHL"})
    assert "PROTEST" not in types(worker)


def test_a_tightened_blockade_is_coercion(make_doc) -> None:
    doc = coded(make_doc("Israël a resserré son blocus sur Gaza après des tirs de roquettes."),
                {"Israël": "ISR", "Gaza": "PSE"})
    assert ("COERCE", ("ISR",), ("PSE",)) in asserted(doc)
    other = coded(make_doc("Le parti a resserré les rangs autour de son chef à Paris."), {}, places={"Paris": "FRA"})
    assert "COERCE" not in types(other)


def test_scuffles_that_broke_out_are_a_riot(make_doc) -> None:
    doc = coded(make_doc("De violentes échauffourées ont éclaté dimanche soir à Rennes."), {}, places={"Rennes": "FRA"})
    assert ("PROTEST", ("FRA",), ("FRA",)) in asserted(doc)


def test_a_crowd_that_walks_marches(make_doc) -> None:
    doc = coded(make_doc("Des centaines de manifestants ont marché mardi à Tunis vers le Parlement."), {},
                places={"Tunis": "TUN"})
    assert ("PROTEST", ("TUN",), ("TUN",)) in asserted(doc)
    other = coded(make_doc("La réforme fiscale a bien marché en Tunisie."), {"Tunisie": "TUN"})
    assert "PROTEST" not in types(other)


def test_jailed_and_house_arrest_are_arrests(make_doc) -> None:
    jailed = coded(make_doc("Le maire a été écroué vendredi à Grenoble."), {}, places={"Grenoble": "FRA"})
    assert ("COERCE", ("FRA",), ("FRA",)) in asserted(jailed)
    house = coded(make_doc("Le dissident Li Wei a été assigné à résidence lundi à Pékin."), {}, places={"Pékin": "CHN"})
    assert ("COERCE", ("CHN",), ("CHN",)) in asserted(house)


def test_killed_in_an_attack_is_an_attack_where_it_happens(make_doc) -> None:
    doc = coded(make_doc("Au moins douze civils ont été tués lors d'une attaque mardi à Mopti."), {},
                places={"Mopti": "MLI"})
    assert ("ASSAULT", ("MLI",), ("MLI",)) in asserted(doc)
    accident = coded(make_doc("Deux alpinistes ont été tués dans une avalanche mardi à Zermatt."), {},
                     places={"Zermatt": "CHE"})
    assert "ASSAULT" not in types(accident)


def test_killed_in_an_attack_takes_the_attacker_the_noun_names(make_doc) -> None:
    doc = coded(make_doc("Mardi, un commandant a été tué dans une frappe turque près de Kirkouk."),
                {"turque": "TUR"}, places={"Kirkouk": "IRQ"})
    assert any(e.type == "ASSAULT" and e.source == ("TUR",) for e in doc.events if e.status == "asserted")


def test_a_toll_after_an_attack_is_that_attack(make_doc) -> None:
    doc = coded(make_doc("Des hommes armés ont attaqué samedi un hôtel à Mogadiscio. "
                         "Dix personnes ont été tuées dans un attentat, selon la police."), {},
                timexes={"samedi": "2022-01-08"}, places={"Mogadiscio": "SOM"})
    assert [e.type for e in doc.events if e.status == "asserted"].count("ASSAULT") == 1
