"""Events stage: a court's sentence is no condemnation in words (also where the parser hangs the sentence
on the court, or where no sentence is told), and police or investigators sent to a scene bring no aid."""

from __future__ import annotations

from eventcoding import asserted, coded, types


def test_sentence_hung_on_the_court_is_a_conviction(make_doc) -> None:
    doc = coded(make_doc("Le journaliste danois a été condamné mardi par un tribunal de Minsk à dix jours de "
                         "prison et à l'expulsion, a indiqué son avocat."),
                {"danois": "DNK", "Minsk": "BLR"})
    assert "ACCUSE" not in types(doc)
    assert ("COERCE", ("BLR",), ("DNK",)) in asserted(doc)


def test_people_condemned_with_no_one_named_are_convicted(make_doc) -> None:
    doc = coded(make_doc("Trois anciens ministres péruviens ont été condamnés."), {"péruviens": "PER"})
    assert "ACCUSE" not in types(doc)
    by_court = coded(make_doc("Deux policiers péruviens ont été condamnés par la justice."), {"péruviens": "PER"})
    assert "ACCUSE" not in types(by_court)


def test_a_life_sentence_is_a_sentence(make_doc) -> None:
    doc = coded(make_doc("L'ancien gouverneur chinois a été condamné à vie par un tribunal de Pékin."),
                {"chinois": "CHN", "Pékin": "CHN"})
    assert "COERCE" in types(doc) and "ACCUSE" not in types(doc)


def test_an_act_condemned_by_a_state_stays_an_accusation(make_doc) -> None:
    doc = coded(make_doc("Le régime syrien a été condamné par le gouvernement turc."),
                {"syrien": "SYR", "turc": "TUR"})
    assert asserted(doc) == [("ACCUSE", ("TUR",), ("SYR",))]


def test_police_sent_to_a_scene_bring_no_aid(make_doc) -> None:
    police = coded(make_doc("Une vingtaine de gendarmes belges ont été dépêchés sur place."), {"belges": "BEL"})
    assert "AID" not in types(police)
    inquiry = coded(make_doc("Le ministère belge a dépêché un inspecteur sur les lieux afin d'enquêter."),
                    {"ministère belge": "BEL"})
    assert "AID" not in types(inquiry)


def test_forces_sent_after_a_disaster_bring_aid(make_doc) -> None:
    doc = coded(make_doc("Après le séisme, le gouvernement équatorien a dépêché des policiers et des médecins "
                         "sur place."), {"gouvernement équatorien": "ECU"})
    assert "AID" in types(doc)
