"""Who makes a claim and who is answered: authors named by a participle, pronouns after quoted words,
condemned acts with no named author, and the plural indefinite "de" opening a sentence."""

from __future__ import annotations

from eventcoding import coded, span_of, typed

from veille.model import Quote


def test_participle_of_authoring_names_the_accuser(make_doc) -> None:
    doc = coded(make_doc("Le Kremlin a rejeté mardi les accusations formulées par Berlin."),
                {"Kremlin": "RUS", "Berlin": "DEU"})
    assert typed(doc, "REJECT") == [(("RUS",), ("DEU",), "asserted")]


def test_participle_hung_on_a_noun_in_between_still_names_the_accuser(make_doc) -> None:
    text = ("Le porte-parole du Kremlin a rejeté mardi les accusations visant le président formulées par "
            "des opposants. La France et l'Allemagne réclament une enquête.")
    doc = coded(make_doc(text), {"porte-parole du Kremlin": "RUS", "opposants": "RUS", "France": "FRA",
                                 "Allemagne": "DEU"})
    assert (("RUS",), ("RUS",), "asserted") in typed(doc, "REJECT")


def test_participle_of_another_verb_names_no_accuser(make_doc) -> None:
    text = ("Le Kremlin a rejeté mardi les accusations visant le ministre arrêté par la police géorgienne. "
            "La France réclame une enquête.")
    doc = coded(make_doc(text), {"Kremlin": "RUS", "police géorgienne": "GEO", "France": "FRA"})
    assert all(t != ("GEO",) for _, t, _ in typed(doc, "REJECT"))


def test_pronoun_after_quoted_words_takes_up_their_speaker(make_doc) -> None:
    text = ('Le porte-parole du Kremlin a répondu aux journalistes. "Les Allemands se trompent complètement '
            'sur ce dossier." Il a par ailleurs qualifié de rumeur les accusations de l\'opposition.')
    quoted = span_of(text, "Les Allemands se trompent complètement sur ce dossier.")
    doc = make_doc(text)
    doc = doc.with_layer("q", quotes=(Quote(quoted, "porte-parole du Kremlin", speaker_code="RUS"),))
    doc = coded(doc, {"porte-parole du Kremlin": "RUS", "Allemands": "DEU", "opposition": "RUS"})
    assert [s for s, _, _ in typed(doc, "REJECT")] == [("RUS",)]


def test_condemning_a_new_act_with_no_author_is_an_accusation_against_no_one(make_doc) -> None:
    text = "La Russie et l'Allemagne négocient. L'opposant russe a dénoncé une tentative d'empoisonnement."
    doc = coded(make_doc(text), {"Russie": "RUS", "Allemagne": "DEU", "opposant russe": "RUS"})
    assert (("RUS",), (), "asserted") in typed(doc, "ACCUSE")


def test_condemning_an_act_already_told_needs_its_author(make_doc) -> None:
    text = "La Russie et l'Allemagne négocient. L'opposant russe a dénoncé cette attaque."
    doc = coded(make_doc(text), {"Russie": "RUS", "Allemagne": "DEU", "opposant russe": "RUS"})
    assert typed(doc, "ACCUSE") == []


def test_condemning_a_claim_is_no_unattributed_act(make_doc) -> None:
    text = "La Russie et l'Allemagne négocient. L'opposant russe a dénoncé une décision injuste."
    doc = coded(make_doc(text), {"Russie": "RUS", "Allemagne": "DEU", "opposant russe": "RUS"})
    assert (("RUS",), (), "asserted") not in typed(doc, "ACCUSE")


def test_plural_indefinite_de_opening_a_sentence_is_the_subject(make_doc) -> None:
    doc = coded(make_doc("De nombreux pays occidentaux, dont la France, ont condamné la loi chinoise."),
                {"France": "FRA", "chinoise": "CHN"})
    assert typed(doc, "ACCUSE") == [(("FRA",), ("CHN",), "asserted")]


def test_the_circle_a_possessive_takes_up_acts_for_that_actor(make_doc) -> None:
    text = ("Le président russe a été hospitalisé. Son entourage a dénoncé un empoisonnement et bataillé pour "
            "un transfert en Allemagne.")
    doc = coded(make_doc(text), {"président russe": "RUS", "Allemagne": "DEU"})
    assert typed(doc, "ACCUSE") == [(("RUS",), (), "asserted")]


def test_a_family_is_no_circle_acting_for_the_actor(make_doc) -> None:
    doc = coded(make_doc("Le ministre turc a été hospitalisé. Sa famille a réclamé une enquête."),
                {"ministre turc": "TUR"})
    assert typed(doc, "REQUEST") == []
