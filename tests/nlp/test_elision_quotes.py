from __future__ import annotations

from veille.nlp import load_model


def test_a_quotation_mark_after_an_elided_word_is_a_token_of_its_own(make_doc) -> None:
    doc = make_doc('Le gouvernement suédois a décidé d\'"ignorer" la demande et parle d\'« ingérence ».', "2021-03-05")
    words = [t.text for t in doc.parse]
    assert "ignorer" in words and "d'" in words
    verb = next(t for t in doc.parse if t.text == "ignorer")
    assert verb.pos_ == "VERB"


def test_elisions_and_apostrophes_inside_words_stay_as_they_were() -> None:
    words = [t.text for t in load_model().tokenizer("Aujourd'hui, l'ONU et qu'il partent.")]
    assert words == ["Aujourd'hui", ",", "l'", "ONU", "et", "qu'", "il", "partent", "."]
