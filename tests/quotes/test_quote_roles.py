"""A role noun qualified by a nationality stands for the person of that country named before it."""

from __future__ import annotations

from veille.model import Actor, Mention, Span
from veille.quotes import QuotesStage


def _mention(text: str, words: str, code: str, entity: int) -> Mention:
    start = text.index(words)
    return Mention(Span(start, start + len(words), words), Actor(code=code, name=words, kind="person"), entity)


def _person(text: str, words: str, name: str, code: str, entity: int,
            role: str = "ministre des Affaires étrangères") -> Mention:
    start = text.index(words)
    return Mention(Span(start, start + len(words), words), Actor(code=code, name=name, kind="person", role=role),
                   entity)


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
    mentions = (_person(text, "chef de la diplomatie allemande Karl Weber", "Karl Weber", "DEU", 0,
                        "chef de la diplomatie"),
                _person(text, "ministre russe Ivan Petrov", "Ivan Petrov", "RUS", 1, "ministre"),
                _person(text, "homologue allemand", "homologue allemand", "DEU", 0, "homologue"))
    doc = QuotesStage()(doc.with_layer("test", mentions=mentions, timexes=()))
    assert [q.speaker for q in doc.quotes if q.kind == "direct"] == ["Karl Weber"]


def test_bare_role_is_the_last_speaker_holding_it(make_doc) -> None:
    text = ("Le ministre russe des Affaires étrangères Ivan Petrov a rejeté ces accusations. Karl Weber a "
            "convoqué l'ambassadeur russe. « La partie russe doit maintenant réagir », a déclaré M. Weber. "
            "« J'espère que les Russes ne nous contraindront pas à changer de position », a ajouté le ministre.")
    doc = make_doc(text)
    mentions = (_person(text, "ministre russe des Affaires étrangères Ivan Petrov", "Ivan Petrov", "RUS", 0),
                _person(text, "Karl Weber", "Karl Weber", "DEU", 1), _person(text, "M. Weber", "Karl Weber", "DEU", 1),
                _person(text, "ministre.", "Karl Weber", "DEU", 1))
    doc = QuotesStage()(doc.with_layer("test", mentions=mentions, timexes=()))
    assert [q.speaker for q in doc.quotes if q.kind == "direct"] == ["Karl Weber", "Karl Weber"]


def test_bare_role_named_again_after_the_last_speaker_is_that_person(make_doc) -> None:
    text = ("Karl Weber a convoqué l'ambassadeur russe. « La partie russe doit maintenant réagir », a déclaré "
            "M. Weber. Le ministre russe des Affaires étrangères Ivan Petrov a rejeté ces accusations. "
            "« Ce sont des inventions », a ajouté le ministre.")
    doc = make_doc(text)
    mentions = (_person(text, "Karl Weber", "Karl Weber", "DEU", 0), _person(text, "M. Weber", "Karl Weber", "DEU", 0),
                _person(text, "ministre russe des Affaires étrangères Ivan Petrov", "Ivan Petrov", "RUS", 1))
    doc = QuotesStage()(doc.with_layer("test", mentions=mentions, timexes=()))
    assert [q.speaker for q in doc.quotes if q.kind == "direct"] == ["Karl Weber", "Ivan Petrov"]


def test_bare_organisation_is_the_body_named_with_a_collective_noun(make_doc) -> None:
    text = ("Le pays recule, selon un rapport de l'ONG américaine Freedom House publié mercredi. Selon "
            "l'organisation, ce pays doit désormais être considéré comme « un régime hybride entre les "
            "démocraties et les autocraties ».")
    doc = QuotesStage()(make_doc(text).with_layer("test", mentions=(), timexes=()))
    assert [q.speaker for q in doc.quotes if q.kind == "direct"] == ["Freedom House"]


def test_person_called_on_after_a_coordinated_verb_is_no_speaker(make_doc) -> None:
    text = ("La maire de Lyon souhaite aller au bout de sa démarche, et appelle Yannick Morel à revoir sa "
            "position. Claire Dubreuil persiste. La candidate du parti assure, dimanche au journal, qu'elle "
            "sera candidate à la primaire.")
    doc = make_doc(text)
    mentions = (_person(text, "Yannick Morel", "Yannick Morel", "FRA", 0, "député"),
                _person(text, "Claire Dubreuil", "Claire Dubreuil", "FRA", 1, "maire"))
    doc = QuotesStage()(doc.with_layer("test", mentions=mentions, timexes=()))
    assert [q.speaker for q in doc.quotes] == ["Claire Dubreuil"]
