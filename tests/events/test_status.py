"""Status of events (asserted, hypothetical, negated) from French clause grammar."""

from __future__ import annotations

from eventcoding import coded, statuses

from veille.events import load_lexicon
from veille.events.grammar import clause_of


def test_concessive_si_with_passe_compose_is_asserted(make_doc) -> None:
    doc = coded(make_doc("Si le Japon a condamné l'essai nucléaire, il refuse toute nouvelle sanction."),
                {"Japon": "JPN"})
    assert statuses(doc, "ACCUSE") == ["asserted"]


def test_si_with_present_is_a_condition(make_doc) -> None:
    doc = coded(make_doc("Le Japon imposera des sanctions à la Corée du Nord si elle procède à un essai."),
                {"Japon": "JPN", "Corée du Nord": "PRK"})
    assert statuses(doc, "SANCTION") == ["hypothetical"]


def test_meme_si_is_a_concession(make_doc) -> None:
    doc = coded(make_doc("Même si le Canada condamne l'attaque, il refuse toute sanction."), {"Canada": "CAN"})
    assert statuses(doc, "ACCUSE") == ["asserted"]


def test_bien_que_with_subjunctive_is_a_fact(make_doc) -> None:
    doc = coded(make_doc("Bien que la Belgique ait condamné l'attaque, elle refuse toute sanction."),
                {"Belgique": "BEL"})
    assert statuses(doc, "ACCUSE") == ["asserted"]


def test_aid_sent_for_a_purpose_is_given(make_doc) -> None:
    doc = coded(make_doc("L'Italie a envoyé lundi des médecins pour aider la Tunisie."),
                {"Italie": "ITA", "Tunisie": "TUN"})
    assert statuses(doc, "AID") == ["asserted"]


def test_aid_to_be_sent_for_a_purpose_is_not_given(make_doc) -> None:
    doc = coded(make_doc("L'Italie va envoyer des médecins pour aider la Tunisie."),
                {"Italie": "ITA", "Tunisie": "TUN"})
    assert "asserted" not in statuses(doc, "AID")


def test_purpose_of_an_attack_stays_hypothetical(make_doc) -> None:
    doc = coded(make_doc("L'Inde a déployé des troupes pour attaquer le Pakistan."),
                {"Inde": "IND", "Pakistan": "PAK"})
    assert statuses(doc, "ASSAULT") in ([], ["hypothetical"])


def test_negation_inside_a_quote_is_not_the_reporters(make_doc) -> None:
    doc = make_doc("Le ministre grec s'est exprimé mardi. \"La Turquie ne respecte aucun de ses engagements et a "
                   "envoyé des mercenaires en Libye\", a-t-il dénoncé.")
    verb = next(t for t in doc.parse if t.lower_ == "dénoncé")
    assert clause_of(verb, load_lexicon()).status == "asserted"


def test_negation_of_a_neighbouring_clause_does_not_spread(make_doc) -> None:
    doc = coded(make_doc("Le président ne viendra pas au sommet cette année, le maire de Lyon a donc décidé de boycotter "
                         "la réception à l'Elysée."), {"président": "FRA", "maire de Lyon": "FRA", "Elysée": "FRA"})
    assert statuses(doc, "PROTEST") == ["asserted"]


def test_introductory_participle_happened(make_doc) -> None:
    doc = coded(make_doc("Dénonçant la répression des grévistes, le syndicat tunisien a appelé à une grève générale."),
                {"syndicat tunisien": "TUN"})
    assert statuses(doc, "ACCUSE") == ["asserted"]


def test_refusal_negates_the_act(make_doc) -> None:
    doc = coded(make_doc("La Ligue arabe a refusé de condamner la décision des Emirats."),
                {"Ligue arabe": "ARAB_LEAGUE", "Emirats": "ARE"})
    assert statuses(doc, "ACCUSE") == ["negated"]


def test_coordinated_act_after_devrait_is_hypothetical(make_doc) -> None:
    doc = coded(make_doc("Le ministre libanais devrait se déclarer candidat et démissionner dans la foulée."),
                {"ministre libanais": "LBN"})
    assert statuses(doc, "RETREAT") == ["hypothetical"]


def test_condition_belongs_to_the_nearer_clause(make_doc) -> None:
    doc = coded(make_doc("Le président turc a critiqué l'article 5 du traité, qui prévoit une riposte commune si un "
                         "membre est attaqué."),
                {"président turc": "TUR"})
    assert statuses(doc, "ACCUSE") == ["asserted"]


def test_conditional_of_should_is_hypothetical(make_doc) -> None:
    doc = coded(make_doc("Le ministre de l'Intérieur libanais devrait démissionner."),
                {"ministre de l'Intérieur libanais": "LBN"})
    assert statuses(doc, "RETREAT") == ["hypothetical"]


def test_first_person_conditional_past_is_counterfactual(make_doc) -> None:
    doc = make_doc("\"J'aurais démissionné du gouvernement\", a déclaré le ministre français.")
    verb = next(t for t in doc.parse if t.lower_ == "démissionné")
    assert clause_of(verb, load_lexicon()).status == "hypothetical"


def test_third_person_conditional_past_reports_a_fact(make_doc) -> None:
    doc = coded(make_doc("Le ministre français aurait démissionné du gouvernement."), {"ministre français": "FRA"})
    assert statuses(doc, "RETREAT") == ["asserted"]


def test_strike_called_for_a_later_day_is_hypothetical(make_doc) -> None:
    text = "Le syndicat tunisien a appelé à une grève générale lundi prochain."
    doc = coded(make_doc(text, "2022-01-12"), {"syndicat tunisien": "TUN"}, {"lundi prochain": "2022-01-17"})
    assert statuses(doc, "PROTEST") == ["hypothetical"]
    doc = coded(make_doc(text.replace("prochain", "dernier"), "2022-01-12"), {"syndicat tunisien": "TUN"},
                {"lundi dernier": "2022-01-10"})
    assert statuses(doc, "PROTEST") == ["asserted"]


def test_coordination_under_ni_is_negated_not_a_refusal(make_doc) -> None:
    doc = coded(make_doc("La Chine n'a ni condamné ni soutenu l'invasion russe."), {"Chine": "CHN", "russe": "RUS"})
    assert statuses(doc, "SUPPORT") == ["negated"] and statuses(doc, "REJECT") == []
