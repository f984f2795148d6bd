"""Agreements reached, promises and planned meetings (AGREE): the constructions French news uses for
them, and the look-alikes that are none."""

from __future__ import annotations

from eventcoding import coded, typed


def test_agreement_reached_by_two_coordinated_states(make_doc) -> None:
    # the parser takes the first name for the root and the verb for its conjunct
    doc = coded(make_doc("La Russie et l'Ukraine ont convenu d'un échange de prisonniers."),
                {"Russie": "RUS", "Ukraine": "UKR"})
    agreed = typed(doc, "AGREE")
    assert len(agreed) == 1 and set(agreed[0][0]) | set(agreed[0][1]) == {"RUS", "UKR"}


def test_reaching_an_agreement_is_an_agree(make_doc) -> None:
    doc = coded(make_doc("Le Chili et le Pérou sont parvenus à un accord sur la frontière maritime."),
                {"Chili": "CHL", "Pérou": "PER"})
    assert [set(s) | set(t) for s, t, st in typed(doc, "AGREE") if st == "asserted"] == [{"CHL", "PER"}]


def test_finding_an_agreement_with_a_state_is_an_agree(make_doc) -> None:
    doc = coded(make_doc("Le Maroc a trouvé un accord avec l'Espagne sur la pêche."),
                {"Maroc": "MAR", "Espagne": "ESP"})
    assert typed(doc, "AGREE") == [(("MAR",), ("ESP",), "asserted")]


def test_failing_to_agree_is_no_refusal(make_doc) -> None:
    doc = coded(make_doc("Le Maroc et l'Espagne ne parviennent pas à trouver un accord sur la pêche."),
                {"Maroc": "MAR", "Espagne": "ESP"})
    assert typed(doc, "REJECT") == []
    assert all(st != "asserted" for _, _, st in typed(doc, "AGREE"))


def test_agreed_with_etre_has_its_subject_as_actor(make_doc) -> None:
    doc = coded(make_doc("Le Chili est convenu avec le Pérou d'un calendrier."), {"Chili": "CHL", "Pérou": "PER"})
    assert typed(doc, "AGREE") == [(("CHL",), ("PER",), "asserted")]


def test_intending_to_act_is_no_agreement(make_doc) -> None:
    doc = coded(make_doc("Le Chili entend porter la question devant le Pérou."), {"Chili": "CHL", "Pérou": "PER"})
    assert typed(doc, "AGREE") == []


def test_offering_cooperation_to_a_minister_is_no_nomination(make_doc) -> None:
    doc = coded(make_doc("Le ministre chilien proposera mardi une coopération militaire au ministre péruvien."),
                {"ministre chilien": "CHL", "ministre péruvien": "PER"}, persons=("ministre péruvien",))
    assert typed(doc, "SUPPORT") == []
    assert typed(doc, "AGREE") == [(("CHL",), ("PER",), "asserted")]


def test_promise_quoted_after_the_name_is_the_name_s(make_doc) -> None:
    doc = coded(make_doc('Donald Trump "s\'est engagé à poursuivre l\'aide aux Fidji", a déclaré son bureau.'),
                {"Donald Trump": "USA", "Fidji": "FJI"}, persons=("Donald Trump",))
    assert [s for s, _, st in typed(doc, "AGREE") if st == "asserted"] == [("USA",)]


def test_planned_meeting_of_two_named_politicians_of_one_state(make_doc) -> None:
    doc = coded(make_doc("Jean Dupont devrait rencontrer Paul Durand le 5 juin."),
                {"Jean Dupont": "FRA", "Paul Durand": "FRA"}, persons=("Jean Dupont", "Paul Durand"))
    assert typed(doc, "AGREE") == [(("FRA",), ("FRA",), "asserted")]


def test_talks_begun_are_held(make_doc) -> None:
    doc = coded(make_doc("Le Japon a débuté des négociations avec la Chine."), {"Japon": "JPN", "Chine": "CHN"})
    assert typed(doc, "CONSULT") == [(("JPN",), ("CHN",), "asserted")]


def test_giving_one_s_consent_is_an_approval(make_doc) -> None:
    doc = coded(make_doc("Le Japon a donné son accord au départ de l'ambassadeur chinois."),
                {"Japon": "JPN", "chinois": "CHN"})
    assert typed(doc, "AGREE") == []
    assert [t for _, t, st in typed(doc, "SUPPORT") if st == "asserted"] == [("CHN",)]


def test_first_of_coordinated_subjects_brings_only_itself(make_doc) -> None:
    # the first name is the parser's root: what it governs (the object's owner) is no subject
    doc = coded(make_doc("Les États-Unis et l'Otan ont rejeté une grande partie des demandes de Moscou."),
                {"États-Unis": "USA", "Otan": "NATO", "Moscou": "RUS"})
    assert [(set(s), t) for s, t, st in typed(doc, "REJECT") if st == "asserted"] == [({"USA", "NATO"}, ("RUS",))]
