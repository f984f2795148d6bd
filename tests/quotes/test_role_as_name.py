"""A role the parser tags as a person's name ("président de la République") is a role: it stands
for the person the article names, while a title before a name ("président Obama") stays a name."""

from __future__ import annotations

from veille.quotes import QuotesStage


def _direct(make_doc, text: str) -> list[str]:
    doc = QuotesStage()(make_doc(text).with_layer("test", mentions=(), timexes=()))
    return [q.speaker for q in doc.quotes if q.kind == "direct"]


def test_the_president_of_the_republic_is_the_person_named_before(make_doc) -> None:
    text = ("Emmanuel Macron a reçu lundi les membres de la convention à l'Élysée. « Le défi climatique nous "
            "impose de faire plus et plus vite », a déclaré le président de la République. « Nous irons plus "
            "loin que prévu sur les transports », a plaidé le chef de l'État.")
    assert _direct(make_doc, text) == ["Emmanuel Macron", "Emmanuel Macron"]


def test_a_title_before_a_name_stays_a_name(make_doc) -> None:
    text = ("John Kerry a rencontré son homologue à Paris. « Nous allons réexaminer toutes ces pratiques "
            "sans tarder », a assuré le président Obama dans la soirée.")
    speakers = _direct(make_doc, text)
    assert len(speakers) == 1 and speakers[0].endswith("Obama")
