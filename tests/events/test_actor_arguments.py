"""Event arguments: object pronouns, claimed attacks, aid recipients."""

from __future__ import annotations

import pytest
from eventcoding import coded


def test_object_pronoun_takes_a_compatriot_named_in_the_sentence(make_doc) -> None:
    text = ("Des Mexicains ont manifesté. Des milliers de Chiliens ont défilé après la mort de Pablo Reyes, "
            "tué par un policier qui l'avait arrêté dimanche à Santiago.")
    doc = coded(make_doc(text), {"Mexicains": "MEX", "Chiliens": "CHL", "Pablo Reyes": "CHL", "policier": "CHL"},
                persons=("Pablo Reyes",))
    arrests = [e for e in doc.events if e.trigger.text == "arrêté"]
    assert [(e.source, e.target) for e in arrests] == [(("CHL",), ("CHL",))]


def test_object_pronoun_skips_the_state_of_the_subject(make_doc) -> None:
    text = "Le Japon a protesté. La Corée du Sud a reçu le président japonais et l'a félicité mardi."
    doc = coded(make_doc(text), {"Japon": "JPN", "Corée du Sud": "KOR", "président japonais": "JPN"},
                persons=("président japonais",))
    praise = [e for e in doc.events if e.trigger.text == "félicité"]
    assert [(e.source, e.target) for e in praise] == [(("KOR",), ("JPN",))]


@pytest.mark.parametrize("claim, source", [
    ("L'attentat a été revendiqué par les shebab.", ("ISM",)),  # this attack: the claimants'
    ("Les shebab avaient revendiqué une attaque contre un hôtel en 2019.", ("SOM",)),  # another one
])
def test_a_claim_names_the_attackers_of_this_attack_only(make_doc, claim: str, source: tuple) -> None:
    text = "Un kamikaze s'est fait exploser samedi sur un marché de Mogadiscio. " + claim
    doc = coded(make_doc(text), {"shebab": "ISM"}, places={"Mogadiscio": "SOM"})
    blasts = [e for e in doc.events if e.trigger.text == "exploser"]
    assert [(e.source, e.target) for e in blasts] == [(source, ("SOM",))]


def test_aid_is_not_sent_to_the_place_of_the_main_clause(make_doc) -> None:
    text = ("Un séisme a fait cinquante morts au Pérou samedi. En visite à Madrid, le président péruvien, "
            "qui a annoncé une aide d'urgence, rentrera mardi.")
    doc = coded(make_doc(text), {"président péruvien": "PER"}, places={"Pérou": "PER", "Madrid": "ESP"})
    assert [e.target for e in doc.events if e.type == "AID"] == [("PER",)]


def test_partner_of_talks_named_right_after_the_noun(make_doc) -> None:
    doc = coded(make_doc("Lors de son entretien avec Vladimir Poutine, le président français a évoqué la Syrie."),
                {"Vladimir Poutine": "RUS", "président français": "FRA", "Syrie": "SYR"},
                persons=("Vladimir Poutine", "président français"))
    assert [(e.type, e.source, e.target) for e in doc.events] == [("CONSULT", ("FRA",), ("RUS",))]
