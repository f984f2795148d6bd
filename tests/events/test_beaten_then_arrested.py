"""Events stage: people beaten then arrested, no agent named: the state where it happens beat them."""

from __future__ import annotations

from eventcoding import asserted, coded


def test_beaten_then_arrested_is_an_assault_by_the_arresting_state(make_doc) -> None:
    doc = coded(make_doc("Une demi-douzaine de parents ont été frappés puis arrêtés lundi soir à Hohhot, "
                         "en Chine."),
                {"Chine": "CHN"}, places={"Hohhot": "CHN", "Chine": "CHN"})
    assert ("ASSAULT", ("CHN",), ("CHN",)) in asserted(doc)


def test_beaten_alone_names_no_attacker(make_doc) -> None:
    doc = coded(make_doc("Une demi-douzaine de parents ont été frappés lundi soir à Hohhot, en Chine."),
                {"Chine": "CHN"}, places={"Hohhot": "CHN", "Chine": "CHN"})
    assert "ASSAULT" not in {t for t, _, _ in asserted(doc)}
