"""Events stage: taking ground (PLOVER COERCE seize, CAMEO 192 "occupy territory")."""

from __future__ import annotations

from eventcoding import asserted, coded


def test_seizing_a_town_is_occupying_territory(make_doc) -> None:
    doc = coded(make_doc("Les rebelles se sont emparés mardi de la ville de Marib."), {"rebelles": "YEM"},
                timexes={"mardi": "2022-01-11"}, places={"Marib": "YEM"})
    assert [(e.type, e.mode, e.source, e.target) for e in doc.events] == [("COERCE", "seize", ("YEM",), ("YEM",))]


def test_taking_control_of_an_airport_abroad_targets_its_state(make_doc) -> None:
    doc = coded(make_doc("Les forces russes ont pris jeudi le contrôle de l'aéroport de Hostomel."),
                {"russes": "RUS"}, timexes={"jeudi": "2022-01-06"}, places={"Hostomel": "UKR"})
    assert asserted(doc) == [("COERCE", ("RUS",), ("UKR",))]


def test_taking_a_file_a_job_or_a_company_is_no_seizure(make_doc) -> None:
    for text in ("Le ministre français s'est emparé du dossier des retraites.",
                 "Les salariés français ont repris le travail lundi.",
                 "Le fonds français a pris le contrôle de l'entreprise."):
        doc = coded(make_doc(text), {"français": "FRA"}, timexes={"lundi": "2022-01-10"} if "lundi" in text else None)
        assert "COERCE" not in {t for t, _, _ in asserted(doc)}, text
