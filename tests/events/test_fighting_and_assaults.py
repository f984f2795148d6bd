"""Events stage: fighting an armed actor, assaults launched, fire exchanged, talks begun, domestic promises."""

from __future__ import annotations

from eventcoding import asserted, coded, typed, types


def test_fighting_a_named_armed_group_is_an_assault(make_doc) -> None:
    doc = coded(make_doc("Les soldats tchadiens ont combattu les jihadistes près du lac."),
                {"tchadiens": "TCD", "jihadistes": "ISM"})
    assert ("ASSAULT", ("TCD",), ("ISM",)) in asserted(doc)


def test_fighting_alongside_allies_is_cooperation_and_an_assault_on_the_enemy(make_doc) -> None:
    doc = coded(make_doc("Les soldats belges combattent les rebelles aux côtés des forces congolaises."),
                {"belges": "BEL", "rebelles": "ISM", "congolaises": "COD"})
    assert ("COOPERATE", ("BEL",), ("COD",)) in asserted(doc)
    assert [(s, t) for s, t, _ in typed(doc, "ASSAULT")] == [(("BEL",), ("ISM",))]


def test_fighting_a_scourge_or_within_a_group_is_no_assault(make_doc) -> None:
    scourge = coded(make_doc("Le gouvernement espagnol combat la corruption et le chômage."), {"espagnol": "ESP"})
    assert "ASSAULT" not in types(scourge)
    ranks = coded(make_doc("Un jeune Belge est parti combattre dans les rangs des jihadistes."),
                  {"Belge": "BEL", "jihadistes": "ISM"})
    assert "ASSAULT" not in types(ranks)
    struggle = coded(make_doc("Le ministre portugais mène le combat contre la pauvreté."), {"portugais": "PRT"})
    assert "ASSAULT" not in types(struggle)


def test_a_vow_to_fight_a_scourge_stays_a_promise(make_doc) -> None:
    doc = coded(make_doc("Le Premier ministre grec a promis de combattre la fraude fiscale."), {"grec": "GRC"})
    assert "AGREE" in types(doc) and "THREATEN" not in types(doc)


def test_an_assault_launched_against_a_target_is_an_assault(make_doc) -> None:
    doc = coded(make_doc("Les rebelles houthis ont lancé un assaut contre les forces saoudiennes."),
                {"houthis": "YEM", "saoudiennes": "SAU"})
    assert ("ASSAULT", ("YEM",), ("SAU",)) in asserted(doc)


def test_unnamed_gunmen_launching_an_assault_take_the_country_where_they_strike(make_doc) -> None:
    doc = coded(make_doc("Des hommes armés ont lancé un assaut contre une caserne de Maiduguri."),
                {}, places={"Maiduguri": "NGA"})
    assert [s for s, _, st in typed(doc, "ASSAULT") if st == "asserted"] == [("NGA",)]


def test_storming_is_an_assault_only_by_armed_men(make_doc) -> None:
    armed = coded(make_doc("Des hommes armés ont pris d'assaut un commissariat de Kandahar."),
                  {}, places={"Kandahar": "AFG"})
    assert "ASSAULT" in types(armed)
    rush = coded(make_doc("Les habitants ont pris d'assaut les pharmacies de Lima."), {}, places={"Lima": "PER"})
    assert "ASSAULT" not in types(rush)


def test_fighting_between_two_armies_is_an_assault(make_doc) -> None:
    doc = coded(make_doc("De violents combats ont opposé l'armée arménienne aux forces azerbaïdjanaises."),
                {"arménienne": "ARM", "azerbaïdjanaises": "AZE"})
    assert any(set(s) | set(t) == {"ARM", "AZE"} for s, t, st in typed(doc, "ASSAULT") if st == "asserted")


def test_fire_exchanged_goes_on_between_the_parties(make_doc) -> None:
    doc = coded(make_doc("Les échanges de tirs entre l'armée indienne et les soldats pakistanais se poursuivent."),
                {"indienne": "IND", "pakistanais": "PAK"})
    assert any(set(s) & {"IND", "PAK"} for s, _, st in typed(doc, "ASSAULT") if st == "asserted")


def test_talks_begun_are_talks_held(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement tunisien a amorcé des pourparlers avec le FMI."),
                {"tunisien": "TUN", "FMI": "IMF"})
    assert ("CONSULT", ("TUN",), ("IMF",)) in asserted(doc)


def test_readiness_to_work_with_a_compatriot_is_a_domestic_promise(make_doc) -> None:
    doc = coded(make_doc("Le président brésilien s'est dit prêt à travailler avec le gouverneur Paulo Costa."),
                {"brésilien": "BRA"})
    assert ("AGREE", ("BRA",), ("BRA",)) in asserted(doc)
    plain = coded(make_doc("Le président brésilien s'est dit prêt à accueillir des enfants."), {"brésilien": "BRA"})
    assert ("AGREE", ("BRA",), ("BRA",)) not in asserted(plain)


def test_fire_taken_up_by_a_demonstrative_is_the_fire_already_told(make_doc) -> None:
    doc = coded(make_doc("Des soldats indiens ont tiré mardi sur une patrouille pakistanaise. Ces échanges de tirs "
                         "interviennent dans un contexte de tension entre New Delhi et Islamabad."),
                {"indiens": "IND", "pakistanaise": "PAK", "New Delhi": "IND", "Islamabad": "PAK"},
                timexes={"mardi": "2022-01-11"})
    assert [(s, t) for s, t, st in typed(doc, "ASSAULT") if st == "asserted"] == [(("IND",), ("PAK",))]
