"""Possessed countries, counted citizens, neighbouring states and French ministers."""

from __future__ import annotations

import pytest

from veille.model import Mention

DATE = "2021-03-10"  # publication date of the sentences below


def by_text(mentions: list[Mention], text: str) -> Mention:
    hits = [m for m in mentions if m.span.text == text]
    assert hits, [m.span.text for m in mentions]
    return hits[0]


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("Le chancelier allemand Olaf Scholz a défendu son pays devant la presse.", "son pays", "DEU"),
    ("Les responsables iraniens jugent que leur pays est visé.", "leur pays", "IRN"),
    ("« Notre pays restera ferme », a affirmé le président brésilien Lula.", "Notre pays", "BRA"),
])
def test_possessed_country_is_the_possessor_state(actors, text: str, phrase: str,
                                                   code: str) -> None:
    m = by_text(actors(text), phrase)
    assert m.actor.code == code
    assert m.actor.kind == "state"
    assert m.explicit


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("Un Canadien a été interpellé lundi à la frontière.", "Canadien", "CAN"),
    ("Une Italienne a été blessée dans l'accident.", "Italienne", "ITA"),
    ("Trois Espagnols ont été relâchés par leurs ravisseurs.", "Espagnols", "ESP"),
])
def test_counted_demonyms_are_citizens(actors, text: str, phrase: str, code: str) -> None:
    m = by_text(actors(text), phrase)
    assert m.actor.code == code
    assert m.actor.sector == "CVL"
    assert m.actor.kind != "state"


def test_two_counted_groups_stay_apart(actors) -> None:
    ms = actors("Un Canadien a été libéré. Deux Belges restent détenus.")
    assert by_text(ms, "Canadien").entity != by_text(ms, "Belges").entity
    assert by_text(ms, "Belges").actor.code == "BEL"


@pytest.mark.parametrize(("text", "phrase", "named"), [
    ("Les pays voisins du Niger ont fermé leurs frontières.", "pays voisins du Niger", "Niger"),
    ("Les voisins de l'Irak redoutent un afflux de réfugiés.", "voisins de l'Irak", "Irak"),
])
def test_neighbours_are_not_the_named_state(actors, text: str, phrase: str, named: str) -> None:
    ms = actors(text)
    m = by_text(ms, phrase)
    assert m.actor.code is None
    assert not any(x.span.text == named for x in ms)


def test_countries_of_the_region_have_no_code(actors) -> None:
    m = by_text(actors("Les pays de la région ont appelé au calme."), "pays de la région")
    assert m.actor.code is None


def test_delegate_minister_in_charge_of_trade_is_french(actors) -> None:
    ms = actors("Le ministre délégué chargé du Commerce extérieur Franck Riester a reçu "
                "son homologue indien à Paris.")
    riester = [m for m in ms if "Riester" in m.span.text]
    assert riester and all(m.actor.code == "FRA" for m in riester)
    assert riester[0].span.text.startswith("ministre délégué")
    assert not any(m.actor.code != "FRA" and "ministre" in m.span.text for m in ms)


def test_french_minister_known_by_name(actors) -> None:
    m = by_text(actors("Olivier Véran a présenté le plan mardi.", "2021-03-10"), "Olivier Véran")
    assert m.actor.code == "FRA"
    assert m.actor.role == "ministre de la Santé"


def test_a_minister_is_not_the_president_named_before(actors) -> None:
    ms = actors("Le président égyptien a critiqué Rome. Le ministre délégué a répondu lundi.")
    president = by_text(ms, "président égyptien")
    minister = by_text(ms, "ministre délégué")
    assert minister.entity != president.entity
    assert not minister.explicit  # at best the main country, as a guess


def test_role_in_charge_of_a_portfolio_is_one_phrase(actors) -> None:
    ms = actors("La ministre déléguée chargée de l'Industrie a visité l'usine.")
    assert any(m.span.text == "ministre déléguée chargée de l'Industrie" for m in ms)


def test_neighbours_named_in_apposition_take_their_codes(actors) -> None:
    ms = actors("Les combats ont gagné les pays voisins, le Togo et le Bénin, selon l'ONU.")
    codes = {m.actor.code for m in ms if m.span.text == "pays voisins"}
    assert codes == {"TGO", "BEN"}


@pytest.mark.parametrize(("text", "phrase", "codes"), [
    ("Plusieurs pays occidentaux, dont l'Italie et le Canada, ont dénoncé le scrutin.",
     "occidentaux", ["CAN", "ITA"]),
    ("Rome et les autres capitales occidentales ont convoqué l'ambassadeur iranien.",
     "occidentales", ["ITA"]),
    ("L'Espagne, comme d'autres puissances occidentales, a rappelé son ambassadeur.",
     "occidentales", ["ESP"]),
])
def test_western_states_named_with_the_west(actors, text: str, phrase: str,
                                            codes: list[str]) -> None:
    assert sorted(m.actor.code for m in actors(text) if m.span.text == phrase) == codes


@pytest.mark.parametrize(("text", "phrase"), [
    ("Les pays occidentaux ont condamné l'essai, que l'Italie juge inquiétant.", "occidentaux"),
    ("Le Canada et ses alliés occidentaux ont dénoncé le scrutin.", "occidentaux"),
    ("Les Occidentaux accusent Pékin, selon un diplomate rentré d'Italie.", "Occidentaux"),
])
def test_the_west_without_a_listing_is_usa_eu_nato(actors, text: str, phrase: str) -> None:
    codes = sorted(m.actor.code for m in actors(text) if m.span.text == phrase)
    assert codes == ["EU", "NATO", "USA"]


def test_counterpart_with_a_nationality_is_a_person(actors) -> None:
    ms = actors("Le chef de la diplomatie indienne a téléphoné jeudi à son homologue brésilien.")
    m = by_text(ms, "homologue brésilien")
    assert (m.actor.code, m.actor.kind, m.actor.role) == ("BRA", "person", "homologue")


def test_counterpart_alone_is_no_actor(actors) -> None:
    ms = actors("Le président brésilien a reçu son homologue jeudi.")
    assert not [m for m in ms if "homologue" in m.span.text]


def test_an_association_is_civil_society_of_the_country(actors) -> None:
    ms = actors("A Paris, l'association Anticor a demandé au Premier ministre français de revenir sur cette hausse.")
    m = by_text(ms, "association")
    assert (m.actor.code, m.actor.sector) == ("FRA", "CVL")


def test_the_charge_of_criminal_association_is_no_actor(actors) -> None:
    ms = actors("A Paris, deux hommes ont été mis en examen pour association de malfaiteurs.")
    assert not any("association" in m.span.text for m in ms)
