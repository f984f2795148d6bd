"""Events stage: verbal events (accusations, refusals, praise, demands, promises, threats)."""

from __future__ import annotations

import pytest
from eventcoding import asserted, coded


@pytest.mark.parametrize("text, actors, expected", [
    ("La Pologne s'oppose au plan de la Commission européenne.",
     {"Pologne": "POL", "Commission européenne": "EU"}, ("REJECT", ("POL",), ("EU",))),
    ("La Hongrie a décliné l'invitation de la Commission européenne.",
     {"Hongrie": "HUN", "Commission européenne": "EU"}, ("REJECT", ("HUN",), ("EU",))),
    ("La Russie a opposé une fin de non-recevoir à la proposition américaine.",
     {"Russie": "RUS", "américaine": "USA"}, ("REJECT", ("RUS",), ("USA",))),
    ("La Chine a tenu les Etats-Unis pour responsables de l'escalade.",
     {"Chine": "CHN", "Etats-Unis": "USA"}, ("ACCUSE", ("CHN",), ("USA",))),
    ("L'Iran a porté plainte contre les Etats-Unis.",
     {"Iran": "IRN", "Etats-Unis": "USA"}, ("ACCUSE", ("IRN",), ("USA",))),
    ("La France s'est indignée contre les propos du président turc.",
     {"France": "FRA", "turc": "TUR"}, ("ACCUSE", ("FRA",), ("TUR",))),
    ("Les Etats-Unis ont imputé l'attaque informatique à la Russie.",
     {"Etats-Unis": "USA", "Russie": "RUS"}, ("ACCUSE", ("USA",), ("RUS",))),
    ("L'Allemagne a appuyé la candidature de la France.",
     {"Allemagne": "DEU", "France": "FRA"}, ("SUPPORT", ("DEU",), ("FRA",))),
    ("Le Japon a réaffirmé son soutien à l'Ukraine.",
     {"Japon": "JPN", "Ukraine": "UKR"}, ("SUPPORT", ("JPN",), ("UKR",))),
    ("Le président français a fait l'éloge de la chancelière allemande.",
     {"français": "FRA", "allemande": "DEU"}, ("SUPPORT", ("FRA",), ("DEU",))),
    ("La Chine a lancé un avertissement au Japon.",
     {"Chine": "CHN", "Japon": "JPN"}, ("THREATEN", ("CHN",), ("JPN",))),
])
def test_statement_lexicon(make_doc, text, actors, expected) -> None:
    assert expected in asserted(coded(make_doc(text), actors))


def test_se_mettre_d_accord_is_an_agreement(make_doc) -> None:
    doc = coded(make_doc("Israël et l'Egypte se sont mis d'accord sur une trêve."), {"Israël": "ISR", "Egypte": "EGY"})
    assert [(t, set(s) | set(g)) for t, s, g in asserted(doc)] == [("AGREE", {"ISR", "EGY"})]


def test_rejecting_a_claim_needs_no_named_claimant(make_doc) -> None:
    doc = coded(make_doc("Le Kremlin a réfuté les accusations. L'Ukraine maintient sa version."),
                {"Kremlin": "RUS", "Ukraine": "UKR"})
    assert ("REJECT", ("RUS",), ()) in asserted(doc)
    other = coded(make_doc("Le Kremlin a réfuté le terme. L'Ukraine maintient sa version."),
                  {"Kremlin": "RUS", "Ukraine": "UKR"})
    assert not [e for e in asserted(other) if e[0] == "REJECT"]


def test_statement_as_purpose_of_a_call_is_made(make_doc) -> None:
    doc = coded(make_doc("Le président américain a téléphoné au Premier ministre britannique pour le féliciter."),
                {"américain": "USA", "britannique": "GBR"})
    assert ("SUPPORT", ("USA",), ("GBR",)) in asserted(doc)
    later = coded(make_doc("Le président américain téléphonera au Premier ministre britannique pour le féliciter."),
                  {"américain": "USA", "britannique": "GBR"})
    assert ("SUPPORT", ("USA",), ("GBR",)) not in asserted(later)


def test_purpose_clause_takes_the_main_subject(make_doc) -> None:
    doc = coded(make_doc("Le dirigeant chinois a envoyé un message au président russe pour le remercier."),
                {"chinois": "CHN", "russe": "RUS"})
    assert ("SUPPORT", ("CHN",), ("RUS",)) in asserted(doc)


def test_detached_participle_with_its_agent(make_doc) -> None:
    doc = coded(make_doc("Les dirigeants grecs ont rejeté le plan turc, également dénoncé par la France."),
                {"grecs": "GRC", "turc": "TUR", "France": "FRA"})
    assert ("ACCUSE", ("FRA",), ("TUR",)) in asserted(doc)


def test_sanctions_held_out_are_a_threat(make_doc) -> None:
    doc = coded(make_doc("L'Union européenne a évoqué de nouvelles sanctions contre la Russie."),
                {"Union européenne": "EU", "Russie": "RUS"})
    assert asserted(doc) == [("THREATEN", ("EU",), ("RUS",))]
    past = coded(make_doc("L'Union européenne a évoqué les sanctions de 2014 contre la Russie."),
                 {"Union européenne": "EU", "Russie": "RUS"})
    assert all(t != "THREATEN" for t, _, _ in asserted(past))


def test_proposing_a_person_is_a_nomination(make_doc) -> None:
    doc = coded(make_doc("Le président français a proposé Ursula von der Leyen pour diriger la Commission."),
                {"français": "FRA", "Ursula von der Leyen": "DEU"}, persons=("Ursula von der Leyen",))
    assert ("SUPPORT", ("FRA",), ("DEU",)) in asserted(doc)
    offer = coded(make_doc("La Russie a proposé un cessez-le-feu à l'Ukraine."), {"Russie": "RUS", "Ukraine": "UKR"})
    assert ("AGREE", ("RUS",), ("UKR",)) in asserted(offer)


def test_visit_framing_a_conditional_clause_is_not_asserted(make_doc) -> None:
    doc = coded(make_doc("Lors de sa visite en Allemagne, le ministre français pourrait critiquer Berlin."),
                {"Allemagne": "DEU", "français": "FRA", "Berlin": "DEU"})
    assert not [e for e in asserted(doc) if e[0] == "CONSULT"]


def test_support_received_is_no_visit(make_doc) -> None:
    doc = coded(make_doc("La candidate allemande a reçu le soutien de la Pologne."), {"allemande": "DEU", "Pologne": "POL"})
    assert ("SUPPORT", ("POL",), ("DEU",)) in asserted(doc)
    assert all(t != "CONSULT" for t, _, _ in asserted(doc))


def test_support_needed_is_not_given(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement irlandais avait besoin du soutien des députés verts de Pologne."),
                {"irlandais": "IRL", "Pologne": "POL"})
    assert all(t != "SUPPORT" for t, _, _ in asserted(doc))


def test_threatened_with_a_passive_is_a_risk(make_doc) -> None:
    doc = coded(make_doc("Des Russes menacent d'être expulsés par l'Estonie."), {"Russes": "RUS", "Estonie": "EST"})
    assert all(t != "THREATEN" for t, _, _ in asserted(doc))
    threat = coded(make_doc("La Russie menace d'expulser les diplomates estoniens."), {"Russie": "RUS", "estoniens": "EST"})
    assert ("THREATEN", ("RUS",), ("EST",)) in asserted(threat)


def test_conjoined_verbs_share_the_object_after_them(make_doc) -> None:
    doc = coded(make_doc("La Chine a dénoncé puis rejeté les demandes américaines."), {"Chine": "CHN", "américaines": "USA"})
    assert ("REJECT", ("CHN",), ("USA",)) in asserted(doc)


def test_invitation_to_a_summit_is_an_agreement(make_doc) -> None:
    doc = coded(make_doc("La France a invité l'Allemagne à un sommet sur la défense."), {"France": "FRA", "Allemagne": "DEU"})
    assert ("AGREE", ("FRA",), ("DEU",)) in asserted(doc)
    call = coded(make_doc("La France a invité l'Allemagne à augmenter son budget."), {"France": "FRA", "Allemagne": "DEU"})
    assert ("REQUEST", ("FRA",), ("DEU",)) in asserted(call)


def test_assuring_someone_of_support(make_doc) -> None:
    doc = coded(make_doc("Le président français a assuré l'Ukraine du soutien de la France."),
                {"français": "FRA", "Ukraine": "UKR", "France": "FRA"})
    assert ("SUPPORT", ("FRA",), ("UKR",)) in asserted(doc)


def test_parties_signing_together(make_doc) -> None:
    doc = coded(make_doc("La France et l'Allemagne ont signé un traité de coopération."), {"France": "FRA", "Allemagne": "DEU"})
    assert ("SUPPORT", ("FRA",), ("DEU",)) in asserted(doc)


def test_reporting_incise_is_no_support(make_doc) -> None:
    doc = coded(make_doc("« Les sanctions contre la Russie sont inutiles », soutient le ministre hongrois."),
                {"Russie": "RUS", "hongrois": "HUN"})
    assert all(t != "SUPPORT" for t, _, _ in asserted(doc))
    support = coded(make_doc("Le ministre hongrois soutient la Russie."), {"Russie": "RUS", "hongrois": "HUN"})
    assert ("SUPPORT", ("HUN",), ("RUS",)) in asserted(support)


def test_lending_is_no_readiness(make_doc) -> None:
    doc = coded(make_doc("La Chine prête des vertus à ce remède, selon le ministre indien."), {"Chine": "CHN", "indien": "IND"})
    assert all(t != "AGREE" for t, _, _ in asserted(doc))
    ready = coded(make_doc("La Chine est prête à négocier avec l'Inde."), {"Chine": "CHN", "Inde": "IND"})
    assert ("AGREE", ("CHN",), ("IND",)) in asserted(ready)


def test_paying_a_debt_is_no_acquittal(make_doc) -> None:
    doc = coded(make_doc("Les dirigeants français se sont acquittés des sommes dues à l'Allemagne."),
                {"français": "FRA", "Allemagne": "DEU"})
    assert all(t != "CONCEDE" for t, _, _ in asserted(doc))


def test_asked_by_the_press_is_no_investigation(make_doc) -> None:
    doc = coded(make_doc("Interrogé par la radio, le ministre français a défendu la réforme allemande."),
                {"français": "FRA", "allemande": "DEU"})
    assert all(t != "ACCUSE" for t, _, _ in asserted(doc))
    asked = coded(make_doc("Le ministre français a été interrogé sur la position allemande."),
                  {"français": "FRA", "allemande": "DEU"})
    assert all(t != "ACCUSE" for t, _, _ in asserted(asked))
    police = coded(make_doc("La police russe a interrogé un diplomate ukrainien."), {"russe": "RUS", "ukrainien": "UKR"})
    assert ("ACCUSE", ("RUS",), ("UKR",)) in asserted(police)


def test_statement_expected_or_weighed_is_not_made(make_doc) -> None:
    doc = coded(make_doc("Les Etats-Unis devraient demander à la Chine de libérer les militants."),
                {"Etats-Unis": "USA", "Chine": "CHN"})
    assert ("REQUEST", ("USA",), ("CHN",)) not in asserted(doc)
    weighed = coded(make_doc("L'Allemagne envisage de critiquer publiquement la Pologne."), {"Allemagne": "DEU", "Pologne": "POL"})
    assert ("ACCUSE", ("DEU",), ("POL",)) not in asserted(weighed)
    made = coded(make_doc("Les Etats-Unis ont demandé à la Chine de libérer les militants."),
                 {"Etats-Unis": "USA", "Chine": "CHN"})
    assert ("REQUEST", ("USA",), ("CHN",)) in asserted(made)


def test_object_pronoun_does_not_stand_for_a_topic(make_doc) -> None:
    doc = coded(make_doc("Le président russe a évoqué la crise ukrainienne. La Pologne l'a vivement critiqué."),
                {"président russe": "RUS", "ukrainienne": "UKR", "Pologne": "POL"})
    assert ("ACCUSE", ("POL",), ("RUS",)) in asserted(doc)
    assert ("ACCUSE", ("POL",), ("UKR",)) not in asserted(doc)


@pytest.mark.parametrize("text, actors, expected", [
    ("Le gouvernement sénégalais a annoncé la levée du couvre-feu.", {"sénégalais": "SEN"}, ("CONCEDE", ("SEN",), ("SEN",))),
    ("Washington a décidé la levée des sanctions contre Téhéran.", {"Washington": "USA", "Téhéran": "IRN"},
     ("CONCEDE", ("USA",), ("IRN",))),
    ("Le gouvernement japonais a demandé pardon à la Corée du Sud.", {"japonais": "JPN", "Corée du Sud": "KOR"},
     ("CONCEDE", ("JPN",), ("KOR",))),
])
def test_lifting_and_apology_are_concessions(make_doc, text, actors, expected) -> None:
    found = asserted(coded(make_doc(text), actors))
    assert expected in found
    assert all(t != "REQUEST" for t, _, _ in found)  # "demander pardon" asks for nothing


def test_lifting_named_as_background_or_funds_is_no_concession(make_doc) -> None:
    doc = coded(make_doc("Depuis la levée du couvre-feu, les Sénégalais sortent le soir."), {"Sénégalais": "SEN"})
    assert all(t != "CONCEDE" for t, _, _ in asserted(doc))
    funds = coded(make_doc("La société sénégalaise a annoncé une levée de fonds."), {"sénégalaise": "SEN"})
    assert all(t != "CONCEDE" for t, _, _ in asserted(funds))


def test_subject_qui_stands_for_the_actor_right_before_it(make_doc) -> None:
    doc = coded(make_doc("Le Japon a imposé de lourdes sanctions contre la Corée du Nord, qui a rejeté toute implication."),
                {"Japon": "JPN", "Corée du Nord": "PRK"})
    rejects = [(s, g) for t, s, g in asserted(doc) if t == "REJECT"]
    assert rejects and all(s == ("PRK",) for s, _ in rejects)


@pytest.mark.parametrize("text, actors, expected", [
    ("La Russie a de son côté dénoncé les sanctions américaines.", {"Russie": "RUS", "américaines": "USA"},
     ("ACCUSE", ("RUS",), ("USA",))),
    ("Les Etats-Unis ont de leur côté salué la décision de la Chine.", {"Etats-Unis": "USA", "Chine": "CHN"},
     ("SUPPORT", ("USA",), ("CHN",))),
    ("Le ministre iranien a une nouvelle fois dénoncé la politique américaine.", {"iranien": "IRN", "américaine": "USA"},
     ("ACCUSE", ("IRN",), ("USA",))),
    ("La Turquie a à plusieurs reprises menacé la Grèce.", {"Turquie": "TUR", "Grèce": "GRC"},
     ("THREATEN", ("TUR",), ("GRC",))),
])
def test_phrase_between_auxiliary_and_participle(make_doc, text, actors, expected) -> None:
    assert expected in asserted(coded(make_doc(text), actors))


def test_call_with_the_infinitive_hung_on_the_object(make_doc) -> None:
    doc = coded(make_doc("La présidence ukrainienne a appelé les autorités bélarusses à cesser les provocations."),
                {"ukrainienne": "UKR", "bélarusses": "BLR"})
    assert ("REQUEST", ("UKR",), ("BLR",)) in asserted(doc)


@pytest.mark.parametrize("text, actors, expected", [
    ("Moscou a fait part de son opposition au projet américain.", {"Moscou": "RUS", "américain": "USA"},
     ("REJECT", ("RUS",), ("USA",))),
    ("Le gouvernement turc a exprimé son indignation après les propos du président français.",
     {"turc": "TUR", "président français": "FRA"}, ("ACCUSE", ("TUR",), ("FRA",))),
])
def test_opposition_and_indignation_expressed(make_doc, text, actors, expected) -> None:
    assert expected in asserted(coded(make_doc(text), actors))


def test_the_opposition_as_an_actor_is_no_refusal(make_doc) -> None:
    doc = coded(make_doc("Le chef de l'opposition russe a rencontré le président français."),
                {"russe": "RUS", "président français": "FRA"})
    assert all(t != "REJECT" for t, _, _ in asserted(doc))


def test_denying_any_link_is_a_refusal_with_no_claimant(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement vénézuélien nie toute responsabilité dans l'attaque contre la Colombie."),
                {"vénézuélien": "VEN", "Colombie": "COL"})
    assert any(t == "REJECT" and s == ("VEN",) for t, s, _ in asserted(doc))


def test_incise_statement_targets_the_actor_of_the_quotation(make_doc) -> None:
    doc = coded(make_doc("\"Cette décision est une erreur grave du gouvernement turc\", a dénoncé le ministre grec."),
                {"gouvernement turc": "TUR", "ministre grec": "GRC"})
    assert ("ACCUSE", ("GRC",), ("TUR",)) in asserted(doc)


@pytest.mark.parametrize("text, actors", [
    ("Le Japon a promis une aide de trois millions de dollars.", {"Japon": "JPN"}),
    ("Le gouvernement italien s'est engagé à réduire ses dépenses.", {"italien": "ITA"}),
    ("Le gouvernement espagnol a promis de baisser les impôts.", {"espagnol": "ESP"}),
])
def test_promise_or_offer_to_no_one_named_is_agree(make_doc, text, actors) -> None:
    assert ("AGREE", tuple(actors.values()), ()) in asserted(coded(make_doc(text), actors))


@pytest.mark.parametrize("text, actors", [
    ("Le ministre brésilien a offert ses condoléances aux familles.", {"brésilien": "BRA"}),
    ("Le président brésilien a offert un spectacle étonnant.", {"brésilien": "BRA"}),
    ("Le Portugal va-t-il s'engager ?", {"Portugal": "PRT"}),
])
def test_what_promises_nothing_is_no_agree(make_doc, text, actors) -> None:
    assert all(e.type != "AGREE" for e in coded(make_doc(text), actors).events)


def test_how_someone_became_known_is_a_career_not_an_event(make_doc) -> None:
    doc = coded(make_doc("L'opposant Navalny, qui s'est fait un nom en dénonçant la corruption du Kremlin, a été "
                         "hospitalisé. Un blogueur s'est fait connaître en accusant le Kremlin de fraude."),
                {"Navalny": "RUS", "Kremlin": "RUS", "blogueur": "RUS"})
    assert not [e for e in asserted(doc) if e[0] == "ACCUSE"]
    told = coded(make_doc("L'opposant Navalny a réagi en dénonçant la corruption du Kremlin."),
                 {"Navalny": "RUS", "Kremlin": "RUS"})
    assert [e[0] for e in asserted(told)] == ["ACCUSE"]
