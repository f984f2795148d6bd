"""The dates stage on parsed documents: layer, offsets, tense from the parse."""

from __future__ import annotations

import pytest

from veille.dates import DatesStage, tense_from_parse
from veille.nlp import SpacyStage
from veille.pipeline import Pipeline

pytestmark = pytest.mark.slow  # the spaCy model


def run(make_doc, text: str, date: str | None = "2022-01-12"):
    stage = DatesStage()
    stage.initialize()
    return stage(make_doc(text, date))


def test_stage_declares_its_layers() -> None:
    stage = DatesStage()
    assert (stage.name, stage.requires, stage.assigns) == (
        "dates.rules.v7", ("parse", "sentences"), ("timexes",))
    Pipeline([SpacyStage(), stage])  # builds: its requirements are assigned earlier


def test_stage_assigns_sorted_timexes_with_provenance(make_doc) -> None:
    doc = run(make_doc, "Le 3 mars 2021, les ministres se sont réunis. Hier, ils ont signé.")
    assert [(t.span.text, t.value) for t in doc.timexes] == [
        ("Le 3 mars 2021", "2021-03-03"), ("Hier", "2022-01-11")]
    assert "dates.rules.v7" in doc.provenance
    assert all(doc.text[t.span.start:t.span.end] == t.span.text for t in doc.timexes)


def test_future_tense_from_parse_puts_weekday_ahead(make_doc) -> None:
    doc = run(make_doc, "Le président recevra son homologue jeudi à l'Élysée.")
    assert [t.value for t in doc.timexes] == ["2022-01-13"]


def test_devoir_with_infinitive_puts_weekday_ahead(make_doc) -> None:
    doc = run(make_doc, "Les deux délégations doivent se retrouver samedi à Genève.")
    assert [t.value for t in doc.timexes] == ["2022-01-15"]


def test_a_promised_act_lies_ahead(make_doc) -> None:
    doc = run(make_doc, "Le président a promis de revenir en juin au Liban.", "2022-01-12")
    assert [t.value for t in doc.timexes] == ["2022-06"]
    doc = run(make_doc, "Le président est revenu en juin au Liban.", "2022-01-12")
    assert [t.value for t in doc.timexes] == ["2021-06"]


def test_a_conditional_the_tagger_takes_for_an_imperfect_lies_ahead(make_doc) -> None:
    # "se rendrait" is tagged as an imperfect: the form on the future stem of "rendre" tells the mood.
    doc = run(make_doc, "Le ministre a annoncé qu'il se rendrait lundi à Moscou.")
    assert [t.value for t in doc.timexes] == ["2022-01-17"]
    doc = run(make_doc, "Le ministre se rendait lundi à Moscou.")
    assert [t.value for t in doc.timexes] == ["2022-01-10"]


def test_past_tense_from_parse_puts_weekday_behind(make_doc) -> None:
    doc = run(make_doc, "Le président a reçu son homologue jeudi à l'Élysée.")
    assert [t.value for t in doc.timexes] == ["2022-01-06"]


def test_present_tense_puts_weekday_in_the_same_week(make_doc) -> None:
    doc = run(make_doc, "Le président reçoit son homologue vendredi à l'Élysée.")
    assert [t.value for t in doc.timexes] == ["2022-01-14"]


def test_tense_from_parse_reads_the_governing_verb(make_doc) -> None:
    doc = make_doc("Les ministres se sont réunis lundi.")
    start = doc.text.index("lundi")
    assert tense_from_parse(doc.parse, start, start + 5) == "past"


def test_month_only_publication_date(make_doc) -> None:
    doc = run(make_doc, "Lundi, le ministre a démissionné.", "2022-01")
    assert [(t.value, t.precision) for t in doc.timexes] == [("2022-01", "month")]


def test_unknown_publication_date(make_doc) -> None:
    doc = run(make_doc, "Le sommet aura lieu le 20 mai à Bruxelles.", None)
    assert [t.value for t in doc.timexes] == ["XXXX-05-20"]


def test_stage_without_parse_falls_back_to_the_text(make_doc) -> None:
    doc = make_doc("Les ministres se réuniront jeudi.")
    stage = DatesStage()
    out = stage(doc.with_layer("test", parse=None))
    assert [t.value for t in out.timexes] == ["2022-01-13"]


def test_weekday_hung_on_a_relative_pronoun_takes_the_tense_of_its_words(make_doc) -> None:
    doc = run(make_doc, "D'autres marches étaient prévues dans la journée à Lyon et à Lille où samedi "
                        "une manifestation de milliers de personnes s'est terminée par des heurts.", "2022-01-09")
    assert [(t.span.text, t.value) for t in doc.timexes if t.span.text == "samedi"] == [("samedi", "2022-01-08")]


def test_perfect_with_etre_puts_weekday_behind(make_doc) -> None:
    doc = run(make_doc, "Des milliers de manifestants sont descendus dans la rue dimanche.", "2022-01-14")
    assert [t.value for t in doc.timexes] == ["2022-01-09"]


def test_present_passive_keeps_the_weekday_in_the_week(make_doc) -> None:
    doc = run(make_doc, "Le texte est examiné jeudi par les députés.", "2022-01-12")
    assert [t.value for t in doc.timexes] == ["2022-01-13"]
