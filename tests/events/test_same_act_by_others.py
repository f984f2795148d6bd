"""Events stage: an act that others did as well, named after it ("X a dénoncé ..., tout comme Y"), is an
event of each; not when the others are undergoers of a passive or tell it in a clause of their own."""

from __future__ import annotations

from eventcoding import asserted, coded


def test_others_named_after_the_act_did_it_too(make_doc) -> None:
    doc = coded(make_doc("La France a dénoncé le coup d'Etat au Mali, tout comme l'Union européenne."),
                {"France": "FRA", "Mali": "MLI", "Union européenne": "EU"})
    assert ("ACCUSE", ("FRA",), ("MLI",)) in asserted(doc)
    assert ("ACCUSE", ("EU",), ("MLI",)) in asserted(doc)


def test_others_undergoing_the_act_are_no_source(make_doc) -> None:
    doc = coded(make_doc("Les forces armées maliennes sont régulièrement visées par des attaques jihadistes, tout "
                         "comme la France."),
                {"forces armées maliennes": "MLI", "jihadistes": "ISM", "France": "FRA"})
    assert all("FRA" not in source for _, source, _ in asserted(doc))
