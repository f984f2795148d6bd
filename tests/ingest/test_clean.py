"""Boilerplate removal on sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.ingest import clean_text
from veille.ingest.clean import _classify, _Compiled, load_rules, normalise_characters

LEAD = "BRUXELLES (AFP) - Les ministres des Affaires étrangères de l'UE se sont réunis lundi à Bruxelles."
BODY = "Ils ont discuté de nouvelles sanctions contre le régime, sans parvenir à un accord."


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


@pytest.mark.parametrize("teaser", [
    "À lire aussi : La Commission présente son budget",
    "A LIRE AUSSI",
    "À VOIR AUSSI...",
    "Lire aussi :",
    "• À lire aussi: Le Parlement vote la réforme",
    "LIRE AUSSI - Le sommet de Rome reporté",
    "Lire aussiLe sommet de Rome reporté",
    "Sur le même sujet",
])
def test_see_also_lines_are_removed(teaser: str) -> None:
    text = clean_text(f"{LEAD}\n\n{teaser}\n\n{BODY}")
    assert paragraphs(text) == [LEAD, BODY]


def test_lone_marker_takes_the_headline_below_but_not_a_sentence() -> None:
    with_headline = clean_text(f"{LEAD}\n\nLire aussi\n\nLe sommet de Rome reporté\n\n{BODY}")
    assert paragraphs(with_headline) == [LEAD, BODY]
    with_sentence = clean_text(f"{LEAD}\n\nÀ lire aussi\n\n{BODY}")
    assert paragraphs(with_sentence) == [LEAD, BODY]


def test_marker_words_inside_a_sentence_are_kept() -> None:
    sentence = "À lire aussi le rapport de la commission, on comprend que le texte sera amendé."
    assert clean_text(sentence) == sentence
    lead = "EN IMAGES. Un violent orage a frappé la région samedi soir, causant d'importants dégâts."
    assert clean_text(lead) == lead


@pytest.mark.parametrize("byline", [
    "Par Jean Dupont",
    "Par Jean Dupont avec AFP",
    "par Anne-Sophie Lemaire, Karl Weber et Maria da Silva",
    "PAR Jean DUPONT",
    "Par la rédaction",
    "Par Jean Dupont - Publié le 12/01/2022 à 10h00",
    "Par Jean Dupont Le 12 janvier 2022 à 10h03, modifié le 12 janvier 2022 à 11h15",
    "(AFP)",
    "(avec Reuters)",
    "Avec AFP",
    "Propos recueillis par Jeanne Martin",
    "(Reportage Jean Dupont, version française Marie Martin, édité par Paul Durand)",
    "afp-jd/cm/abc",
    "(ats/xyz)",
    "Source AFP",
    "Le Quotidien du Nord avec AFP",
    "20 Minutes avec agences",
    "Avec notre correspondante à Berlin, Anne Leroy",
    "Article rédigé par la rédaction - Radio Exemple",
])
def test_bylines_and_signatures_are_removed(byline: str) -> None:
    assert paragraphs(clean_text(f"{byline}\n\n{LEAD}\n\n{BODY}\n\n{byline}")) == [LEAD, BODY]


@pytest.mark.parametrize("sentence", [
    "Par la suite, le ministre a annoncé sa démission devant les députés.",
    "Par ailleurs, la Russie a rejeté les accusations de Kiev.",
    "Par 312 voix contre 120, l'Assemblée a adopté le texte mardi.",
    "Par Jean Dupont, le gouvernement entend désormais le nouveau préfet.",
    "(Le ministère n'a pas souhaité commenter ces informations.)",
    "Mis à jour le mois dernier, le rapport montre que la dette a augmenté.",
    "Publié le 3 mars, le décret entre en vigueur immédiatement, a précisé le ministère.",
    "Photographiée devant l'Elysée, la ministre a défendu sa réforme.",
    "L'AFP a pu consulter le document signé par les deux parties.",
    "Le CAC 40 a perdu 2% mardi, plombé par les valeurs bancaires.",
    "Avec notre correspondant à Moscou, nous avons rencontré les manifestants.",
    "Le ministre est reparti avec AFP et Reuters sur ses talons, selon son entourage.",
    "Il est parti avec AFP",
    "Le taux d'inflation atteint 3 % / an, selon les chiffres de l'INSEE.",
])
def test_ordinary_sentences_are_kept(sentence: str) -> None:
    assert paragraphs(clean_text(f"{LEAD}\n\n{sentence}\n\n{BODY}")) == [LEAD, sentence, BODY]


@pytest.mark.parametrize("credit", [
    "Photo : Jean Dupont / AFP",
    "© AFP",
    "©Reuters - Marie Martin",
    "Crédit photo : Ministère des Armées",
    "Crédits photos : DR",
    "(Photo Jean Dupont / AFP)",
    "JEAN DUPONT / AFP",
    "Le ministre à Paris, le 12 janvier 2022. JEAN DUPONT / AFP",
])
def test_photo_credits_are_removed(credit: str) -> None:
    assert paragraphs(clean_text(f"{LEAD}\n\n{credit}\n\n{BODY}")) == [LEAD, BODY]


@pytest.mark.parametrize("stamp", [
    "Publié le 12/01/2022 à 10h00 Mis à jour le 12/01/2022 à 12h30",
    "Publié le mardi 11 janvier 2022 à 08h15, mis à jour à 09h02",
    "Publié le 11 janv. 2022 à 08:15",
    "Mis à jour le 2022-01-11 à 09:30 GMT",
    "Publié il y a 3 heures",
    "Publié aujourd'hui à 10h03, modifié à 11h23",
    "Lecture 3 min.",
    "Article réservé aux abonnés",
])
def test_publication_stamps_are_removed(stamp: str) -> None:
    assert paragraphs(clean_text(f"{stamp}\n\n{LEAD}\n\n{BODY}")) == [LEAD, BODY]


def test_dateline_and_paragraph_breaks_are_kept() -> None:
    text = clean_text(f"  {LEAD}  \r\n\r\n\r\n{BODY}\n\n\n(AFP)\n")
    assert text == f"{LEAD}\n\n{BODY}"
    assert text.startswith("BRUXELLES (AFP) -")


def test_page_furniture_that_ends_the_text_is_removed() -> None:
    furniture = "CAC 40\n\n7 012 pts\n\n+0,42%\n\nMétéo\n\nLyon\n\nVos réactions doivent respecter nos CGU."
    assert paragraphs(clean_text(f"{LEAD}\n\n{BODY}\n\n{furniture}")) == [LEAD, BODY]


def test_furniture_words_inside_the_text_are_kept() -> None:
    text = f"{LEAD}\n\nMétéo\n\nLes prévisions annoncent des orages sur tout le pays.\n\n{BODY}"
    assert clean_text(text) == text


def test_truncated_paragraph_before_furniture_is_kept() -> None:
    cut = "Le ministre a ensuite rencontré les représentants des syndicats agricoles"
    text = clean_text(f"{LEAD}\n\n{cut}\n\nMétéo\n\nLyon")
    assert paragraphs(text) == [LEAD, cut]


def test_unicode_is_normalised_and_invisible_characters_removed() -> None:
    decomposed = "Le pre\u0301sident\u200b a parle\u0301."
    assert clean_text(decomposed) == "Le président a parlé."


@pytest.mark.parametrize(("mangled", "restored"), [
    ('Le ministre de l"Économie a parlé.', "Le ministre de l'Économie a parlé."),
    ('Un groupe d"énergie américain.', "Un groupe d'énergie américain."),
    ('Il restera jusqu"à lundi.', "Il restera jusqu'à lundi."),
    ('Il n"était pas là.', "Il n'était pas là."),
])
def test_a_double_quote_inside_an_elided_word_is_an_apostrophe(mangled: str, restored: str) -> None:
    assert clean_text(mangled) == restored


@pytest.mark.parametrize("quoted", [
    'Il a dit "Ça suffit" aux manifestants.',
    'Selon lui,"il faut partir".',
    'Les mots "accord" et "alliance" reviennent.',
])
def test_quotation_marks_stay_where_they_open_or_close_a_quotation(quoted: str) -> None:
    assert clean_text(quoted) == quoted


def test_boilerplate_only_text_becomes_empty() -> None:
    assert clean_text("Par Jean Dupont\n\n(AFP)\n\n© AFP") == ""
    assert clean_text("   \n\n  ") == ""


def test_every_lexicon_example_is_caught_by_its_rule() -> None:
    rules = load_rules()
    assert len(rules) > 20
    compiled = _Compiled.of(rules)
    for rule in rules:
        kind = _classify(rule.example, compiled)
        assert kind.startswith(rule.kind), (rule.example, kind)


def test_lexicon_errors_name_the_line() -> None:
    with pytest.raises(ValueError, match="boilerplate.tsv:2"):
        load_rules("# comment\nline\t{NOPE}x\texample")
    with pytest.raises(ValueError, match="3 tab-separated"):
        load_rules("line\tonly two")
    with pytest.raises(ValueError, match="unknown kind"):
        load_rules("word\tx\tx")


LINES = [LEAD, BODY, "Par Jean Dupont", "(AFP)", "À lire aussi", "Le sommet reporté", "Météo", "Lyon",
         "CAC 40", "", "", "Photo : X / AFP", "Publié le 12/01/2022 à 10h00", "Par la suite, rien.",
         "- Un intertitre -", "abc/de"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(LINES), st.text(max_size=40)), max_size=12))
def test_cleaning_is_idempotent_and_never_rewrites_a_line(lines: list[str]) -> None:
    raw = "\n".join(lines)
    once = clean_text(raw)
    assert clean_text(once) == once
    normalised = normalise_characters(raw)
    source_lines = {line.strip() for line in normalised.replace("\r", "\n").split("\n")}
    assert all(line in source_lines for line in once.split("\n") if line)
    assert "\n\n\n" not in once and once == once.strip()


def test_embedded_player_script_lines_are_removed_and_prose_kept() -> None:
    text = ("Le ministre a annoncé une réforme.\n\n"
            "window.pvp_0f3a = new Pvp('player', { 'id': 'X1', 'mute': true });\n\n"
            "Pour lui, la variable = le budget voté en mars.")
    out = clean_text(text)
    assert "Pvp" not in out
    assert "Le ministre a annoncé une réforme." in out
    assert "Pour lui, la variable = le budget voté en mars." in out
