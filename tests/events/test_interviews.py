"""Events stage: an interview someone speaks in ("dans cet entretien", "dans un entretien à la radio") is
no meeting; talks held with a partner named or by telephone are."""

from __future__ import annotations

from eventcoding import asserted, coded, types


def test_said_in_an_interview_is_no_meeting(make_doc) -> None:
    doc = coded(make_doc("Dans cet entretien, le président brésilien s'alarme de la fragilité du continent."),
                {"président brésilien": "BRA"})
    assert "CONSULT" not in types(doc)
    radio = coded(make_doc("Le président brésilien s'est exprimé dans un entretien à la radio nationale."),
                  {"président brésilien": "BRA"})
    assert "CONSULT" not in types(radio)


def test_talks_with_a_partner_or_by_telephone_are_a_meeting(make_doc) -> None:
    partner = coded(make_doc("Dans un entretien avec le président argentin, le président brésilien a évoqué "
                             "la dette."), {"président argentin": "ARG", "président brésilien": "BRA"})
    assert ("CONSULT", ("BRA",), ("ARG",)) in asserted(partner)
    phone = coded(make_doc("Dans un entretien téléphonique, le président brésilien et le président argentin "
                           "ont évoqué la dette."), {"président argentin": "ARG", "président brésilien": "BRA"})
    assert "CONSULT" in types(phone)
