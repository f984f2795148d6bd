"""Events stage: a past participle that opens the sentence says what the main clause's subject underwent
("Critiqué par Washington, le président russe a..."): its "par" complement is the actor."""

from __future__ import annotations

from eventcoding import asserted, coded


def test_the_subject_underwent_the_fronted_participle(make_doc) -> None:
    doc = coded(make_doc("Critiqué par Washington, le président russe a rejeté toute ingérence."),
                {"Washington": "USA", "russe": "RUS"})
    assert ("ACCUSE", ("USA",), ("RUS",)) in asserted(doc)


def test_a_host_named_by_the_fronted_participle_receives_the_subject(make_doc) -> None:
    doc = coded(make_doc("Reçu par Vladimir Poutine au Kremlin, le président turc a plaidé pour un cessez-le-feu."),
                {"Vladimir Poutine": "RUS", "turc": "TUR"}, persons=("Vladimir Poutine",))
    assert ("CONSULT", ("RUS",), ("TUR",)) in asserted(doc)


def test_the_one_warned_gives_no_warning(make_doc) -> None:
    doc = coded(make_doc("Averti pendant son voyage en Australie, le président français prévient que des sanctions "
                         "seront prises."),
                {"Australie": "AUS", "français": "FRA"})
    assert "THREATEN" not in {e.type for e in doc.events}


def test_a_demand_refused_by_an_agent_named_after_it(make_doc) -> None:
    doc = coded(make_doc("Paris exige aussi un accès consulaire à la chercheuse, catégoriquement refusé depuis le début "
                         "par les autorités iraniennes."),
                {"Paris": "FRA", "autorités iraniennes": "IRN"})
    assert ("REJECT", ("IRN",), ("FRA",)) in asserted(doc)


def test_an_act_denounced_by_an_agent_named_after_it_keeps_its_author(make_doc) -> None:
    doc = coded(make_doc("Les dirigeants palestiniens ont fustigé ce plan américain, aussi dénoncé par l'ONU."),
                {"palestiniens": "PSE", "américain": "USA", "ONU": "UN"})
    assert ("ACCUSE", ("UN",), ("USA",)) in asserted(doc)
