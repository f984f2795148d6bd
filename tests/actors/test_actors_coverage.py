"""Coverage of the lexicons and rules for actors often met in French news: national parties,
unions and institutions, office holders of many states, names with particles, appositions."""

from __future__ import annotations

import pytest
from mentionfinding import find

from veille.actors.kb import knowledge_base
from veille.actors.resolve import resolve

DATE = "2020-06-10"


def test_national_unions_parties_and_companies(actors) -> None:
    ms = actors("La CGT et Force ouvrière ont appelé à la grève à la SNCF, et le PS les soutient.")
    for name, sector in (("CGT", "LAB"), ("Force ouvrière", "LAB"), ("SNCF", "BUS"), ("PS", "PTY")):
        m = find(ms, name)
        assert (m.actor.code, m.actor.sector, m.explicit) == ("FRA", sector, True), name


def test_institution_of_a_country_beats_the_main_country(actors) -> None:
    ms = actors("L'activiste suédoise a été reçue par des députés. Les Républicains ont refusé.")
    assert find(ms, "Les Républicains").actor.code == "FRA"


def test_foreign_parties_and_armed_movements(actors) -> None:
    ms = actors("Le GNA accuse l'ANL de bombarder Tripoli, tandis que les FDS et la CDU se taisent.")
    assert find(ms, "GNA").actor.code == "LBY"
    assert find(ms, "ANL").actor.code == "LBY"
    assert find(ms, "FDS").actor.code == "SYR"
    assert find(ms, "CDU").actor.code == "DEU"


def test_acronym_spelt_in_lowercase_and_uppercase(actors) -> None:
    ms = actors("L'Onu a demandé une trêve, et l'ONU a été entendue.")
    assert [m.actor.code for m in ms] == ["UN", "UN"]


def test_particle_written_without_hyphen(actors) -> None:
    ms = actors("Les troupes de Bachar al Assad ont avancé.")
    m = find(ms, "Bachar al Assad")
    assert (m.actor.code, m.actor.name) == ("SYR", "Bachar al-Assad")


def test_person_span_stops_at_a_spaced_dash(actors) -> None:
    ms = actors("Les Etats-Unis visent plusieurs juristes, dont Mme. Bensouda - pour son enquête.")
    m = find(ms, "Bensouda")
    assert m.span.text == "Mme. Bensouda"
    assert m.actor.code == "ICC"


def test_hyphenated_surname_is_kept_whole(actors) -> None:
    ms = actors("Carla Bruni-Sarkozy a chanté lundi.")
    assert find(ms, "Carla").span.text == "Carla Bruni-Sarkozy"


def test_unknown_person_takes_the_place_of_their_noun_phrase(actors) -> None:
    ms = actors("Des Britanniques ont défilé à Londres. La mort de Jim Kowalski à Minneapolis a "
                "choqué.")
    m = find(ms, "Jim Kowalski")
    assert m.actor.code == "USA"
    assert not m.explicit


def test_nationality_in_apposition_after_the_name(actors) -> None:
    ms = actors("A Milan, le suspect, Karim Benali, un Tunisien de 24 ans, a été interpellé.")
    m = find(ms, "Karim Benali")
    assert (m.actor.code, m.explicit) == ("TUN", True)


def test_nationality_in_apposition_opening_the_sentence(actors) -> None:
    ms = actors("Etudiant saoudien en stage au Texas, Fahd Al-Amri a ouvert le feu lundi.")
    m = find(ms, "Fahd")
    assert (m.actor.code, m.explicit) == ("SAU", True)


def test_apposition_needs_a_nationality(actors) -> None:
    ms = actors("Des policiers ont défilé à Madrid. Etudiant en stage, Fahd Amri a protesté.")
    assert find(ms, "Fahd").actor.code != "SAU"
    assert not find(ms, "Fahd").explicit


def test_hyphenated_demonym_of_the_united_states(actors) -> None:
    ms = actors("Un Afro-Américain a été tué par la police.")
    assert find(ms, "Afro-Américain").actor.code == "USA"


@pytest.mark.parametrize(("text", "date", "code", "name"), [
    ("le président péruvien", "2019-01-01", "PER", "Martín Vizcarra"),
    ("le ministre japonais des Affaires étrangères", "2018-05-01", "JPN", "Taro Kono"),
    ("le chef de la diplomatie irakienne", "2021-01-01", "IRQ", "Fouad Hussein"),
    ("le Premier ministre tunisien", "2018-01-01", "TUN", "Youssef Chahed"),
    ("le président nigérien", "2019-01-01", "NER", "Mahamadou Issoufou"),
    ("le président yéménite", "2019-01-01", "YEM", "Abd Rabbo Mansour Hadi"),
    ("la cheffe de l'exécutif hongkongais", "2020-01-01", "HKG", "Carrie Lam"),
])
def test_office_holders_by_date(text: str, date: str, code: str, name: str) -> None:
    actor = resolve(text, date)
    assert actor is not None
    assert (actor.code, actor.name) == (code, name)


def test_one_person_two_offices() -> None:
    assert resolve("Josep Borrell", "2019-01-01").code == "ESP"
    assert resolve("Josep Borrell", "2021-01-01").code == "EU"
    assert resolve("Sophie Wilmès", "2020-01-01").role == "Première ministre"
    assert resolve("Sophie Wilmès", "2021-01-01").role == "ministre des Affaires étrangères"


def test_heads_and_foreign_ministers_of_the_g20_are_known() -> None:
    kb = knowledge_base()
    g20 = ("ARG", "AUS", "BRA", "CAN", "CHN", "DEU", "FRA", "GBR", "IDN", "IND", "ITA", "JPN",
           "KOR", "MEX", "RUS", "SAU", "TUR", "USA", "ZAF")
    for year in ("2017", "2018", "2019", "2020", "2021", "2022"):
        for code in g20:
            assert kb.holder(code, "foreign_minister", f"{year}-06-15") is not None, (code, year)
            head = kb.holder(code, "head_of_state", f"{year}-06-15") or \
                kb.holder(code, "head_of_government", f"{year}-06-15")
            assert head is not None, (code, year)


def test_place_opening_the_sentence_frames_it(actors) -> None:
    ms = actors("A Minneapolis, des blindés ont été déployés après la mort de Jim Kowalski, tué "
                "par un policier.")
    assert find(ms, "policier").actor.code == "USA"
    assert find(ms, "Jim Kowalski").actor.code == "USA"


def test_place_inside_the_sentence_does_not_frame_it(actors) -> None:
    ms = actors("Des Britanniques ont voté. Les élus ont quitté Chicago, puis la police a chargé.")
    assert find(ms, "police").actor.code != "USA"


def test_mayor_of_a_city(actors) -> None:
    ms = actors("La maire de Lille, Sophie Vernet, a demandé des renforts. Le maire de Chicago "
                "a dénoncé les violences.")
    assert find(ms, "Sophie Vernet").actor.code == "FRA"
    assert find(ms, "maire de Chicago").actor.code == "USA"


def test_city_of_several_words(actors) -> None:
    ms = actors("Des Britanniques ont voté. Jim Kowalski a été arrêté à l'aéroport de Los "
                "Angeles.")
    assert find(ms, "Jim Kowalski").actor.code == "USA"


def test_nationality_adjective_of_a_place_gives_the_place(actors) -> None:
    ms = actors("La Belgique a voté. Des manifestants ont défilé dans la capitale libanaise.")
    m = find(ms, "manifestants")
    assert (m.actor.code, m.explicit) == ("LBN", True)


def test_two_capitals_between_are_two_governments(actors) -> None:
    ms = actors("Le ton est monté entre Ankara et Athènes après les exercices prévus entre Rabat "
                "et Madrid.")
    assert {m.actor.code for m in ms} == {"TUR", "GRC", "MAR", "ESP"}


def test_two_capitals_of_a_route_are_places(actors) -> None:
    ms = actors("Le vol entre Berlin et Rome a été retardé, comme le train entre Madrid et Lisbonne.")
    assert [m.actor.code for m in ms] == []


def test_national_paramilitaries_and_rebel_movements(actors) -> None:
    ms = actors("Le Hachd a accusé les brigades du Hezbollah, et les rebelles du M23 ont fui.")
    assert find(ms, "Hachd").actor.code == "IRQ"
    assert find(ms, "brigades du Hezbollah").actor.code == "IRQ"
    assert find(ms, "M23").actor.code == "COD"


def test_unnamed_jihadists_and_armed_groups(actors) -> None:
    ms = actors("Au Niger, les jihadistes ont attaqué un camp. Des groupes armés ont pillé Niamey.")
    assert find(ms, "jihadistes").actor.code == "ISM"
    assert find(ms, "groupes armés").actor.code == "NER"


def test_adverb_between_determiner_and_role(actors) -> None:
    ms = actors("La France a parlé. L'actuel ministre de l'Intérieur s'est tu, un nouveau ministre "
                "aussi.")
    m = find(ms, "ministre de l'Intérieur")
    assert m.actor.kind == "person" and m.span.text == "ministre de l'Intérieur"
    assert [x.span.text for x in ms if x.actor.kind == "person"] == ["ministre de l'Intérieur"]


def test_group_adjective_after_a_noun_of_things_is_no_actor(actors) -> None:
    ms = actors("Il diffusait des vidéos jihadistes et recrutait des combattants jihadistes.")
    assert [m.span.start for m in ms if m.actor.code == "ISM"] == [64]


def test_former_office_holder_is_no_present_holder(actors) -> None:
    ms = actors("L'ex-président américain a critiqué le président américain.")
    former, present = [m for m in ms if m.actor.kind == "person"]
    assert former.span.text == "ex-président américain" and former.actor.code == "USA"
    assert former.entity != present.entity
