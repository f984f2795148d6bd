"""Events stage: words the tagger misreads (a verb taken for a noun, a name for an adverb, "des" for a
preposition), pronouns of the other gender, and groups whose country is inferred."""

from __future__ import annotations

from eventcoding import asserted, coded, span_of, statuses

from veille.events import EventsStage
from veille.model import Actor, Mention


def test_a_threat_read_as_a_noun_is_a_threat_and_its_sanction_is_not_done(make_doc) -> None:
    doc = coded(make_doc("L'UE menace de sanctionner Minsk."), {"UE": "EU", "Minsk": "BLR"})
    assert asserted(doc) == [("THREATEN", ("EU",), ("BLR",))]
    assert statuses(doc, "SANCTION") == ["hypothetical"]


def test_a_noun_with_an_article_stays_a_noun(make_doc) -> None:
    doc = coded(make_doc("La menace de sanctions contre Minsk inquiète les Bélarusses."), {"Minsk": "BLR"})
    assert "THREATEN" not in {t for t, _, _ in asserted(doc)}


def test_a_capital_taken_for_an_adverb_is_still_the_object(make_doc) -> None:
    doc = coded(make_doc("La France a appelé Ankara à la retenue."), {"France": "FRA", "Ankara": "TUR"})
    assert asserted(doc) == [("REQUEST", ("FRA",), ("TUR",))]


def test_a_pronoun_skips_a_state_of_the_other_gender(make_doc) -> None:
    text = ("Le président Loukachenko a prêté serment mercredi. La Russie l'a assuré de son soutien, "
            "bien que dans les semaines précédentes il ait accusé Moscou de chercher à le renverser.")
    doc = coded(make_doc(text), {"Loukachenko": "BLR", "Russie": "RUS", "Moscou": "RUS"},
                timexes={"mercredi": "2022-01-12"}, persons=("Loukachenko",))
    accusations = [(s, t) for etype, s, t in asserted(doc) if etype == "ACCUSE"]
    assert accusations == [(("BLR",), ("RUS",))]


def test_a_pronoun_takes_a_state_of_its_gender(make_doc) -> None:
    doc = coded(make_doc("La France a convoqué lundi l'ambassadeur. Elle a accusé Ankara de mentir."),
                {"France": "FRA", "Ankara": "TUR"}, timexes={"lundi": "2022-01-10"})
    assert ("ACCUSE", ("FRA",), ("TUR",)) in asserted(doc)


def test_a_leader_meeting_representatives_of_the_opposition_is_a_domestic_meeting(make_doc) -> None:
    text = "Le président Maduro a rencontré mardi des représentants de l'opposition."
    doc = make_doc(text)
    mentions = (
        Mention(span_of(text, "président Maduro"), Actor(code="VEN", name="Maduro", kind="person", country="VEN"),
                entity=0),
        # the opposition's country is inferred from the rest of the text, not stated here
        Mention(span_of(text, "opposition"), Actor(code="VEN", name="opposition", kind="other", sector="OPP",
                                                   country="VEN"), entity=1, explicit=False),
    )
    doc = EventsStage()(doc.with_layer("test", mentions=mentions))
    assert asserted(doc) == [("CONSULT", ("VEN",), ("VEN",))]


def test_des_before_a_state_is_where_from_not_an_object(make_doc) -> None:
    doc = coded(make_doc("Dix Iraniens sont détenus en attente d'être expulsés des Etats-Unis."),
                {"Iraniens": "IRN", "Etats-Unis": "USA"})
    assert not [e for e in doc.events if e.type == "COERCE" and e.target == ("USA",)]


def test_a_participle_read_as_a_noun_after_avoir_is_the_verb(make_doc) -> None:
    doc = coded(make_doc("La Cour des comptes a épinglé jeudi la gestion du gouvernement français."),
                {"Cour des comptes": "FRA", "gouvernement français": "FRA"}, timexes={"jeudi": "2022-01-06"})
    assert asserted(doc) == [("ACCUSE", ("FRA",), ("FRA",))]


def test_mocking_a_state_s_leader_is_disapproval(make_doc) -> None:
    doc = coded(make_doc("Le chef de la diplomatie lituanienne a raillé mardi la réélection du président bélarusse."),
                {"lituanienne": "LTU", "bélarusse": "BLR"}, timexes={"mardi": "2022-01-11"})
    assert asserted(doc) == [("ACCUSE", ("LTU",), ("BLR",))]


def test_military_support_is_military_aid(make_doc) -> None:
    doc = coded(make_doc("Le GNA est ainsi soutenu militairement par la Turquie."), {"GNA": "LBY", "Turquie": "TUR"})
    assert [(e.type, e.mode, e.source, e.target) for e in doc.events] == [("AID", "military", ("TUR",), ("LBY",))]


def test_political_support_stays_support(make_doc) -> None:
    doc = coded(make_doc("Le GNA est ainsi soutenu par la Turquie."), {"GNA": "LBY", "Turquie": "TUR"})
    assert asserted(doc) == [("SUPPORT", ("TUR",), ("LBY",))]
