"""Events stage: lexicon, arguments from the parse, status, merging, date and place."""

from __future__ import annotations

import pytest

from veille.errors import ConfigError
from veille.events import EventsStage, load_lexicon
from veille.events.lexicon import parse_triggers
from veille.model import PLOVER_TYPES, Actor, Document, Mention, Place, Span, Timex


def _span(text: str, word: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Span(start, start + len(word), word)


def coded(doc: Document, actors: dict[str, str], timexes: dict[str, str] | None = None,
          places: dict[str, str] | None = None) -> Document:
    """Add hand-made mentions (word -> code), timexes (word -> value) and places (word -> ISO3)."""
    text = doc.text
    mentions = []
    for n, (word, code) in enumerate(actors.items()):
        start = 0
        while (start := text.find(word, start)) >= 0:
            mentions.append(Mention(Span(start, start + len(word), word), Actor(code=code, name=word), entity=n))
            start += len(word)
    mentions.sort(key=lambda m: m.span.start)
    tx = tuple(Timex(_span(text, w), v, precision="day" if len(v) == 10 else "month")
               for w, v in (timexes or {}).items())
    pl = tuple(Place(_span(text, w), w, c, feature="city") for w, c in (places or {}).items())
    doc = doc.with_layer("test", mentions=tuple(mentions), timexes=tx, places=pl)
    return EventsStage()(doc)


def asserted(doc: Document) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.type, e.source, e.target) for e in doc.events if e.status == "asserted"]


def test_lexicon_covers_all_types() -> None:
    lex = load_lexicon()
    assert lex.types == set(PLOVER_TYPES)
    assert any(t.type == "ACCUSE" for t in lex.lookup("condamner"))
    assert lex.lookup("dément")[0].type == "REJECT"  # alternate surface forms are indexed
    assert lex.is_a("support", "procéder")


def test_bad_lexicon_row_is_an_error() -> None:
    with pytest.raises(ConfigError):
        parse_triggers([(3, ["rencontrer", "VERB", "MEET", "-", "-", "-", "x"])])


def test_subject_and_object(make_doc) -> None:
    doc = coded(make_doc("La Russie a condamné l'Ukraine mardi."), {"Russie": "RUS", "Ukraine": "UKR"})
    assert asserted(doc) == [("ACCUSE", ("RUS",), ("UKR",))]
    assert doc.events[0].trigger.text == "condamné"
    assert doc.events[0].stage == "events.rules.v1"


def test_coordinated_subjects_and_avec(make_doc) -> None:
    doc = coded(make_doc("La France et l'Allemagne ont discuté avec la Chine."),
                {"France": "FRA", "Allemagne": "DEU", "Chine": "CHN"})
    (event,) = doc.events
    assert event.type == "CONSULT"
    assert set(event.source) == {"FRA", "DEU"} and event.target == ("CHN",)


def test_contre_target(make_doc) -> None:
    doc = coded(make_doc("Le Hamas a tiré des roquettes contre Israël."), {"Hamas": "PSE", "Israël": "ISR"})
    assert ("ASSAULT", ("PSE",), ("ISR",)) in asserted(doc)


def test_passive_agent(make_doc) -> None:
    doc = coded(make_doc("L'ambassadeur turc a été convoqué par la France."),
                {"turc": "TUR", "France": "FRA"})
    assert asserted(doc) == [("ACCUSE", ("FRA",), ("TUR",))]


def test_passive_arrest_without_agent_is_by_the_state(make_doc) -> None:
    doc = coded(make_doc("A Minsk, des manifestants bélarusses ont été interpellés mercredi."),
                {"bélarusses": "BLR"})
    assert asserted(doc) == [("COERCE", ("BLR",), ("BLR",))]


def test_nominal_trigger_with_support_verb(make_doc) -> None:
    doc = coded(make_doc("La police tunisienne a procédé à des arrestations."), {"tunisienne": "TUN"})
    assert asserted(doc) == [("COERCE", ("TUN",), ("TUN",))]


def test_bare_noun_phrase_is_background(make_doc) -> None:
    doc = coded(make_doc("Après des exercices militaires russes, l'Ukraine a protesté."),
                {"russes": "RUS", "Ukraine": "UKR"})
    assert all(e.type != "MOBILIZE" for e in doc.events)


def test_conditional_is_hypothetical(make_doc) -> None:
    doc = coded(make_doc("La Russie pourrait attaquer l'Ukraine."), {"Russie": "RUS", "Ukraine": "UKR"})
    assert [e.status for e in doc.events if e.type == "ASSAULT"] == ["hypothetical"]


def test_negation(make_doc) -> None:
    doc = coded(make_doc("La Chine n'a pas condamné la Russie."), {"Chine": "CHN", "Russie": "RUS"})
    assert [(e.type, e.status) for e in doc.events] == [("ACCUSE", "negated")]


def test_journalistic_conditional_is_asserted(make_doc) -> None:
    doc = coded(make_doc("Des manifestants iraniens auraient été arrêtés par la police."), {"iraniens": "IRN"})
    assert [(e.type, e.status) for e in doc.events] == [("COERCE", "asserted")]


def test_refusal_to_negotiate_is_reject(make_doc) -> None:
    doc = coded(make_doc("Les Etats-Unis ne négocieront pas avec la Russie."), {"Etats-Unis": "USA", "Russie": "RUS"})
    assert asserted(doc) == [("REJECT", ("USA",), ("RUS",))]


def test_planned_meeting_is_agree(make_doc) -> None:
    doc = coded(make_doc("Les Russes et les Américains se sont vus lundi. "
                         "Les deux délégations doivent se retrouver mardi."),
                {"Russes": "RUS", "Américains": "USA"})
    agree = [e for e in doc.events if e.type == "AGREE"]
    assert len(agree) == 1 and set(agree[0].source) == {"RUS", "USA"}
    assert agree[0].status == "asserted"


def test_repeated_mentions_merge(make_doc) -> None:
    doc = coded(make_doc("La Russie a condamné l'Ukraine. Moscou a vivement condamné l'Ukraine."),
                {"Russie": "RUS", "Moscou": "RUS", "Ukraine": "UKR"})
    assert asserted(doc) == [("ACCUSE", ("RUS",), ("UKR",))]
    assert doc.events[0].evidence.text.startswith("La Russie")


def test_date_and_place_from_the_clause(make_doc) -> None:
    doc = coded(make_doc("La Russie et les Etats-Unis ont discuté lundi à Genève."),
                {"Russie": "RUS", "Etats-Unis": "USA"}, timexes={"lundi": "2022-01-10"},
                places={"Genève": "CHE"})
    (event,) = doc.events
    assert event.date == "2022-01-10" and event.date_precision == "day"
    assert event.place is not None and event.place.name == "Genève" and event.place.country == "CHE"


def test_days_news_takes_publication_date(make_doc) -> None:
    doc = coded(make_doc("La Russie a condamné l'Ukraine.", date="2022-01-12"), {"Russie": "RUS", "Ukraine": "UKR"})
    assert doc.events[0].date == "2022-01-12" and doc.events[0].place is None


def test_no_actor_no_event(make_doc) -> None:
    doc = coded(make_doc("Quelqu'un a condamné cette idée."), {})
    assert doc.events == ()


def test_planned_meeting_is_dated_when_announced(make_doc) -> None:
    doc = coded(make_doc("De nouvelles discussions sont prévues jeudi dans le cadre de l'OSCE.", date="2022-01-12"),
                {"OSCE": "OSCE"}, timexes={"jeudi": "2022-01-13"})
    assert [(e.type, e.status, e.date) for e in doc.events] == [("AGREE", "asserted", "2022-01-12")]


def test_gathering_of_protesters_is_a_protest(make_doc) -> None:
    doc = coded(make_doc("A Minsk, un millier de protestataires bélarusses se sont réunis dimanche."),
                {"bélarusses": "BLR"})
    assert [e.type for e in doc.events] == ["PROTEST"]


def test_consequence_of_a_hypothesis_is_hypothetical(make_doc) -> None:
    doc = coded(make_doc("Si la France refuse, le Liban demandera de l'aide à la Chine."),
                {"France": "FRA", "Liban": "LBN", "Chine": "CHN"})
    assert all(e.status != "asserted" for e in doc.events if e.type == "REQUEST")


def test_reader_addressed_imperative_is_no_event(make_doc) -> None:
    doc = coded(make_doc("Retrouvez les dirigeants russes sur notre site."), {"russes": "RUS"})
    assert doc.events == ()
