"""The quotations stage on sentences written for these tests."""

from __future__ import annotations

import pytest

from veille.quotes import QuotesStage

NBSP = "\u00a0"
NNBSP = "\u202f"


@pytest.fixture(scope="module")
def stage() -> QuotesStage:
    s = QuotesStage()
    s.initialize()
    return s


@pytest.fixture
def quotes(make_doc, stage):
    """The quotations the stage finds in a text."""

    def run(text: str, kind: str | None = "direct"):
        doc = stage(make_doc(text))
        assert doc.provenance[-1] == "quotes.rules.v5"
        return [q for q in doc.quotes if kind is None or q.kind == kind]

    return run


def test_guillemets_with_no_break_spaces(quotes):
    text = f"«{NBSP}Nous ne céderons jamais sur ce point{NNBSP}», a déclaré lundi le ministre Jean Dupont."
    found = quotes(text)
    assert len(found) == 1
    q = found[0]
    assert q.span.text == "Nous ne céderons jamais sur ce point"
    assert text[q.span.start : q.span.end] == q.span.text
    assert q.speaker == "Jean Dupont"
    assert q.verb == "déclarer"
    assert q.stage == "quotes.rules.v5"


def test_straight_quotes_after_colon(quotes):
    found = quotes('Le sénateur Paul Martin a affirmé : "Cette loi ne passera jamais au Sénat."')
    assert [(q.span.text, q.speaker) for q in found] == [
        ("Cette loi ne passera jamais au Sénat.", "Paul Martin")]


def test_curly_quotes(quotes):
    found = quotes("“Les négociations avancent lentement mais sûrement”, a précisé Claire Fontaine.")
    assert [(q.span.text, q.speaker) for q in found] == [
        ("Les négociations avancent lentement mais sûrement", "Claire Fontaine")]


def test_incise_joins_two_parts_of_one_sentence(quotes):
    text = ("Marie Lefèvre a ouvert la séance du conseil. « Nous ne céderons pas », a-t-elle ajouté, "
            "« même sous la pression de nos partenaires ».")
    found = quotes(text)
    assert len(found) == 1
    assert found[0].span.text == "Nous ne céderons pas même sous la pression de nos partenaires"
    assert found[0].speaker == "Marie Lefèvre"


def test_two_sentences_around_an_incise_stay_two_quotations(quotes):
    text = ("« Le dialogue reste notre priorité absolue. », a dit Paul Martin. "
            "« Nous reviendrons à la table des négociations demain. »")
    found = quotes(text)
    assert len(found) == 2
    assert all(q.speaker == "Paul Martin" for q in found)


def test_quotation_over_several_sentences(quotes):
    text = ("« La situation est grave. Nous devons agir vite. Personne ne doit rester inactif », "
            "a estimé Pierre Durand.")
    found = quotes(text)
    assert len(found) == 1
    assert found[0].span.text.count(".") == 2
    assert found[0].speaker == "Pierre Durand"


def test_quotation_over_two_paragraphs(quotes):
    text = ("« Le gouvernement a tenu toutes ses promesses cette année.\n\n"
            "« Il continuera sur cette voie jusqu'à la fin du mandat », a conclu Jean Dupont.")
    found = quotes(text)
    assert len(found) == 1
    assert "promesses" in found[0].span.text and "mandat" in found[0].span.text
    assert found[0].speaker == "Jean Dupont"


def test_partial_quotation_in_reported_speech(quotes):
    found = quotes("Le président Jean Dupont a dénoncé « une tentative de déstabilisation du pays ».")
    assert [(q.span.text, q.speaker) for q in found] == [
        ("une tentative de déstabilisation du pays", "Jean Dupont")]


def test_scare_quotes_are_not_quotations(quotes):
    found = quotes("Le gouvernement considère ce déploiement comme une « ligne rouge », "
                   "a déclaré Jean Dupont.")
    assert found == []


def test_crowd_slogans_are_not_quotations(quotes):
    found = quotes("Les manifestants scandaient « Liberté pour tous les prisonniers politiques » "
                   "devant le palais.")
    assert found == []


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Le ministre des Finances Jean Dupont est arrivé lundi à Bruxelles. "
                 "« Nous voulons un accord rapide avec nos partenaires », a-t-il déclaré.",
                 "Jean Dupont", id="pronoun-to-the-name-given-earlier"),
    pytest.param("Claire Fontaine a rencontré ses homologues mardi à Genève. "
                 "« Il faut accélérer les réformes engagées », a insisté Mme Fontaine.",
                 "Claire Fontaine", id="last-name-to-full-name"),
    pytest.param("Le porte-parole du gouvernement, Paul Martin, a répondu aux journalistes. "
                 "« Aucune décision n'a encore été prise à ce stade », a précisé le porte-parole.",
                 "Paul Martin", id="role-noun-to-the-person"),
    pytest.param("« Les discussions ont été très difficiles hier soir », a indiqué un diplomate européen.",
                 "un diplomate européen", id="unnamed-source-kept-as-its-description"),
    pytest.param("Une source diplomatique américaine a confirmé la rencontre. "
                 "« Les deux délégations se retrouveront mardi matin », a précisé cette source.",
                 "Une source diplomatique américaine", id="demonstrative-source-to-earlier-description"),
])
def test_speaker_resolved_through_the_article(quotes, text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker]


def test_repeated_quotation_is_listed_once(quotes):
    text = ("« Nous ne laisserons personne derrière nous », a promis Jean Dupont. "
            "Plus tard, il a répété : « Nous ne laisserons personne derrière nous ».")
    found = quotes(text)
    assert len(found) == 1


def test_fragment_of_a_longer_quotation_is_listed_once(quotes):
    text = ("Jean Dupont promet « une réforme rapide et juste ». "
            "« Nous ferons une réforme rapide et juste avant l'été », a-t-il dit.")
    found = quotes(text)
    assert len(found) == 1
    assert "avant l'été" in found[0].span.text


def test_indirect_with_reporting_verb_and_que(quotes):
    text = "Le ministre Jean Dupont a déclaré que le gouvernement ne reculerait pas."
    found = quotes(text, kind="indirect")
    assert [(q.span.text, q.speaker, q.verb) for q in found] == [
        ("le gouvernement ne reculerait pas", "Jean Dupont", "déclarer")]


@pytest.mark.parametrize("text, content, speaker", [
    ("Selon Marie Lefèvre, la réforme sera adoptée avant l'été.", "la réforme sera adoptée avant l'été",
     "Marie Lefèvre"),
    ("Pour Paul Martin, cette décision est une erreur historique.",
     "cette décision est une erreur historique", "Paul Martin"),
    ("D'après Claire Fontaine, les discussions reprendront en janvier.",
     "les discussions reprendront en janvier", "Claire Fontaine"),
])
def test_indirect_with_source_preposition(quotes, text, content, speaker):
    found = quotes(text, kind="indirect")
    assert [(q.span.text, q.speaker) for q in found] == [(content, speaker)]


def test_indirect_needs_a_speaker(quotes):
    assert quotes("Pour la première fois, la réforme sera adoptée avant l'été.", kind="indirect") == []


def test_document_without_parse_gets_empty_layer(stage):
    from veille.model import Article, Document

    text = "« Texte sans analyse du tout ici », dit-il."
    doc = stage(Document(article=Article(id="a", text=text, ref="r")))
    assert doc.quotes == ()
    assert doc.provenance == ("quotes.rules.v5",)


def test_incise_printed_inside_the_marks_splits_the_quotation(quotes):
    text = ("Claire Fontaine participait à sa première réunion. « Le dialogue n'a pas de frontières, "
            "a-t-elle déclaré. Nous reviendrons chaque semaine devant ce bâtiment. »")
    found = quotes(text)
    assert [q.span.text for q in found] == ["Le dialogue n'a pas de frontières",
                                            "Nous reviendrons chaque semaine devant ce bâtiment."]
    assert {q.speaker for q in found} == {"Claire Fontaine"}


def test_source_of_a_report_named_with_selon(quotes):
    text = ("Le pays « ne respecte plus les droits fondamentaux de ses citoyens », selon un rapport "
            "de l'ONG Civitas publié mardi.")
    found = quotes(text)
    assert len(found) == 1
    assert found[0].speaker.endswith("Civitas")


def test_outlet_relaying_words_is_not_the_speaker(quotes):
    text = ("Le ministre Paul Martin a évoqué « une erreur grave de notre administration », "
            "rapporte le quotidien Le Matin.")
    found = quotes(text)
    assert [q.speaker for q in found] == ["Paul Martin"]


def test_offsets_point_into_the_text(make_doc, stage):
    text = ("« Nous ne céderons pas », a-t-il ajouté, « même sous la pression de nos partenaires ». "
            "Jean Dupont a aussi estimé que « la crise durera encore plusieurs mois ».")
    doc = stage(make_doc(text))
    assert doc.quotes
    for q in doc.quotes:
        assert 0 <= q.span.start < q.span.end <= len(text)
        words = q.span.text.split()
        assert text[q.span.start : q.span.end].startswith(words[0])
        assert text[q.span.start : q.span.end].endswith(words[-1])


def test_quote_date_from_the_attributing_clause_else_publication(make_doc, stage):
    from veille.dates import DatesStage

    text = ("« Nous ne ferons aucune concession sur ce point », a déclaré mardi le ministre Jean Dupont. "
            "« Les accords de 2008 restent la seule base sérieuse », a-t-il ajouté.")
    doc = stage(DatesStage()(make_doc(text, date="2022-01-14")))
    dates = {q.span.text[:9]: q.date for q in doc.quotes if q.kind == "direct"}
    assert dates == {"Nous ne f": "2022-01-11", "Les accor": "2022-01-14"}


def test_quote_date_is_never_the_start_of_a_period(make_doc, stage):
    from veille.dates import DatesStage

    text = ("Selon l'ONG, ce pays, membre de l'Union européenne depuis 2004, est devenu « un régime hybride "
            "entre les démocraties et les autocraties ».")
    doc = stage(DatesStage()(make_doc(text, date="2020-05-06")))
    assert [q.date for q in doc.quotes if q.kind == "direct"] == ["2020-05-06"]


@pytest.mark.parametrize("named", [
    'Le fonds, rebaptisé "Caisse des jeunes pour l\'avenir", a été présenté mardi par le ministre.',
    "Le groupe de députés surnommé « les amis de la réforme du rail » a voté contre le texte.",
    'Le Parlement a voté un texte intitulé " Résolution sur les libertés de la presse " mardi.',
])
def test_a_name_given_by_a_naming_verb_is_no_quotation(quotes, named):
    assert quotes(named) == []
