"""Events stage: meetings said to take place in a relative clause, parties engaged in talks, allies led
by a state, planned meetings at home and partners named by a relative pronoun."""

from __future__ import annotations

from eventcoding import asserted, coded, typed


def test_meeting_held_in_a_relative_clause_is_a_meeting(make_doc) -> None:
    text = "La réunion entre les ministres russe et ukrainien, qui s'est tenue mardi à Minsk, n'a rien donné."
    doc = coded(make_doc(text), {"russe": "RUS", "ukrainien": "UKR"}, timexes={"mardi": "2022-03-08"},
                places={"Minsk": "BLR"})
    meetings = [e for e in doc.events if e.type == "CONSULT" and e.status == "asserted"]
    assert len(meetings) == 1
    assert set(meetings[0].source) | set(meetings[0].target) == {"RUS", "UKR"}
    assert meetings[0].date == "2022-03-08"


def test_summit_to_be_held_in_a_relative_clause_is_planned(make_doc) -> None:
    text = "Le sommet entre la Russie et la Turquie, qui se tiendra mardi à Sotchi, portera sur la Syrie."
    doc = coded(make_doc(text), {"Russie": "RUS", "Turquie": "TUR", "Syrie": "SYR"}, places={"Sotchi": "RUS"})
    assert not typed(doc, "CONSULT")
    agreed = typed(doc, "AGREE")
    assert len(agreed) == 1 and set(agreed[0][0]) | set(agreed[0][1]) == {"RUS", "TUR"}


def test_relative_clause_of_holding_needs_the_meeting_sense(make_doc) -> None:
    interview = coded(make_doc("L'entretien du ministre grec à la radio Skai, qui s'est tenu dans son bureau, "
                               "a été diffusé dimanche."), {"ministre grec": "GRC"})
    assert not typed(interview, "CONSULT")
    remarks = coded(make_doc("La rencontre avec le ministre qui a tenu ces propos a été annulée."),
                    {"ministre": "GRC"})
    assert not [e for e in remarks.events if e.type == "CONSULT" and e.status == "asserted"]


def test_a_party_engaged_in_talks_is_their_source(make_doc) -> None:
    text = "Le gouvernement grec est engagé dans des négociations avec la Turquie."
    doc = coded(make_doc(text), {"gouvernement grec": "GRC", "Turquie": "TUR"})
    assert asserted(doc) == [("CONSULT", ("GRC",), ("TUR",))]


def test_allies_led_by_a_state_are_partners_in_the_fight(make_doc) -> None:
    text = ("La milice, qui a combattu le groupe Etat islamique aux côtés des troupes irakiennes et de la "
            "coalition emmenée par Washington, est devenue incontournable.")
    doc = coded(make_doc(text), {"milice": "IRQ", "troupes irakiennes": "IRQ", "Washington": "USA",
                                 "Etat islamique": "ISM"})
    assert ("COOPERATE", ("IRQ",), ("USA",)) in asserted(doc)


def test_planned_meeting_with_a_person_no_code_covers_is_domestic(make_doc) -> None:
    text = "Selon son entourage, Jean Dumont devrait rencontrer Paul Lefort le 5 juin prochain."
    doc = coded(make_doc(text), {"Jean Dumont": "FRA"}, persons=("Jean Dumont",))
    assert ("AGREE", ("FRA",), ("FRA",)) in asserted(doc)


def test_partner_named_by_a_relative_pronoun(make_doc) -> None:
    text = ("Le président s'est entretenu avec le gouverneur républicain Tom Miller, avec qui il s'est dit prêt "
            "à travailler.")
    doc = coded(make_doc(text), {"président": "USA"}, persons=("président",))
    assert ("AGREE", ("USA",), ("USA",)) in asserted(doc)


def test_domestic_group_partner_of_an_acceptance_is_of_the_same_state(make_doc) -> None:
    text = "Le gouvernement grec s'est dit prêt à dialoguer avec les syndicats."
    doc = coded(make_doc(text), {"gouvernement grec": "GRC"})
    assert ("AGREE", ("GRC",), ("GRC",)) in asserted(doc)
    named = coded(make_doc("Le prince s'est dit prêt à dialoguer avec la justice américaine."),
                  {"prince": "GBR", "américaine": "USA"}, persons=("prince",))
    assert ("AGREE", ("GBR",), ("GBR",)) not in asserted(named)


def test_support_verb_left_unlemmatised_still_supports_its_noun(make_doc) -> None:
    text = "C'est la première fois que le gouvernement belge présente ses excuses pour la colonisation du Congo."
    doc = coded(make_doc(text), {"gouvernement belge": "BEL", "Congo": "COD"})
    assert [e.type for e in doc.events if e.status == "asserted"] == ["CONCEDE"]


def test_a_trip_for_talks_is_a_meeting(make_doc) -> None:
    text = "Le Premier ministre indien est arrivé lundi à Moscou pour des entretiens avec le président russe."
    doc = coded(make_doc(text), {"Premier ministre indien": "IND", "président russe": "RUS"},
                places={"Moscou": "RUS"})
    assert ("CONSULT", ("IND",), ("RUS",)) in asserted(doc)


def test_a_trip_for_a_visit_is_hosted_by_the_state_it_goes_to(make_doc) -> None:
    abroad = coded(make_doc("Le président américain est arrivé jeudi à Pékin pour une visite de deux jours."),
                   {"président américain": "USA"}, places={"Pékin": "CHN"})
    assert ("CONSULT", ("USA",), ("CHN",)) in asserted(abroad)
    home = coded(make_doc("Le Premier ministre français est arrivé lundi à Lille pour une visite."),
                 {"Premier ministre français": "FRA"}, places={"Lille": "FRA"})
    assert not typed(home, "CONSULT")


def test_a_trip_to_come_for_a_summit_is_planned(make_doc) -> None:
    text = "Le président français fera un aller-retour à Nouakchott pour un sommet avec le président nigérien."
    doc = coded(make_doc(text), {"président français": "FRA", "président nigérien": "NER"},
                places={"Nouakchott": "MRT"})
    assert not typed(doc, "CONSULT")
    assert ("AGREE", ("FRA",), ("NER",)) in asserted(doc)


def test_talks_agreed_on_are_still_to_come(make_doc) -> None:
    text = "Washington et Pékin sont convenus de reprendre leurs discussions commerciales."
    doc = coded(make_doc(text), {"Washington": "USA", "Pékin": "CHN"})
    assert [e.status for e in doc.events if e.type == "CONSULT"] in ([], ["hypothetical"])
    assert [e.type for e in doc.events if e.status == "asserted"] == ["AGREE"]


def test_leaders_who_spoke_to_each_other_held_talks(make_doc) -> None:
    spoke = coded(make_doc("Le président russe et le président turc se sont parlé au téléphone mardi."),
                  {"président russe": "RUS", "président turc": "TUR"})
    assert [e.type for e in spoke.events if e.status == "asserted"] == ["CONSULT"]
    call = coded(make_doc("Le président français a eu une conversation téléphonique avec son homologue russe."),
                 {"président français": "FRA", "homologue russe": "RUS"})
    assert ("CONSULT", ("FRA",), ("RUS",)) in asserted(call)
    told = coded(make_doc("Le président français a parlé de la Russie devant les députés."),
                 {"président français": "FRA", "Russie": "RUS"})
    assert not typed(told, "CONSULT")
