"""A crime claimed in a reported clause is an accusation with no one named; a promise or a vow of harm
is a threat; "poursuivre" prosecutes only people."""

from __future__ import annotations

from eventcoding import coded, typed


def test_claim_that_a_crime_happened_is_an_accusation(make_doc) -> None:
    doc = coded(make_doc("Les proches de l'opposant biélorusse assurent qu'il s'agit d'un empoisonnement."),
                {"opposant biélorusse": "BLR"})
    assert [(s, st) for s, _, st in typed(doc, "ACCUSE")] == [(("BLR",), "asserted")]


def test_claim_of_victimhood_is_dated_from_its_start(make_doc) -> None:
    doc = coded(make_doc("Les proches du journaliste turc affirment depuis lundi qu'il a été victime d'une "
                         "tentative d'assassinat.", "2022-01-12"),
                {"journaliste turc": "TUR"}, timexes={"lundi": "2022-01-10"})
    found = [e for e in doc.events if e.type == "ACCUSE"]
    assert [(e.source, e.status, e.date) for e in found] == [(("TUR",), "asserted", "2022-01-10")]


def test_denied_crime_is_no_accusation(make_doc) -> None:
    doc = coded(make_doc("Le maire de Lyon assure qu'il ne s'agit pas d'un attentat."), {"maire de Lyon": "FRA"})
    assert typed(doc, "ACCUSE") == []


def test_claim_of_an_illness_is_no_accusation(make_doc) -> None:
    doc = coded(make_doc("Les médecins russes affirment qu'il a été victime d'un malaise."),
                {"médecins russes": "RUS"})
    assert typed(doc, "ACCUSE") == []


def test_known_crime_taken_up_is_no_new_accusation(make_doc) -> None:
    doc = coded(make_doc("Le ministre espagnol a dit qu'il s'agissait de l'attentat de 2004."),
                {"ministre espagnol": "ESP"})
    assert typed(doc, "ACCUSE") == []


def test_promise_to_ruin_a_rival_is_a_threat(make_doc) -> None:
    doc = coded(make_doc("Un oligarque russe a promis mercredi de ruiner l'opposant Ivan Petrov."),
                {"oligarque russe": "RUS", "Ivan Petrov": "RUS"}, persons=("Ivan Petrov",))
    assert typed(doc, "THREATEN") == [(("RUS",), ("RUS",), "asserted")]
    assert typed(doc, "AGREE") == []


def test_promise_with_the_infinitive_after_the_day_is_a_threat(make_doc) -> None:
    doc = coded(make_doc('Le ministre iranien a promis mercredi de "détruire" Israël.'),
                {"ministre iranien": "IRN", "Israël": "ISR"}, timexes={"mercredi": "2022-01-12"})
    assert typed(doc, "THREATEN") == [(("IRN",), ("ISR",), "asserted")]


def test_vow_to_crush_rebels_is_a_threat(make_doc) -> None:
    doc = coded(make_doc("Le chef de la junte malienne a juré d'écraser les rebelles touaregs."),
                {"junte malienne": "MLI", "rebelles touaregs": "MLI"})
    assert [(s, st) for s, _, st in typed(doc, "THREATEN")] == [(("MLI",), "asserted")]


def test_vow_to_go_on_is_no_event(make_doc) -> None:
    doc = coded(make_doc("Le chef de la junte malienne a juré de poursuivre la lutte contre la corruption."),
                {"junte malienne": "MLI"})
    assert [e.type for e in doc.events if e.status == "asserted"] == []


def test_sworn_enemy_is_no_vow(make_doc) -> None:
    doc = coded(make_doc("L'Iran, ennemi juré des Etats-Unis, a réagi lundi."), {"Iran": "IRN", "Etats-Unis": "USA"})
    assert typed(doc, "AGREE") == []


def test_going_on_with_reforms_is_no_prosecution(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement grec a promis de poursuivre les réformes."), {"gouvernement grec": "GRC"})
    assert typed(doc, "ACCUSE") == []


def test_prosecuting_people_is_an_accusation(make_doc) -> None:
    doc = coded(make_doc("La Cour pénale internationale veut poursuivre des militaires américains."),
                {"Cour pénale internationale": "ICC", "militaires américains": "USA"})
    assert [(s, t) for s, t, _ in typed(doc, "ACCUSE")] == [(("ICC",), ("USA",))]


def test_possessive_takes_up_a_name_in_apposition(make_doc) -> None:
    # the parser hangs the name on the relative clause's verb
    text = ("Le porte-parole allemand a réagi lundi. Principal opposant au régime, dont les articles critiquant le "
            "pouvoir sont abondamment lus en ligne, Ivan Petrov, 51 ans, a été hospitalisé mardi à Tomsk. Ses "
            "proches assurent qu'il s'agit d'un empoisonnement.")
    doc = coded(make_doc(text), {"porte-parole allemand": "DEU", "Kremlin": "RUS", "Ivan Petrov": "RUS"},
                persons=("Ivan Petrov",))
    assert [s for s, _, _ in typed(doc, "ACCUSE")] == [("RUS",)]


def test_threatened_attack_hung_on_the_day_is_not_done(make_doc) -> None:
    # the parser hangs the infinitive on the day: the attack is still only threatened
    doc = coded(make_doc('L\'Iran a menacé mercredi de "frapper" Israël.'), {"Iran": "IRN", "Israël": "ISR"},
                timexes={"mercredi": "2022-01-12"})
    assert typed(doc, "THREATEN") == [(("IRN",), ("ISR",), "asserted")]
    assert [st for _, _, st in typed(doc, "ASSAULT")] == ["hypothetical"]
