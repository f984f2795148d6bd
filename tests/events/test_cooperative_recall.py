"""Events stage: aid, agreements, concessions and coercion in less common constructions."""

from __future__ import annotations

from eventcoding import asserted, coded, types

from veille.events import EventsStage, merge
from veille.model import Actor, Event, Mention, Place, Span


def test_aid_sent_by_a_state_body_is_aid_not_a_sale(make_doc) -> None:
    text = "L'armée américaine a envoyé trois cargaisons de médicaments au Liban."
    doc = make_doc(text)
    army = Mention(Span(2, 18, "armée américaine"), Actor(code="USA", name="armée américaine", kind="other",
                                                            sector="MIL", country="USA"), entity=0)
    start = text.index("Liban")
    liban = Mention(Span(start, start + 5, "Liban"), Actor(code="LBN", name="Liban"), entity=1)
    out = EventsStage()(doc.with_layer("test", mentions=(army, liban), timexes=(), places=()))
    assert ("AID", ("USA",), ("LBN",)) in asserted(out)
    firm = Mention(Span(2, 18, "armée américaine"), Actor(code="USA", name="armée américaine", kind="other",
                                                            sector="BUS", country="USA"), entity=0)
    sale = EventsStage()(doc.with_layer("test", mentions=(firm, liban), timexes=(), places=()))
    assert "AID" not in types(sale)


def test_arrested_person_hung_on_the_day_is_still_arrested(make_doc) -> None:
    doc = coded(make_doc("La Norvège a arrêté mercredi un des suspects de l'attentat."), {"Norvège": "NOR"},
                timexes={"mercredi": "2022-01-12"})
    assert ("COERCE", ("NOR",), ("NOR",)) in asserted(doc)
    tests = coded(make_doc("La Norvège a arrêté mercredi les essais de son vaccin."), {"Norvège": "NOR"},
                  timexes={"mercredi": "2022-01-12"})
    assert "COERCE" not in types(tests)


def test_forces_named_two_complements_down_surround(make_doc) -> None:
    doc = coded(make_doc("Des écoles ont été encerclées mardi à Pékin par des centaines de membres des forces "
                         "de l'ordre."), {}, places={"Pékin": "CHN"})
    assert ("COERCE", ("CHN",), ("CHN",)) in asserted(doc)
    walls = coded(make_doc("Le jardin est encerclé à Pékin par des centaines de rangées de murs."), {},
                  places={"Pékin": "CHN"})
    assert "COERCE" not in types(walls)


def test_state_of_emergency_across_the_country_last_named(make_doc) -> None:
    text = "Un violent séisme a frappé l'Equateur samedi. L'état d'urgence a été décrété dans tout le pays."
    start = text.index("Equateur")
    country = Place(Span(start, start + 8, "Equateur"), "Equateur", "ECU", feature="country")
    doc = EventsStage()(make_doc(text).with_layer("test", mentions=(), timexes=(), places=(country,)))
    assert ("COERCE", ("ECU",), ("ECU",)) in asserted(doc)


def test_second_object_of_an_announcement_is_announced_too(make_doc) -> None:
    doc = coded(make_doc("L'Arabie saoudite a annoncé une réouverture des mosquées et une levée du couvre-feu."),
                {"Arabie saoudite": "SAU"})
    assert ("CONCEDE", ("SAU",), ("SAU",)) in asserted(doc)
    other = coded(make_doc("L'Arabie saoudite a critiqué la fermeture des mosquées et la levée du couvre-feu."),
                  {"Arabie saoudite": "SAU"})
    assert "CONCEDE" not in types(other)


def test_verb_coordinated_with_the_main_clause_takes_its_subject(make_doc) -> None:
    doc = coded(make_doc("Le président serbe a estimé que Donald Trump avait fait un bon travail et l'a invité "
                         "en Serbie."), {"serbe": "SRB", "Donald Trump": "USA", "Serbie": "SRB"})
    assert ("AGREE", ("SRB",), ("USA",)) in asserted(doc)
    inner = coded(make_doc("Le président serbe a estimé que Donald Trump avait fait un bon travail et avait invité "
                           "Vucic."), {"serbe": "SRB", "Donald Trump": "USA"})
    assert ("AGREE", ("SRB",), ("USA",)) not in asserted(inner)


def test_an_invitation_is_not_merged_into_the_agreement_of_all() -> None:
    where = Place(Span(0, 10, "Washington"), "Washington", "USA", feature="city")

    def agree(source: tuple[str, ...], target: tuple[str, ...], word: str, at: int) -> Event:
        return Event(type="AGREE", source=source, target=target, evidence=Span(at, at + 40, ""),
                     trigger=Span(at + 5, at + 5 + len(word), word), date="2022-01-12", place=where)

    deal = agree(("SRB", "XKX"), ("USA",), "tombés", 0)
    invitation = agree(("SRB",), ("USA",), "invité", 100)
    assert len(merge([deal, invitation])) == 2
    pledge = agree(("SRB", "XKX"), (), "engagés", 200)  # the same agreement told again
    assert len(merge([deal, pledge])) == 1


def test_subjects_coordinated_by_et_act_together(make_doc) -> None:
    doc = coded(make_doc("L'Opep et la Russie doivent se rencontrer afin de trouver un terrain d'entente."),
                {"Opep": "OPEC", "Russie": "RUS"})
    agree = [e for e in doc.events if e.type == "AGREE" and e.status == "asserted"]
    assert agree and set(agree[0].source) | set(agree[0].target) == {"OPEC", "RUS"}


def test_a_subject_of_another_clause_is_not_a_coordinated_subject(make_doc) -> None:
    text = ("Depuis des semaines, un chalutier russe pêche au large des îles et la Norvège accuse la Russie "
            "de piller ses eaux.")
    doc = coded(make_doc(text), {"russe": "RUS", "Norvège": "NOR", "Russie": "RUS"})
    accuse = [e for e in doc.events if e.type == "ACCUSE"]
    assert accuse and all(e.source == ("NOR",) for e in accuse)


def test_aid_announced_as_a_sending_for_a_purpose_is_given(make_doc) -> None:
    doc = coded(make_doc("L'Union européenne a annoncé l'envoi de secouristes pour aider le Népal."),
                {"Union européenne": "EU", "Népal": "NPL"})
    assert ("AID", ("EU",), ("NPL",)) in asserted(doc)
    promised = coded(make_doc("L'Union européenne a promis l'envoi de secouristes pour aider le Népal."),
                     {"Union européenne": "EU", "Népal": "NPL"})
    assert ("AID", ("EU",), ("NPL",)) not in asserted(promised)


def test_refuge_given_to_an_opponent_is_asylum(make_doc) -> None:
    doc = coded(make_doc("L'UE n'a pas reconnu son élection et la Lituanie a donné refuge à l'opposante bélarusse."),
                {"UE": "EU", "Lituanie": "LTU", "bélarusse": "BLR"})
    assert ("AID", ("LTU",), ("BLR",)) in asserted(doc)  # the subject the parser coordinated with the object
    other = coded(make_doc("Des milliers de Bélarusses ont trouvé refuge en Lituanie."),
                  {"Bélarusses": "BLR", "Lituanie": "LTU"})
    assert "AID" not in types(other)


def test_call_framed_by_its_end_with_an_inverted_speaker(make_doc) -> None:
    doc = coded(make_doc('"Nous voulons la libération de nos compatriotes", indique l\'Elysée à l\'issue d\'un entretien '
                         "téléphonique avec le président iranien."), {"Elysée": "FRA", "iranien": "IRN"})
    assert ("CONSULT", ("FRA",), ("IRN",)) in asserted(doc)


def test_meeting_of_two_named_actors_of_one_state_is_domestic(make_doc) -> None:
    doc = coded(make_doc("Le président israélien a rencontré dimanche le Premier ministre Benjamin Netanyahu."),
                {"président israélien": "ISR", "Premier ministre Benjamin Netanyahu": "ISR"})
    assert ("CONSULT", ("ISR",), ("ISR",)) in asserted(doc)
    prize = coded(make_doc("Le président israélien a reçu dimanche un prix à Jérusalem."), {"président israélien": "ISR"},
                  places={"Jérusalem": "ISR"})
    assert "CONSULT" not in types(prize)
