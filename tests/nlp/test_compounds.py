from __future__ import annotations

import pytest

from veille.nlp import compounds


@pytest.mark.parametrize("name", ["Royaume-Uni", "Nouvelle-Zélande", "Pays-Bas", "Bosnie-Herzégovine"])
def test_hyphenated_state_names_are_one_token(make_doc, name: str) -> None:
    doc = make_doc(f"Le ministre a rencontré lundi ses homologues du {name} et du Canada.", "2021-03-03")
    assert name in [t.text for t in doc.parse]


def test_a_split_name_no_longer_loses_its_place_in_a_list_of_subjects(make_doc) -> None:
    doc = make_doc("Le Royaume-Uni, les Etats-Unis et le Canada ont accusé jeudi Pékin de violer ses "
                   "engagements.", "2021-03-05")
    verb = next(t for t in doc.parse if t.text == "accusé")
    uk = next(t for t in doc.parse if t.text == "Royaume-Uni")
    assert uk.head == verb and uk.dep_.startswith("nsubj")


def test_verb_and_pronoun_inversion_stays_split(make_doc) -> None:
    doc = make_doc("« Nous partirons », a-t-il dit au Royaume-Uni.", "2021-03-05")
    assert "il" in {t.text.strip("-") for t in doc.parse}


def test_compounds_are_hyphenated_names() -> None:
    names = compounds()
    assert "Royaume-Uni" in names
    assert all("-" in n and n[0].isupper() for n in names)


def test_a_given_name_ending_in_a_french_word_is_no_subject(make_doc) -> None:
    doc = make_doc("Kim Jong-un a menacé lundi les Etats-Unis.", "2021-03-03")
    verb = next(t for t in doc.parse if t.text == "menacé")
    subject = next(t for t in verb.children if t.dep_ == "nsubj")
    assert subject.text == "Kim"
