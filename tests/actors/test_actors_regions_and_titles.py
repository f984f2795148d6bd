"""Regions of federal states, groups of states, officials' titles of organisations, US office
holders, stateless peoples placed by the story, participles that look like roles, and envoys coded
by whom they serve, not where they are posted."""

from __future__ import annotations

import pytest
from mentionfinding import find

DATE = "2020-06-10"


def _codes(ms, text: str) -> set[str | None]:
    return {m.actor.code for m in ms if m.span.text == text}


@pytest.mark.parametrize("text, phrase, code", [
    ("Le Texas a interdit les rassemblements de plus de dix personnes.", "Texas", "USA"),
    ("La Californie a porté plainte contre l'administration fédérale.", "Californie", "USA"),
    ("L'Etat d'Oregon a accepté de coopérer avec les agents fédéraux.", "Etat d'Oregon", "USA"),
    ("Le Québec a fermé ses écoles lundi.", "Québec", "CAN"),
    ("La Catalogne a convoqué un référendum.", "Catalogne", "ESP"),
    ("L'Ecosse réclame un nouveau vote sur son indépendance.", "Ecosse", "GBR"),
])
def test_region_acting_stands_for_its_state(actors, text: str, phrase: str, code: str) -> None:
    m = find(actors(text), phrase)
    assert (m.actor.code, m.explicit) == (code, True)


@pytest.mark.parametrize("text, region", [
    ("Des milliers de personnes ont manifesté en Californie samedi.", "Californie"),
    ("Un incendie a ravagé une forêt dans l'Oregon.", "Oregon"),
    ("Le calme est revenu à Minneapolis (Minnesota) dimanche.", "Minnesota"),
    ("La capsule s'est posée dans le désert de l'Utah.", "Utah"),
    ("Le tribunal siège à Dallas, Texas, depuis lundi.", "Texas"),
])
def test_region_as_a_place_is_no_actor(actors, text: str, region: str) -> None:
    assert all(region not in m.span.text for m in actors(text))


def test_region_gives_its_state_to_a_domestic_noun_and_a_role(actors) -> None:
    ms = actors("La police de l'Oregon a arrêté deux hommes et le gouverneur de Floride a réagi.")
    assert find(ms, "police").actor.code == "USA"
    assert find(ms, "gouverneur").actor.code == "USA"


def test_regional_adjective_gives_the_state_but_not_its_office_holder(actors) -> None:
    ms = actors("Le Premier ministre québécois a critiqué Ottawa.", date="2020-06-10")
    m = find(ms, "Premier ministre québécois")
    assert m.actor.code == "CAN"
    assert m.actor.name != "Justin Trudeau"
    assert find(actors("Le gouvernement écossais a rejeté la demande de Londres."),
                "gouvernement").actor.code == "GBR"


def test_region_does_not_make_the_main_country(actors) -> None:
    ms = actors("Le chanteur a donné un concert au Nevada. La police a fermé la salle.")
    assert find(ms, "police").actor.code != "USA" or not find(ms, "police").explicit


def test_northern_ireland_is_british(actors) -> None:
    ms = actors("Le parti veut une réunification avec l'Irlande du Nord.")
    assert _codes(ms, "Irlande du Nord") == {"GBR"}


@pytest.mark.parametrize("text, phrase, codes", [
    ("Les pays baltes ont expulsé des diplomates russes.", "pays baltes", {"EST", "LTU", "LVA"}),
    ("Les trois Etats baltes ont protesté.", "Etats baltes", {"EST", "LTU", "LVA"}),
    ("Les pays du Golfe ont condamné l'attaque.", "pays du Golfe",
     {"SAU", "ARE", "BHR", "KWT", "OMN", "QAT"}),
    ("Les pays nordiques ont signé l'accord.", "pays nordiques", {"DNK", "FIN", "ISL", "NOR", "SWE"}),
])
def test_group_of_states_names_each_member(actors, text: str, phrase: str, codes: set[str]) -> None:
    assert _codes(actors(text), phrase) == codes


def test_head_of_an_organisation_by_title(actors) -> None:
    ms = actors("Le directeur général de l'OMS, Tedros Adhanom Ghebreyesus, a appelé les pays à agir.")
    m = find(ms, "Tedros")
    assert (m.actor.code, m.actor.sector) == ("WHO", "GOV")
    assert not any(m.span.text == "directeur" for m in ms)  # not a bare role of the main country
    ms = actors("La haute-commissaire de l'ONU aux droits de l'homme a dénoncé la répression en Iran.")
    assert find(ms, "haute-commissaire").actor.code == "UN"


@pytest.mark.parametrize("text, name", [
    ("Mitt Romney a menacé de traîner les Chinois devant l'OMC.", "Mitt Romney"),
    ("Le gouverneur Andrew Cuomo a répondu aux critiques chinoises.", "Andrew Cuomo"),
    ("Anthony Fauci a mis en garde contre une deuxième vague en Chine.", "Anthony Fauci"),
])
def test_us_office_holders_act_for_the_united_states(actors, text: str, name: str) -> None:
    m = find(actors(text, date="2011-11-15"), name)
    assert (m.actor.code, m.explicit) == ("USA", True)


def test_the_grand_old_party_is_american(actors) -> None:
    ms = actors("Le candidat du Grand Old Party a menacé la Chine de sanctions.")
    assert find(ms, "Grand Old Party").actor.code == "USA"


def test_stateless_people_take_the_state_where_the_story_is_set(actors) -> None:
    ms = actors("La Turquie a lancé une offensive en Syrie. Ankara veut écraser les forces kurdes. "
                "Des blindés turcs sont entrés en Syrie.")
    assert find(ms, "forces kurdes").actor.code == "SYR"


def test_clause_place_after_a_compass_point(actors) -> None:
    ms = actors("La Turquie a lancé une offensive contre les forces kurdes au nord-est de la Syrie.")
    assert find(ms, "forces kurdes").actor.code == "SYR"


def test_participle_is_not_a_role(actors) -> None:
    ms = actors("Le ministre a assisté au match opposant la France à la Turquie.")
    assert not any("opposant" in m.span.text for m in ms)
    ms = actors("L'opposant russe a été arrêté à Moscou.")
    assert find(ms, "opposant russe").actor.code == "RUS"


def test_university_of_a_region_is_of_its_state(actors) -> None:
    ms = actors("L'université de Californie a protesté contre la police.")
    m = find(ms, "université de Californie")
    assert (m.actor.code, m.actor.sector) == ("USA", "EDU")


def test_some_states_of_a_group_are_left_unnamed(actors) -> None:
    ms = actors("La Ligue arabe a refusé de condamner la décision des deux monarchies du Golfe.")
    assert not any("monarchies du Golfe" in m.span.text for m in ms)
    assert _codes(actors("Les trois pays baltes ont protesté."), "pays baltes") == {"EST", "LTU", "LVA"}


def test_region_completing_a_noun_is_a_territory(actors) -> None:
    ms = actors("Le parti est favorable à une réunification avec l'Irlande du Nord.")
    assert not any("Irlande" in m.span.text for m in ms)
    ms = actors("Le ministère a déposé une plainte contre le Texas.")
    assert _codes(ms, "Texas") == {"USA"}


@pytest.mark.parametrize("text, phrase, code, sector", [
    ("Le procureur général de la Californie a assigné la société en justice.",
     "procureur général de la Californie", "USA", "JUD"),
    ("Le consul général de France à Jérusalem a protesté.", "consul général de France", "FRA", "DIP"),
])
def test_titles_with_general_are_no_military_rank(actors, text: str, phrase: str, code: str,
                                                  sector: str) -> None:
    m = find(actors(text), phrase)
    assert (m.actor.code, m.actor.sector) == (code, sector)


def test_group_named_after_a_domestic_noun_gives_its_country(actors) -> None:
    ms = actors("Le gouvernement américain négocie avec les insurgés talibans. Les rebelles Houthis "
                "ont tiré des missiles.")
    assert (find(ms, "insurgés talibans").actor.code, find(ms, "insurgés talibans").explicit) == \
        ("AFG", True)
    assert find(ms, "rebelles Houthis").actor.code == "YEM"


def test_ngos_as_a_group(actors) -> None:
    ms = actors("Les ONG ont salué la décision du gouvernement indonésien.")
    m = find(ms, "ONG")
    assert (m.actor.code, m.actor.kind, m.explicit) == ("NGO", "ngo", False)
    for text in ("Des ONG locales ont aidé les habitants.", "L'ONG a dénoncé la décision.",
                 "Les ONG syriennes ont fui la ville."):
        assert not any(m.span.text == "ONG" for m in actors(text)), text



@pytest.mark.parametrize("text, phrase, code", [
    ("Pierre Durand, ambassadeur en Chine de la France, a été convoqué par Pékin.", "Pierre Durand", "FRA"),
    ("L'émissaire en Libye de l'ONU, Ghassan Salamé, a démissionné.", "Ghassan Salamé", "UN"),
])
def test_envoy_is_coded_by_whom_they_serve_not_their_posting(actors, text: str, phrase: str, code: str) -> None:
    assert code in {m.actor.code for m in actors(text) if phrase in m.span.text}



@pytest.mark.parametrize("text, phrase, code", [
    ("Le ministre délégué aux Affaires européennes Clément Beaune a critiqué la Pologne.",
     "ministre délégué aux Affaires européennes Clément Beaune", "FRA"),
    ("La secrétaire d'Etat allemande aux Affaires européennes a critiqué la Pologne.",
     "secrétaire d'Etat allemande", "DEU"),
])
def test_a_portfolio_of_european_affairs_is_held_in_a_state(actors, text: str, phrase: str, code: str) -> None:
    ms = actors(text)
    assert _codes(ms, phrase) == {code}
    assert "EU" not in {m.actor.code for m in ms}


def test_an_editor_s_note_is_no_person(actors) -> None:
    ms = actors("Les auteurs de l'assassinat de Hajj Ghassem (le général Qassem Soleimani, NDLR) ont été "
                "identifiés, a déclaré le procureur de Téhéran.")
    assert not [m for m in ms if m.span.text == "NDLR"]
