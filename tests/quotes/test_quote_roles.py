"""A role noun qualified by a nationality stands for the person of that country named before it."""

from __future__ import annotations

from veille.model import Actor, Mention, Span
from veille.quotes import QuotesStage


def _mention(text: str, words: str, code: str, entity: int) -> Mention:
    start = text.index(words)
    return Mention(Span(start, start + len(words), words), Actor(code=code, name=words, kind="person"), entity)


def test_national_role_takes_the_person_of_its_country(make_doc) -> None:
    text = ("Le président turc Recep Tayyip Erdogan a averti samedi Emmanuel Macron. Le président français "
            "avait estimé que le gouvernement turc « avait aujourd'hui des comportements inadmissibles ».")
    doc = make_doc(text)
    mentions = (_mention(text, "Recep Tayyip Erdogan", "TUR", 0), _mention(text, "Emmanuel Macron", "FRA", 1),
                _mention(text, "président français", "FRA", 1))
    doc = QuotesStage()(doc.with_layer("test", mentions=mentions, timexes=()))
    assert [(q.span.text, q.speaker) for q in doc.quotes if q.kind == "direct"] == [
        ("avait aujourd'hui des comportements inadmissibles", "Emmanuel Macron")]


def test_counterpart_takes_the_person_of_its_country_whatever_the_role(make_doc) -> None:
    text = ("Le chef de la diplomatie allemande Karl Weber a convoqué l'ambassadeur. Le ministre russe Ivan Petrov "
            "a réclamé des preuves. Son homologue allemand a lui mis en cause l'Etat russe. « Il y a plusieurs "
            "indices en ce sens, la partie russe doit maintenant réagir », a-t-il dit.")
    doc = make_doc(text)

    def person(words: str, name: str, code: str, role: str, entity: int) -> Mention:
        start = text.index(words)
        return Mention(Span(start, start + len(words), words), Actor(code=code, name=name, kind="person", role=role),
                       entity)

    mentions = (person("chef de la diplomatie allemande Karl Weber", "Karl Weber", "DEU", "chef de la diplomatie", 0),
                person("ministre russe Ivan Petrov", "Ivan Petrov", "RUS", "ministre", 1),
                person("homologue allemand", "homologue allemand", "DEU", "homologue", 0))
    doc = QuotesStage()(doc.with_layer("test", mentions=mentions, timexes=()))
    assert [q.speaker for q in doc.quotes if q.kind == "direct"] == ["Karl Weber"]
