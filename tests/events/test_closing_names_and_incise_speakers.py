"""Events stage: a person's name hung inside the complement it closes ("le candidat à la Maison
Blanche Joe Biden"), and the speaker of a reporting incise who does what a participle after it says
('"...", a par ailleurs lancé X, accusant Y')."""

from __future__ import annotations

from eventcoding import asserted, coded


def test_the_name_closing_a_complement_is_the_subject(make_doc) -> None:
    doc = coded(make_doc("Le candidat démocrate à la Maison Blanche Joe Biden a dénoncé lundi la politique de la Chine."),
                {"Joe Biden": "USA", "Chine": "CHN"}, persons=("Joe Biden",))
    assert asserted(doc) == [("ACCUSE", ("USA",), ("CHN",))]


def test_the_organisation_an_envoy_is_posted_to_is_not_the_source(make_doc) -> None:
    doc = coded(make_doc("Le représentant de la Russie auprès de l'Otan Alexandre Grouchko a rejeté les demandes "
                         "américaines."),
                {"Russie": "RUS", "Otan": "NATO", "Alexandre Grouchko": "RUS", "américaines": "USA"},
                persons=("Alexandre Grouchko",))
    assert asserted(doc) == [("REJECT", ("RUS",), ("USA",))]


def test_a_participle_after_an_incise_has_the_speaker_for_subject(make_doc) -> None:
    doc = coded(make_doc('"Il ment", a par ailleurs lancé le ministre turc Mevlüt Cavusoglu, accusant la Grèce de '
                         'provocations.'),
                {"Mevlüt Cavusoglu": "TUR", "Grèce": "GRC"}, persons=("Mevlüt Cavusoglu",))
    assert asserted(doc) == [("ACCUSE", ("TUR",), ("GRC",))]


def test_a_text_attacked_is_no_assault(make_doc) -> None:
    doc = coded(make_doc("Le Conseil d'Etat a rejeté la requête des associations françaises, qui attaquaient le décret "
                         "organisant cette consultation."),
                {"Conseil d'Etat": "FRA", "françaises": "FRA"})
    assert "ASSAULT" not in {e.type for e in doc.events}


def test_a_court_a_case_is_brought_to_seizes_nothing(make_doc) -> None:
    doc = coded(make_doc("Les tribunaux, saisis par l'association française, ont demandé aux préfectures de lever "
                         "l'obligation."),
                {"française": "FRA"})
    assert "COERCE" not in {e.type for e in doc.events}


def test_who_tells_of_an_act_named_by_a_noun_did_not_do_it(make_doc) -> None:
    doc = coded(make_doc("La présidente du Rassemblement national a affirmé que les premières arrestations ont eu lieu à "
                         "15H00 et la première grenade lacrymogène lancée à 09H30."),
                {"présidente du Rassemblement national": "FRA"})
    assert "ASSAULT" not in {e.type for e in doc.events}


def test_a_visit_set_apart_on_the_subject_is_a_visit_held(make_doc) -> None:
    doc = coded(make_doc("Le secrétaire d'Etat américain, en visite à Kiev, a promis un soutien accru à l'Ukraine."),
                {"américain": "USA", "Ukraine": "UKR"}, places={"Kiev": "UKR"})
    assert ("CONSULT", ("USA",), ("UKR",)) in asserted(doc)


def test_a_verb_coordinated_with_no_determiner_is_a_verb(make_doc) -> None:
    doc = coded(make_doc("L'Union européenne s'y oppose et demande au gouvernement israélien de renoncer à l'annexion."),
                {"Union européenne": "EU", "israélien": "ISR"})
    assert ("REQUEST", ("EU",), ("ISR",)) in asserted(doc)


def test_the_state_a_subject_is_described_by_is_not_the_actor(make_doc) -> None:
    doc = coded(make_doc("Le Qatar, allié de Washington, a condamné l'attaque iranienne."),
                {"Qatar": "QAT", "Washington": "USA", "iranienne": "IRN"})
    assert asserted(doc) == [("ACCUSE", ("QAT",), ("IRN",))]


def test_a_second_object_after_de_meme_que_is_no_act_s_complement(make_doc) -> None:
    doc = coded(make_doc("L'Arabie saoudite a dénoncé les opérations turques de même que des bombardements "
                         "d'artillerie iraniens."),
                {"Arabie saoudite": "SAU", "turques": "TUR", "iraniens": "IRN"})
    assert [(s, set(t)) for _, s, t in asserted(doc)] == [(("SAU",), {"TUR", "IRN"})]
