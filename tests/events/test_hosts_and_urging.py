"""Events stage: guests hosted, urging, killings claimed, accusations received."""

from __future__ import annotations

from eventcoding import asserted, coded, types


def test_a_counterpart_hosted_is_a_visit(make_doc) -> None:
    doc = coded(make_doc("Le président français a accueilli lundi à l'Elysée son homologue égyptien."),
                {"français": "FRA", "égyptien": "EGY"})
    assert asserted(doc) == [("CONSULT", ("FRA",), ("EGY",))]
    assert [e.mode for e in doc.events] == ["visit"]


def test_refugees_and_plans_taken_in_are_no_visit(make_doc) -> None:
    refugees = coded(make_doc("L'Allemagne a accueilli 1.500 réfugiés des îles grecques."),
                     {"Allemagne": "DEU", "grecques": "GRC"})
    plan = coded(make_doc("Ryad a bien accueilli le plan de paix du président américain Donald Trump."),
                 {"Ryad": "SAU", "américain": "USA"})
    assert "CONSULT" not in types(refugees) and "CONSULT" not in types(plan)


def test_urging_another_to_act_is_a_request(make_doc) -> None:
    doc = coded(make_doc("Washington a encouragé Israël à poursuivre les négociations avec les Palestiniens."),
                {"Washington": "USA", "Israël": "ISR", "Palestiniens": "PSE"})
    assert ("REQUEST", ("USA",), ("ISR",)) in asserted(doc)


def test_a_killing_claimed_is_the_claimant_s_assault(make_doc) -> None:
    doc = coded(make_doc("Le groupe Etat islamique a revendiqué jeudi l'assassinat au Niger de huit personnes."),
                {"Etat islamique": "ISM", "Niger": "NER"}, timexes={"jeudi": "2022-01-06"})
    assert [(e.type, e.mode, e.source) for e in doc.events] == [("ASSAULT", "targeted", ("ISM",))]


def test_accusations_received_are_the_accuser_s_not_the_receiver_s(make_doc) -> None:
    doc = coded(make_doc("Le Kremlin a accueilli avec scepticisme les accusations de Berlin."),
                {"Kremlin": "RUS", "Berlin": "DEU"})
    assert asserted(doc) == [("REJECT", ("RUS",), ("DEU",))]


def test_a_summit_hosted_is_still_held(make_doc) -> None:
    doc = coded(make_doc("Buenos Aires a accueilli le sommet de l'Organisation mondiale du commerce."),
                {"Buenos Aires": "ARG", "Organisation mondiale du commerce": "WTO"})
    assert "CONSULT" in types(doc)


def test_criticism_from_one_s_own_country_has_its_author(make_doc) -> None:
    doc = coded(make_doc("La réforme du gouvernement français a suscité de vives critiques de la part de l'opposition."),
                {"gouvernement français": "FRA", "opposition": "FRA"})
    assert asserted(doc) == [("ACCUSE", ("FRA",), ("FRA",))]


def test_minding_one_s_own_faults_refuses_nothing(make_doc) -> None:
    doc = coded(make_doc("Washington a exhorté la Turquie à préserver Sainte-Sophie. "
                         "La Turquie a conseillé à Washington de balayer devant sa porte."),
                {"Washington": "USA", "Turquie": "TUR"})
    assert "REJECT" not in types(doc)


def test_urging_needs_someone_urged_not_the_mark_of_a_second_verb(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement français continue à encourager et à recommander le télétravail."),
                {"gouvernement français": "FRA"})
    assert "REQUEST" not in types(doc)


def test_the_author_of_an_inquiry_is_not_its_target(make_doc) -> None:
    doc = coded(make_doc("Ces sociétés font l'objet d'une enquête de la part des autorités australiennes."),
                {"autorités australiennes": "AUS"})
    assert [e.target_names for e in doc.events if e.source_names == ("autorités australiennes",)] == [()]


def test_a_minister_greeted_by_protesters_is_not_hosted(make_doc) -> None:
    doc = coded(make_doc("Le ministre français a été accueilli par plusieurs dizaines de policiers en colère."),
                {"français": "FRA"})
    assert "CONSULT" not in types(doc)
