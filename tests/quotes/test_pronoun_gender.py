"""A pronoun in an incise ("dit-elle") does not stand for a person whose first name is of the other gender."""

from __future__ import annotations

from veille.quotes import QuotesStage


def _direct(make_doc, text: str) -> list[tuple[str, str | None]]:
    doc = make_doc(text)
    doc = QuotesStage()(doc.with_layer("test", mentions=(), timexes=()))
    return [(q.span.text, q.speaker) for q in doc.quotes if q.kind == "direct"]


def test_elle_skips_a_man_named_last(make_doc) -> None:
    text = ("La directrice Sophie Vallier a présenté le bilan de la clinique. « Les familles nous font confiance », "
            "explique Marc Tessier, infirmier. « Nous avons doublé le nombre de lits en deux ans », "
            "ajoute-t-elle.")
    assert _direct(make_doc, text)[-1] == ("Nous avons doublé le nombre de lits en deux ans", "Sophie Vallier")


def test_il_skips_a_woman_named_last(make_doc) -> None:
    text = ("Le maire Thomas Garnier a reçu les habitants. « La route sera refaite avant l'hiver », a assuré "
            "Claire Moulin, son adjointe. « Personne ne sera oublié dans ce quartier », a-t-il promis.")
    assert _direct(make_doc, text)[-1] == ("Personne ne sera oublié dans ce quartier", "Thomas Garnier")


def test_celui_ci_is_not_a_name(make_doc) -> None:
    text = ("Le chanteur a été soigné par le Dr Paul Vernet, représenté par son avocat, Me Luc Ferrand. "
            "Celui-ci a indiqué que les soins s'étaient bien passés. « Aucune faute n'a été commise pendant "
            "l'opération », a-t-il ajouté.")
    assert _direct(make_doc, text)[-1][1] == "Luc Ferrand"


def test_cette_derniere_is_the_woman_named_before(make_doc) -> None:
    text = ("Le syndicat a rencontré Hélène Morin, puis son collègue Marc Joubert. Cette dernière a affirmé que "
            "la réforme était prête. « Nous présenterons le texte avant la fin du mois », a-t-elle ajouté.")
    assert _direct(make_doc, text)[-1][1] == "Hélène Morin"
