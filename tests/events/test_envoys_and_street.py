"""Envoys sent to a country, meetings obtained, street protest against a leader, arrests told in a
passive clause, and places that describe another noun."""

from __future__ import annotations

from eventcoding import coded, span_of, typed

from veille.events import EventsStage
from veille.model import Actor, Mention, Place


def test_decided_delegation_is_an_agreed_visit_to_the_host(make_doc) -> None:
    doc = coded(make_doc("L'Union africaine a décidé d'envoyer une délégation à Bamako."),
                {"Union africaine": "AU"}, places={"Bamako": "MLI"})
    assert typed(doc, "AGREE") == [(("AU",), ("MLI",), "asserted")]
    assert typed(doc, "CONSULT") == []


def test_delegation_sent_is_a_visit(make_doc) -> None:
    doc = coded(make_doc("La Turquie a dépêché en juin une importante délégation à Tripoli."),
                {"Turquie": "TUR"}, places={"Tripoli": "LBY"})
    assert typed(doc, "CONSULT") == [(("TUR",), ("LBY",), "asserted")]


def test_delegation_with_no_destination_is_no_visit(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement turc a envoyé une délégation."), {"gouvernement turc": "TUR"})
    assert typed(doc, "CONSULT") == [] and typed(doc, "AGREE") == []


def test_meeting_obtained_is_agreed_not_held(make_doc) -> None:
    doc = coded(make_doc("La France a obtenu une réunion du Conseil de sécurité de l'ONU."),
                {"France": "FRA", "Conseil de sécurité de l'ONU": "UN"})
    agreed = typed(doc, "AGREE")
    assert len(agreed) == 1 and {*agreed[0][0], *agreed[0][1]} == {"FRA", "UN"}
    assert [s for _, _, s in typed(doc, "CONSULT")] in ([], ["hypothetical"])


def test_leader_contested_in_the_street_is_a_protest(make_doc) -> None:
    doc = coded(make_doc("A Alger, le président algérien était contesté dans la rue depuis des mois."),
                {"président algérien": "DZA"}, places={"Alger": "DZA"})
    assert [(t, s) for _, t, s in typed(doc, "PROTEST")] == [(("DZA",), "asserted")]


def test_contesting_results_is_no_protest(make_doc) -> None:
    doc = coded(make_doc("Le président algérien a contesté les résultats du vote."), {"président algérien": "DZA"})
    assert typed(doc, "PROTEST") == []


def test_arrest_in_a_passive_clause_shares_the_main_subject(make_doc) -> None:
    doc = coded(make_doc("Le ministre malien a démissionné après avoir été arrêté par des militaires."),
                {"ministre malien": "MLI", "militaires": "MLI"})
    assert typed(doc, "COERCE") == [(("MLI",), ("MLI",), "asserted")]


def test_arrest_of_things_in_a_passive_clause_is_no_arrest(make_doc) -> None:
    doc = coded(make_doc("Le programme a été abandonné après avoir été arrêté par le ministre."),
                {"ministre": "FRA"})
    assert typed(doc, "COERCE") == []


def test_place_describing_another_noun_does_not_locate_the_actor(make_doc) -> None:
    text = "Les militaires, pour la plupart formés en France, ont promis une transition rapide."
    doc = make_doc(text)
    word = span_of(text, "militaires")
    guessed = Mention(word, Actor(code="MLI", name="militaires", kind="other"), entity=0, explicit=False)
    named = Mention(span_of(text, "France"), Actor(code="FRA", name="France", kind="state"), entity=1)
    france = Place(span_of(text, "France"), "France", "FRA", feature="country")
    doc = EventsStage()(doc.with_layer("test", mentions=(guessed, named), timexes=(), places=(france,)))
    assert [s for s, _, _ in typed(doc, "AGREE")] == [("MLI",)]


def _hand_parsed(make_doc, words: list[str], heads: list[int], deps: list[str], pos: list[str], morphs: list[str]):
    """A parse given by hand (the parser's mistake reproduced), in the parsed document's vocabulary."""
    from spacy.tokens import Doc

    vocab = make_doc("Texte.").parse.vocab
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)


_PART = "Tense=Past|VerbForm=Part"


def test_participle_hung_on_the_object_shares_the_first_participle(make_doc) -> None:
    from veille.events.grammar import coordinated_participle

    # "Ils ont réclamé le retour et décidé d'agir", "décidé" taken for a conjunct of "retour"
    parse = _hand_parsed(make_doc, ["Ils", "ont", "réclamé", "le", "retour", "et", "décidé", "d'", "agir"],
                         [2, 2, 2, 4, 2, 6, 4, 8, 6],
                         ["nsubj", "aux:tense", "ROOT", "det", "obj", "cc", "conj", "mark", "xcomp"],
                         ["PRON", "AUX", "VERB", "DET", "NOUN", "CCONJ", "VERB", "ADP", "VERB"],
                         ["", "", _PART, "", "", "", _PART, "", "VerbForm=Inf"])
    assert coordinated_participle(parse[6]) is not None and coordinated_participle(parse[6]).i == 2
    assert coordinated_participle(parse[8]) is None


def test_adjectival_participle_on_the_object_stays_with_its_noun(make_doc) -> None:
    from veille.events.grammar import coordinated_participle

    # "Ils ont manqué un printemps chaud et ensoleillé": no object of its own, an adjective
    parse = _hand_parsed(make_doc, ["Ils", "ont", "manqué", "un", "printemps", "chaud", "et", "ensoleillé"],
                         [2, 2, 2, 4, 2, 4, 7, 4],
                         ["nsubj", "aux:tense", "ROOT", "det", "obj", "amod", "cc", "conj"],
                         ["PRON", "AUX", "VERB", "DET", "NOUN", "ADJ", "CCONJ", "VERB"],
                         ["", "", _PART, "", "", "", "", _PART])
    assert coordinated_participle(parse[7]) is None
