"""Events stage: a phrase between the auxiliary and the participle ("a de son côté rencontré", "a à son tour
menacé") on which the parser hangs the participle and its object."""

from __future__ import annotations

from eventcoding import asserted, coded


def test_the_object_hung_on_the_incise_is_the_target(make_doc) -> None:
    doc = coded(make_doc("Le chef de la diplomatie française a de son côté rencontré son homologue allemand à Berlin."),
                {"française": "FRA", "allemand": "DEU"}, places={"Berlin": "DEU"})
    assert asserted(doc) == [("CONSULT", ("FRA",), ("DEU",))]


def test_the_object_taken_for_the_participle_subject_is_the_target(make_doc) -> None:
    doc = coded(make_doc("Le Premier ministre israélien a à son tour menacé le Hezbollah de représailles."),
                {"israélien": "ISR", "Hezbollah": "LBN"})
    assert asserted(doc) == [("THREATEN", ("ISR",), ("LBN",))]
