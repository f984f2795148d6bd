"""Events stage: trigger words used in a sense that names no political act (a state one ends up in, praise,
money raised, a habit stopped, a standing rule, an admission, a question asked, a caution about one's own
side), beside the political sense they keep."""

from __future__ import annotations

from eventcoding import asserted, coded, statuses, types


def test_finding_oneself_in_a_state_is_no_meeting(make_doc) -> None:
    doc = coded(make_doc("Le ministre danois s'est retrouvé rattrapé par le scandale des fausses factures."),
                {"ministre danois": "DNK"})
    assert "CONSULT" not in types(doc)
    met = coded(make_doc("Les ministres danois et suédois se sont retrouvés à Oslo."),
                {"danois": "DNK", "suédois": "SWE"})
    assert "CONSULT" in types(met)


def test_calling_something_a_success_is_no_criticism(make_doc) -> None:
    doc = coded(make_doc("Qualifiant le sommet d'événement historique, le président danois a remercié la Suède."),
                {"président danois": "DNK", "Suède": "SWE"})
    assert "ACCUSE" not in types(doc)
    assert ("SUPPORT", ("DNK",), ("SWE",)) in asserted(doc)
    blamed = coded(make_doc("Le parti danois a qualifié de scandale la décision de Stockholm."),
                   {"parti danois": "DNK", "Stockholm": "SWE"})
    assert "ACCUSE" in types(blamed)


def test_money_raised_is_no_concession(make_doc) -> None:
    doc = coded(make_doc("Le député danois a levé trois millions d'euros de dons pour les hôpitaux."),
                {"député danois": "DNK"})
    assert "CONCEDE" not in types(doc)
    lifted = coded(make_doc("L'Union européenne a levé les sanctions contre la Suède."),
                   {"Union européenne": "EU", "Suède": "SWE"})
    assert ("CONCEDE", ("EU",), ("SWE",)) in asserted(lifted)


def test_stopping_doing_something_is_no_arrest(make_doc) -> None:
    doc = coded(make_doc("La ministre danoise a dit au juge qu'elle arrête de se battre."), {"ministre danoise": "DNK"})
    assert "COERCE" not in types(doc)
    arrest = coded(make_doc("La police danoise a arrêté dix manifestants."), {"police danoise": "DNK"})
    assert "COERCE" in types(arrest)


def test_a_law_requiring_something_makes_no_demand(make_doc) -> None:
    doc = coded(make_doc("La loi danoise exige que les entreprises publient leurs comptes."), {"danoise": "DNK"})
    assert "REQUEST" not in types(doc)
    demand = coded(make_doc("Le gouvernement danois exige que la Suède publie ses comptes."),
                   {"gouvernement danois": "DNK", "Suède": "SWE"})
    assert "REQUEST" in types(demand)


def test_admitting_a_fault_is_no_recognition(make_doc) -> None:
    for sentence in ("Le ministre danois a reconnu sa part de responsabilité dans la crise.",
                     "Le ministre danois a reconnu les faits devant les enquêteurs.",
                     "Le pays est allé trop loin dans la surveillance, a reconnu le ministre danois Lars Holm."):
        doc = coded(make_doc(sentence), {"ministre danois": "DNK", "pays": "DNK"}, persons=("ministre danois",))
        assert "SUPPORT" not in types(doc), sentence
    recognised = coded(make_doc("Le gouvernement danois a reconnu le Kosovo."),
                       {"gouvernement danois": "DNK", "Kosovo": "XKX"})
    assert ("SUPPORT", ("DNK",), ("XKX",)) in asserted(recognised)


def test_asking_whether_is_no_demand(make_doc) -> None:
    doc = coded(make_doc("La ministre danoise a demandé à la Suède si elle était prête à accueillir des réfugiés."),
                {"ministre danoise": "DNK", "Suède": "SWE"})
    assert statuses(doc, "REQUEST") == []  # a question is no demand, neither made nor to come
    demand = coded(make_doc("La ministre danoise a demandé à la Suède d'accueillir des réfugiés."),
                   {"ministre danoise": "DNK", "Suède": "SWE"})
    assert ("REQUEST", ("DNK",), ("SWE",)) in asserted(demand)


def test_a_caution_about_ones_own_side_is_no_threat(make_doc) -> None:
    for sentence in ("\"Nous ne pouvons pas continuer comme avant\", a averti le gouverneur danois.",
                     ("Le ministre danois de la Santé a averti que dans certaines régions les règles n'étaient "
                      "pas respectées.")):
        doc = coded(make_doc(sentence), {"danois": "DNK"})
        assert "THREATEN" not in types(doc), sentence
    warned = coded(make_doc("Le ministre danois a averti que toute nouvelle provocation de la Suède aurait des "
                            "conséquences."), {"ministre danois": "DNK", "Suède": "SWE"})
    assert "THREATEN" in types(warned)
    addressed = coded(make_doc("Le ministre danois a mis en garde la Suède contre son projet."),
                      {"ministre danois": "DNK", "Suède": "SWE"})
    assert ("THREATEN", ("DNK",), ("SWE",)) in asserted(addressed)
