"""The office holders of people.tsv: dates that do not contradict each other."""

from __future__ import annotations

import itertools

import pytest

from veille.actors import knowledge_base, resolve
from veille.actors.kb import SINGLE_OFFICES


def test_single_offices_never_overlap() -> None:
    kb = knowledge_base()
    clashes = []
    for (code, office), indexes in kb.offices.items():
        if office not in SINGLE_OFFICES or office == "crown_prince":
            continue
        terms = sorted((kb.people[i].start, kb.people[i].end or "9999", kb.people[i].name)
                       for i in indexes)
        for (s1, e1, n1), (s2, e2, n2) in itertools.pairwise(terms):
            if s2 < e1:  # the handover day itself may be shared
                clashes.append((code, office, n1, e1, n2, s2))
    assert not clashes


@pytest.mark.parametrize(("code", "office", "date", "name"), [
    ("RUS", "head_of_state", "2010-03-01", "Dmitri Medvedev"),
    ("RUS", "head_of_state", "2013-03-01", "Vladimir Poutine"),
    ("USA", "head_of_state", "2024-03-01", "Joe Biden"),
    ("USA", "head_of_state", "2025-03-01", "Donald Trump"),
    ("DEU", "head_of_government", "2025-06-01", "Friedrich Merz"),
    ("GBR", "foreign_minister", "2015-06-01", "Philip Hammond"),
    ("ISR", "foreign_minister", "2020-09-01", "Gabi Ashkenazi"),
    ("ITA", "head_of_government", "2017-06-01", "Paolo Gentiloni"),
])
def test_holder_on_a_date(code: str, office: str, date: str, name: str) -> None:
    holder = knowledge_base().holder(code, office, date)
    assert holder is not None
    assert holder.name == name


def test_a_name_takes_the_office_held_that_day() -> None:
    actor = resolve("Vladimir Poutine", "2010-03-01")
    assert actor is not None
    assert actor.role == "Premier ministre"
    actor = resolve("Vladimir Poutine", "2016-03-01")
    assert actor is not None
    assert actor.role == "président"
