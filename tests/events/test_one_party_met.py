"""Events stage: a meeting held "avec" a coded party, the other party left uncoded."""

from __future__ import annotations

from eventcoding import asserted, coded


def test_talks_with_a_coded_party_are_a_meeting(make_doc) -> None:
    doc = coded(make_doc("L'Etat, en faillite officielle, avait amorcé en mai des pourparlers avec le FMI."),
                {"FMI": "IMF"}, timexes={"en mai": "2021-05"})
    assert asserted(doc) == [("CONSULT", ("IMF",), ())]


def test_a_party_met_without_avec_is_no_meeting(make_doc) -> None:
    doc = coded(make_doc("Le projet rencontre l'opposition du président du Sénat français."),
                {"président du Sénat français": "FRA"})
    assert asserted(doc) == []
