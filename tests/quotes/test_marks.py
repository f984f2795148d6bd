"""Pairing quotation marks, without the parse."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veille.quotes.lexicon import load_lexicon
from veille.quotes.marks import MAX_LENGTH, find_quoted, word_count


def _texts(text: str) -> list[str]:
    return [text[r.start : r.end] for r in find_quoted(text)]


def test_word_count_counts_runs_of_letters_and_digits():
    assert word_count("C'est fait") == 3
    assert word_count("jusqu'à 11H00 (HNE) environ") == 5
    assert word_count("ligne rouge") == 2


def test_each_kind_of_mark():
    text = "Il a dit « un » puis “deux” et ‹ trois › et \"quatre\"."
    assert _texts(text) == ["un", "deux", "trois", "quatre"]


def test_nested_quotation_is_inside_the_outer_one():
    text = "« Il a parlé d'une “erreur grave” hier », dit-elle."
    assert _texts(text) == ["Il a parlé d'une “erreur grave” hier"]


def test_straight_quote_inside_an_unclosed_one():
    text = '"Le texte a "laissé tomber toute prétention", estime-t-il.'
    assert _texts(text) == ["laissé tomber toute prétention"]


def test_missing_space_between_sentence_and_quotation():
    text = 'La police est sur place."Un homme a tiré plusieurs fois", a écrit un témoin.'
    assert _texts(text) == ["Un homme a tiré plusieurs fois"]


def test_straight_quotes_spaced_as_guillemets():
    # straight marks standing where « » would, with their spaces: ' ... ",' closes, never opens
    text = ('" Nous resterons ouverts ", assure la directrice.\n'
            "Le syndicat parle d'une mesure \" brutale \". \" Rien n'est décidé \", répond le ministère.")
    assert _texts(text) == ["Nous resterons ouverts", "brutale", "Rien n'est décidé"]


def test_a_quotation_may_open_on_an_ellipsis():
    assert _texts('Il a lancé: "...nous verrons bien", a-t-il ajouté.') == ["...nous verrons bien"]


def test_paragraph_continuation_of_a_quotation():
    text = "« Premier paragraphe du discours.\n\n« Second paragraphe du discours », a-t-il dit."
    runs = find_quoted(text)
    assert len(runs) == 1
    assert text[runs[0].start : runs[0].end].startswith("Premier paragraphe")
    assert text[runs[0].start : runs[0].end].endswith("Second paragraphe du discours")


def test_unpaired_marks_are_ignored():
    assert _texts("Il a dit » quelque chose « sans fin") == []


def test_script_lines_are_not_quotations():
    text = ('window.x = new Pvp("dm", {id: "abc def ghi jkl"});\n\n'
            "« Une vraie citation de quatre mots », a dit X.")
    assert _texts(text) == ["Une vraie citation de quatre mots"]


def test_headline_in_capitals_is_not_a_quotation():
    assert _texts('"S\'AGIT-IL D\'UNE CRISE ?" Le texte suit.') == []


def test_lexicon_has_reporting_verbs_and_nouns():
    lex = load_lexicon()
    for form in ("déclaré", "ajouté", "martèle", "estime", "précise"):
        assert lex.is_verb(form)
    assert not lex.is_verb("maison")
    assert lex.speaker_nouns["porte-parole"] == "role"
    assert lex.speaker_nouns["source"] == "source"
    assert "M." in lex.titles


@given(st.text(alphabet=st.sampled_from(list('ab «»“”"\n.,')), max_size=120))
def test_runs_lie_inside_the_text_in_order(text):
    last = -1
    for r in find_quoted(text):
        assert 0 <= r.open < r.start < r.end < r.close <= len(text)
        assert r.close - r.open <= MAX_LENGTH
        assert r.open >= last
        last = r.close
        assert text[r.start].strip() and text[r.end - 1].strip()
