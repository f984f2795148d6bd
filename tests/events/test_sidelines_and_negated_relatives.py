"""Events stage: a private person speaking on the sidelines of a conference met no one; a negation the
parser hangs on the auxiliary still negates."""

from __future__ import annotations

from eventcoding import asserted, coded, statuses


def test_a_private_person_speaking_on_the_sidelines_held_no_meeting(make_doc) -> None:
    doc = coded(make_doc("On voulait attirer les gens, a expliqué en marge de la conférence de Copenhague "
                         "Edouard Hannezo, 22 ans, l'un des organisateurs."),
                {"Edouard Hannezo": "DNK"}, places={"Copenhague": "DNK"}, persons=("Edouard Hannezo",))
    assert "CONSULT" not in {etype for etype, _, _ in asserted(doc)}


def test_a_leader_speaking_on_the_sidelines_of_a_summit_attends_it(make_doc) -> None:
    doc = coded(make_doc("En marge du sommet de l'Otan, la France a appelé à l'unité."),
                {"Otan": "NATO", "France": "FRA"})
    assert "CONSULT" in {etype for etype, _, _ in asserted(doc)}


def test_a_negation_hung_on_the_auxiliary_negates_a_relative_clause(make_doc) -> None:
    text = ("Le gouvernement israélien s'est tu. Citant des \"sources exclusives\" qu'elle n'a pas nommées, "
            "la chaîne saoudienne a indiqué une frappe.")
    doc = coded(make_doc(text), {"gouvernement israélien": "ISR", "saoudienne": "SAU"})
    assert statuses(doc, "SUPPORT") == ["negated"]
