"""Events stage: police patrols stepped up, protests put down."""

from __future__ import annotations

from eventcoding import asserted, coded, statuses, typed, types


def test_patrols_stepped_up_are_a_police_mobilization(make_doc) -> None:
    doc = coded(make_doc("La police turque a renforcé ses patrouilles dans le centre d'Ankara."),
                {"turque": "TUR"}, places={"Ankara": "TUR"})
    assert [(s, st) for s, _, st in typed(doc, "MOBILIZE")] == [(("TUR",), "asserted")]
    plain = coded(make_doc("La police turque a renforcé ses contrôles dans le centre d'Ankara."),
                  {"turque": "TUR"}, places={"Ankara": "TUR"})
    assert "MOBILIZE" not in types(plain)


def test_patrols_to_be_stepped_up_are_not_yet_done(make_doc) -> None:
    doc = coded(make_doc("La police néo-zélandaise intensifiera ses patrouilles autour du tribunal."),
                {"néo-zélandaise": "NZL"})
    assert statuses(doc, "MOBILIZE") == ["hypothetical"]


def test_patrols_deployed_move_forces(make_doc) -> None:
    doc = coded(make_doc("La gendarmerie française a déployé plusieurs patrouilles dans les villages."),
                {"française": "FRA"})
    assert "MOBILIZE" in types(doc)


def test_protest_put_down_is_coercion(make_doc) -> None:
    doc = coded(make_doc("L'armée birmane a violemment réprimé les manifestations à Rangoun."),
                {"birmane": "MMR"}, places={"Rangoun": "MMR"})
    assert ("COERCE", ("MMR",), ("MMR",)) in asserted(doc)


def test_protest_put_down_in_the_passive_is_the_state_s(make_doc) -> None:
    doc = coded(make_doc("Les manifestations ont été réprimées samedi à Minsk."),
                {}, timexes={"samedi": "2022-01-08"}, places={"Minsk": "BLR"})
    assert [(s, st) for s, _, st in typed(doc, "COERCE")] == [(("BLR",), "asserted")]


def test_repressing_a_feeling_or_a_crime_is_no_event(make_doc) -> None:
    sobs = coded(make_doc("Le ministre russe a réprimé ses sanglots devant les journalistes."), {"russe": "RUS"})
    assert "COERCE" not in types(sobs)
    law = coded(make_doc("La loi chinoise entend réprimer le séparatisme et la subversion."), {"chinoise": "CHN"})
    assert "COERCE" not in types(law)


def test_meeting_with_representatives_no_code_covers_is_domestic(make_doc) -> None:
    doc = coded(make_doc("Le ministre français a reçu mardi les représentants des syndicats de cheminots."),
                {"français": "FRA"}, timexes={"mardi": "2022-01-11"})
    assert ("CONSULT", ("FRA",), ("FRA",)) in asserted(doc)
    elected = coded(make_doc("Le ministre français a rencontré des élus locaux à Bayonne."),
                    {"français": "FRA"}, places={"Bayonne": "FRA"})
    assert ("CONSULT", ("FRA",), ("FRA",)) in asserted(elected)
    things = coded(make_doc("Le ministre français a reçu des dons de la population."), {"français": "FRA"})
    assert "CONSULT" not in types(things)


def test_troops_sent_against_a_disaster_bring_relief(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement brésilien a déployé l'armée en mai pour combattre les incendies en Amazonie."),
                {"brésilien": "BRA"})
    assert "AID" in types(doc) and "MOBILIZE" not in types(doc)
    border = coded(make_doc("Le gouvernement brésilien a déployé l'armée en mai pour surveiller la frontière."),
                   {"brésilien": "BRA"})
    assert "MOBILIZE" in types(border) and "AID" not in types(border)


def test_protest_broken_up_is_coercion_a_parliament_dissolved_is_not(make_doc) -> None:
    doc = coded(make_doc("La police allemande a dissous la manifestation samedi à Berlin."),
                {"allemande": "DEU"}, timexes={"samedi": "2022-01-08"}, places={"Berlin": "DEU"})
    assert ("COERCE", ("DEU",), ("DEU",)) in asserted(doc)
    house = coded(make_doc("Le président tunisien a dissous le Parlement samedi."), {"tunisien": "TUN"},
                  timexes={"samedi": "2022-01-08"})
    assert "COERCE" not in types(house)


def test_act_described_on_a_noun_then_reported_and_dated_is_one_event(make_doc) -> None:
    text = ("Séoul cherche le corps d'un pêcheur sud-coréen abattu en mer par des soldats nord-coréens. "
            "Le pêcheur sud-coréen a été abattu mardi par des soldats nord-coréens.")
    doc = coded(make_doc(text), {"Séoul": "KOR", "sud-coréen": "KOR", "nord-coréens": "PRK"},
                timexes={"mardi": "2022-01-11"})
    assert [(s, t) for s, t, st in typed(doc, "ASSAULT") if st == "asserted"] == [(("PRK",), ("KOR",))]
    assert [e.date for e in doc.events if e.type == "ASSAULT"] == ["2022-01-11"]


def test_relations_kept_up_are_no_meeting(make_doc) -> None:
    doc = coded(make_doc("Le Vatican continue d'entretenir des relations diplomatiques avec Taïwan."),
                {"Vatican": "VAT", "Taïwan": "TWN"})
    assert "CONSULT" not in types(doc)
    met = coded(make_doc("Le Premier ministre japonais s'est entretenu lundi avec le président américain."),
                {"japonais": "JPN", "américain": "USA"}, timexes={"lundi": "2022-01-10"})
    assert [(s, t) for s, t, st in typed(met, "CONSULT")] == [(("JPN",), ("USA",))]


def test_ban_on_tear_gas_is_no_use_of_force(make_doc) -> None:
    doc = coded(make_doc("Le chef de la police de Seattle a annoncé l'interdiction du recours au gaz lacrymogène "
                         "pour trente jours."), {"police de Seattle": "USA"})
    assert "ASSAULT" not in types(doc)
    used = coded(make_doc("La police de Seattle a dispersé les manifestants à coups de gaz lacrymogène."),
                 {"police de Seattle": "USA"})
    assert "ASSAULT" in types(used)
