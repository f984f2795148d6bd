"""Lexicon lookups: variants, demonyms, capitals, organisations, people and dates."""

from __future__ import annotations

import pytest

from veille.actors import knowledge_base, resolve
from veille.actors.kb import norm


@pytest.mark.parametrize("text, code", [
    ("Etats-Unis", "USA"), ("États-Unis", "USA"), ("Royaume-Uni", "GBR"), ("Grande-Bretagne", "GBR"),
    ("la Russie", "RUS"), ("Côte d'Ivoire", "CIV"), ("Côte d’Ivoire", "CIV"), ("Abkhazie", "GEO"),
    ("Ossétie du Sud", "GEO"), ("Transnistrie", "MDA"), ("Kosovo", "XKX"), ("Taïwan", "TWN"),
    ("Palestine", "PSE"), ("Moscou", "RUS"), ("le Kremlin", "RUS"), ("la Maison Blanche", "USA"),
    ("le Pentagone", "USA"), ("le département d'Etat", "USA"), ("l'Elysée", "FRA"),
    ("Matignon", "FRA"), ("le Quai d'Orsay", "FRA"), ("Downing Street", "GBR"), ("Pékin", "CHN"),
    ("Kiev", "UKR"), ("Kyiv", "UKR"), ("Téhéran", "IRN"), ("Ankara", "TUR"),
])
def test_states_and_seats_of_power(text: str, code: str) -> None:
    actor = resolve(text)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize("text, code", [
    ("Otan", "NATO"), ("l'OTAN", "NATO"), ("l'Alliance atlantique", "NATO"), ("UE", "EU"),
    ("la Commission européenne", "EU"), ("ONU", "UN"), ("le Conseil de sécurité", "UN"),
    ("AIEA", "IAEA"), ("OMS", "WHO"), ("FMI", "IMF"), ("la Banque mondiale", "WORLD_BANK"),
    ("CPI", "ICC"), ("Opep", "OPEC"), ("G20", "G20"), ("la Ligue arabe", "ARAB_LEAGUE"),
    ("Union africaine", "AU"), ("Conseil de l'Europe", "COUNCIL_OF_EUROPE"), ("Cédéao", "IGO"),
    ("al-Qaïda", "ISM"), ("Etat islamique", "ISM"), ("Daech", "ISM"), ("Boko Haram", "ISM"),
    ("Amnesty International", "NGO"), ("Human Rights Watch", "NGO"), ("MSF", "NGO"),
    ("Reporters sans frontières", "NGO"),
])
def test_organisations(text: str, code: str) -> None:
    actor = resolve(text)
    assert actor is not None and actor.code == code
    assert actor.country is None


@pytest.mark.parametrize("text, code", [
    ("Russes", "RUS"), ("Russe", "RUS"), ("Américain", "USA"), ("Américaines", "USA"),
    ("Britanniques", "GBR"), ("Ukrainiennes", "UKR"), ("Chinois", "CHN"), ("Européens", "EU"),
])
def test_demonyms(text: str, code: str) -> None:
    actor = resolve(text)
    assert actor is not None and actor.code == code


def test_lowercase_adjective_is_not_a_name() -> None:
    kb = knowledge_base()
    readings = {(e.type, e.case) for e in kb.lookup(norm("russe"))}
    assert ("adjective", "lower") in readings and ("demonym", "cap") in readings


def test_acronyms_match_with_their_case() -> None:
    assert resolve("ei") is None
    actor = resolve("EI")
    assert actor is not None and actor.code == "ISM"


@pytest.mark.parametrize("name, date, code, full", [
    ("Poutine", "2022-01-10", "RUS", "Vladimir Poutine"),
    ("Blinken", "2022-01-10", "USA", "Antony Blinken"),
    ("Macron", "2021-06-01", "FRA", "Emmanuel Macron"),
    ("Erdogan", "2020-06-01", "TUR", "Recep Tayyip Erdogan"),
    ("Xi Jinping", "2020-06-01", "CHN", "Xi Jinping"),
    ("Stoltenberg", "2019-06-01", "NATO", "Jens Stoltenberg"),
])
def test_people_alone(name: str, date: str, code: str, full: str) -> None:
    actor = resolve(name, date)
    assert actor is not None
    assert (actor.code, actor.name, actor.kind) == (code, full, "person")


def test_office_on_the_publication_date() -> None:
    early = resolve("Medvedev", "2010-03-01")
    late = resolve("Medvedev", "2015-03-01")
    assert early is not None and late is not None
    assert early.role == "président" and late.role == "Premier ministre"


@pytest.mark.parametrize("role, date, full", [
    ("le président américain", "2010-06-01", "Barack Obama"),
    ("le président américain", "2018-06-01", "Donald Trump"),
    ("le chef de la diplomatie russe", "2022-01-10", "Sergueï Lavrov"),
    ("la chancelière allemande", "2015-01-10", "Angela Merkel"),
])
def test_roles_name_the_office_holder(role: str, date: str, full: str) -> None:
    actor = resolve(role, date)
    assert actor is not None and actor.name == full


def test_role_with_adjective_gives_code() -> None:
    actor = resolve("un diplomate européen")
    assert actor is not None and actor.code == "EU" and actor.kind == "person"
    assert actor.sector == "DIP"


def test_unknown_string() -> None:
    assert resolve("xyzzy plugh") is None
    assert resolve("") is None


@pytest.mark.parametrize("text, code, full", [
    ("le président de la République", "FRA", "Emmanuel Macron"),
    ("le secrétaire général de l'Otan", "NATO", "Jens Stoltenberg"),
])
def test_titles_of_one_state_or_organisation(text: str, code: str, full: str) -> None:
    actor = resolve(text, "2022-01-12")
    assert actor is not None and (actor.code, actor.name) == (code, full)


def test_media_and_sources() -> None:
    afp = resolve("l'AFP")
    assert afp is not None and afp.code is None and afp.sector == "MED"
    source = resolve("une source diplomatique américaine")
    assert source is not None and source.code == "USA" and source.kind == "other"
