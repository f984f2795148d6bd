"""Events stage: envoys recalled in the passive: their state recalls them from where they were posted."""

from __future__ import annotations

from eventcoding import asserted, coded


def test_a_mission_withdrawn_is_its_state_cutting_ties_with_its_host(make_doc) -> None:
    doc = coded(make_doc("La mission diplomatique russe auprès de l'Alliance a été retirée en octobre."),
                {"russe": "RUS", "Alliance": "NATO"}, timexes={"en octobre": "2021-10"})
    assert asserted(doc) == [("SANCTION", ("RUS",), ("NATO",))]


def test_an_ambassador_recalled_is_recalled_by_the_sending_state(make_doc) -> None:
    doc = coded(make_doc("L'ambassadeur français en Turquie a été rappelé samedi."),
                {"français": "FRA", "Turquie": "TUR"}, timexes={"samedi": "2022-01-08"})
    assert asserted(doc) == [("SANCTION", ("FRA",), ("TUR",))]
