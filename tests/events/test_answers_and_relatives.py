"""Statements whose target the verb's own arguments do not give: a refusal that answers the demand or
accusation just made, the antecedent of a relative "que" after a comma, the one an act is imputed to,
disapproval voiced with a noun."""

from __future__ import annotations

from eventcoding import coded, typed

from veille.events import EventsStage
from veille.model import Actor, Mention, Quote, Span


def test_refusal_answers_the_demand_of_the_sentence_before(make_doc) -> None:
    doc = coded(make_doc("Le Pérou a exigé de la Bolivie des garanties écrites. La Bolivie n'a fait aucune "
                         "concession."), {"Pérou": "PER", "Bolivie": "BOL"})
    assert (("BOL",), ("PER",), "asserted") in typed(doc, "REJECT")


def test_denial_answers_the_accusation_of_the_sentence_before(make_doc) -> None:
    doc = coded(make_doc("Le Pérou a accusé la Bolivie d'armer les rebelles. La Bolivie a tout démenti."),
                {"Pérou": "PER", "Bolivie": "BOL"})
    assert (("BOL",), ("PER",), "asserted") in typed(doc, "REJECT")


def test_refusal_the_accusation_tells_of_is_no_answer(make_doc) -> None:
    doc = coded(make_doc("Le Pérou accuse la Bolivie de ne pas coopérer."), {"Pérou": "PER", "Bolivie": "BOL"})
    assert not [e for e in typed(doc, "REJECT") if e[2] == "asserted"]


def test_refusal_does_not_answer_a_demand_told_long_before(make_doc) -> None:
    doc = coded(make_doc("Le Pérou a exigé de la Bolivie des garanties écrites. Le débat a duré trois heures. "
                         "La séance a été levée vers minuit. La Bolivie n'a fait aucune concession."),
                {"Pérou": "PER", "Bolivie": "BOL"})
    assert (("BOL",), ("PER",), "asserted") not in typed(doc, "REJECT")


def test_refusal_does_not_answer_two_askers(make_doc) -> None:
    doc = coded(make_doc("Le Pérou a exigé des garanties de la Bolivie et le Chili a accusé la Bolivie de mentir. "
                         "La Bolivie n'a fait aucune concession."),
                {"Pérou": "PER", "Chili": "CHL", "Bolivie": "BOL"})
    assert not [e for e in typed(doc, "REJECT") if e[2] == "asserted"]


def test_antecedent_of_a_relative_after_a_comma_is_accused(make_doc) -> None:
    doc = coded(make_doc("Le président a rompu avec le gouvernement vénézuélien, que Bogota accuse d'abriter "
                         "des rebelles."),
                {"vénézuélien": "VEN", "Bogota": "COL"})
    assert (("COL",), ("VEN",), "asserted") in typed(doc, "ACCUSE")


def test_relative_with_an_object_of_its_own_keeps_that_object(make_doc) -> None:
    doc = coded(make_doc("Les rebelles, que Bogota accuse Caracas d'armer, ont attaqué un poste."),
                {"Bogota": "COL", "Caracas": "VEN"})
    assert (("COL",), ("VEN",), "asserted") in typed(doc, "ACCUSE")


def test_act_imputed_to_an_actor_accuses_it(make_doc) -> None:
    doc = coded(make_doc("Le Pérou a imputé l'attaque à la Bolivie."), {"Pérou": "PER", "Bolivie": "BOL"})
    assert (("PER",), ("BOL",), "asserted") in typed(doc, "ACCUSE")


def test_disapproval_voiced_is_an_accusation(make_doc) -> None:
    doc = coded(make_doc("Le Pérou a exprimé sa réprobation après la décision de la Bolivie."),
                {"Pérou": "PER", "Bolivie": "BOL"})
    assert (("PER",), ("BOL",), "asserted") in typed(doc, "ACCUSE")
    crowd = coded(make_doc("Le concert de la Bolivie a suscité une vague de réprobation."), {"Bolivie": "BOL"})
    assert not typed(crowd, "ACCUSE")


def test_we_in_a_quotation_is_its_speaker(make_doc) -> None:
    text = '"Nous n\'accepterons jamais les conditions du Chili", a martelé le président péruvien.'
    doc = make_doc(text)
    chili = text.index("Chili")
    speaker = text.index("le président péruvien")
    mentions = (Mention(Span(chili, chili + 5, "Chili"), Actor(code="CHL", name="Chili"), entity=0),
                Mention(Span(speaker, speaker + 21, "le président péruvien"),
                        Actor(code="PER", name="président péruvien", kind="person", country="PER"), entity=1))
    quote = Quote(span=Span(1, text.index('",'), text[1:text.index('",')]), speaker="le président péruvien",
                  speaker_code="PER")
    out = EventsStage()(doc.with_layer("test", mentions=mentions, timexes=(), places=(), quotes=(quote,)))
    assert [(e.source, e.target) for e in out.events if e.type == "REJECT" and e.status == "asserted"] \
        == [(("PER",), ("CHL",))]
