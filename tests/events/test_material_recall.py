"""Events stage: material acts the parse hides (a day parsed as the object, a relative, a pledge)."""

from __future__ import annotations

from eventcoding import asserted, coded, statuses, typed, types


def test_nominal_act_after_a_day_parsed_as_its_object(make_doc) -> None:
    doc = coded(make_doc("La Corée du Nord a réalisé dimanche un nouvel essai nucléaire."),
                {"Corée du Nord": "PRK"}, timexes={"dimanche": "2022-01-09"})
    assert [(s, st) for s, _, st in typed(doc, "MOBILIZE")] == [(("PRK",), "asserted")]
    other = coded(make_doc("La Corée du Nord a commenté dimanche un essai nucléaire."),
                  {"Corée du Nord": "PRK"}, timexes={"dimanche": "2022-01-09"})
    assert "MOBILIZE" not in types(other)


def test_agentless_arrest_of_a_national_in_an_unplaced_text(make_doc) -> None:
    name = "opposant bélarusse Viktor Babaryko"
    doc = coded(make_doc(f"L'{name} a été arrêté jeudi."), {name: "BLR"}, persons=(name,))
    assert ("COERCE", ("BLR",), ("BLR",)) in asserted(doc)


def test_agentless_arrest_is_not_guessed_when_another_state_is_named(make_doc) -> None:
    name = "journaliste américain John Smith"
    doc = coded(make_doc(f"Le {name} a été arrêté jeudi, a annoncé Moscou."), {name: "USA", "Moscou": "RUS"},
                persons=(name,))
    assert ("COERCE", ("USA",), ("USA",)) not in asserted(doc)
    by = coded(make_doc(f"Le {name} a été interpellé jeudi par un passant."), {name: "USA"}, persons=(name,))
    assert "COERCE" not in types(by)


def test_withdrawal_pledged_is_not_done(make_doc) -> None:
    doc = coded(make_doc("Les Etats-Unis se sont engagés à un retrait total des troupes d'Afghanistan."),
                {"Etats-Unis": "USA", "Afghanistan": "AFG"}, places={"Afghanistan": "AFG"})
    assert statuses(doc, "RETREAT") == ["hypothetical"]
    done = coded(make_doc("Les Etats-Unis ont engagé le retrait de leurs troupes d'Afghanistan."),
                 {"Etats-Unis": "USA", "Afghanistan": "AFG"}, places={"Afghanistan": "AFG"})
    assert statuses(done, "RETREAT") == ["asserted"]


def test_act_whose_possibility_is_raised_is_hypothetical(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement américain a évoqué la possibilité de réaliser un essai nucléaire."),
                {"américain": "USA"})
    assert statuses(doc, "MOBILIZE") == ["hypothetical"]


def test_show_of_force_faces_the_parties_of_an_exercise(make_doc) -> None:
    doc = coded(make_doc("La Corée du Nord a tiré deux missiles dans la mer, face à des exercices militaires "
                         "prévus entre Séoul et Washington."),
                {"Corée du Nord": "PRK", "Washington": "USA"})
    assert ("MOBILIZE", ("PRK",), ("USA",)) in asserted(doc)
    alone = coded(make_doc("La Corée du Nord a tiré deux missiles dans la mer."), {"Corée du Nord": "PRK"})
    assert ("MOBILIZE", ("PRK",), ()) in asserted(alone)


def test_missiles_fired_facing_an_exercise_are_no_attack_on_its_parties(make_doc) -> None:
    doc = coded(make_doc("La Corée du Nord a tiré deux missiles dans la mer, face à des exercices militaires "
                         "prévus entre Séoul et Washington."),
                {"Corée du Nord": "PRK", "Séoul": "KOR", "Washington": "USA"})
    assert asserted(doc) == [("MOBILIZE", ("PRK",), ("KOR", "USA"))]
    hit = coded(make_doc("La Corée du Nord a tiré deux missiles sur Séoul."), {"Corée du Nord": "PRK", "Séoul": "KOR"})
    assert ("ASSAULT", ("PRK",), ("KOR",)) in asserted(hit)



def test_people_hit_by_a_device_is_no_show_of_force(make_doc) -> None:
    doc = coded(make_doc("Deux soldats ont été tués et un grièvement blessé samedi par un engin explosif au Mali."),
                {"soldats": "MLI"}, places={"Mali": "MLI"})
    assert "MOBILIZE" not in types(doc)
    struck = coded(make_doc("Un missile tiré par les rebelles houthis a blessé trois soldats saoudiens."),
                   {"houthis": "YEM", "saoudiens": "SAU"})
    assert "MOBILIZE" not in types(struck)

def test_truce_taken_up_by_a_relative_is_no_coercion(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement afghan a libéré des prisonniers pour prolonger le cessez-le-feu de trois "
                         "jours qu'il a décrété à Kaboul."), {"afghan": "AFG"}, places={"Kaboul": "AFG"})
    assert "COERCE" not in types(doc)
    curfew = coded(make_doc("Le gouvernement afghan a décrété un couvre-feu à Kaboul."), {"afghan": "AFG"},
                   places={"Kaboul": "AFG"})
    assert "COERCE" in types(curfew)
