"""Events stage: a prison term the parser hung on the person sentenced; two parties named by one
adjective after another."""

from __future__ import annotations

from eventcoding import asserted, coded


def test_a_term_hung_on_the_sentenced_name_is_a_sentence(make_doc) -> None:
    doc = coded(make_doc("Le tribunal de Moscou a condamné mardi l'opposant Alexeï Navalny à trois ans de prison."),
                {"tribunal de Moscou": "RUS", "Alexeï Navalny": "RUS"}, timexes={"mardi": "2021-02-02"})
    assert sorted(asserted(doc)) == [("COERCE", ("RUS",), ("RUS",)), ("SANCTION", ("RUS",), ("RUS",))]


def test_a_condemned_act_with_a_prison_named_stays_a_condemnation(make_doc) -> None:
    doc = coded(make_doc("Paris a condamné l'arrestation de l'opposant à la prison de Minsk."),
                {"Paris": "FRA", "opposant": "BLR", "Minsk": "BLR"})
    assert asserted(doc) == [("ACCUSE", ("FRA",), ("BLR",))]


def test_a_dialogue_named_by_a_second_adjective_has_both_parties(make_doc) -> None:
    doc = coded(make_doc("Le dialogue stratégique américano-irakien s'est poursuivi cette semaine."),
                {"américano-irakien": ("USA", "IRQ")}, timexes={"cette semaine": "2020-W24"})
    assert [(e[0], set(e[1])) for e in asserted(doc)] == [("CONSULT", {"USA", "IRQ"})]


def test_a_reciprocal_meeting_with_an_uncoded_partner_is_domestic(make_doc) -> None:
    doc = coded(make_doc("M. Sanchez et Mme Diaz Ayuso se sont rencontrés lundi au siège du gouvernement régional."),
                {"M. Sanchez": "ESP"}, timexes={"lundi": "2020-09-21"}, persons=("M. Sanchez",))
    assert asserted(doc) == [("CONSULT", ("ESP",), ("ESP",))]


def test_a_verb_coordinated_with_a_relative_clause_keeps_its_subject(make_doc) -> None:
    doc = coded(make_doc("La Chine a peu de morts. Le pays est pourtant dans le collimateur des Etats-Unis, "
                         "qui dénoncent sa gestion de l'épidémie et l'accusent d'avoir caché la maladie."),
                {"Chine": "CHN", "Etats-Unis": "USA"})
    assert {(e[0], e[1], e[2]) for e in asserted(doc)} == {("ACCUSE", ("USA",), ("CHN",))}
