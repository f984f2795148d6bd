"""Events stage: material events (protests, force, coercion, aid, withdrawals, deployments, sanctions)."""

from __future__ import annotations

from veille.events import EventsStage
from veille.model import Actor, Document, Mention, Place, Span


def coded(doc: Document, actors: dict[str, str], places: dict[str, str] | None = None) -> Document:
    """Add hand-made mentions (word -> code) and places (word -> ISO3), then code the events."""
    text = doc.text
    mentions = []
    for n, (word, code) in enumerate(actors.items()):
        start = 0
        while (start := text.find(word, start)) >= 0:
            mentions.append(Mention(Span(start, start + len(word), word), Actor(code=code, name=word), entity=n))
            start += len(word)
    mentions.sort(key=lambda m: m.span.start)
    pl = []
    for word, country in (places or {}).items():
        start = text.index(word)
        pl.append(Place(Span(start, start + len(word), word), word, country, feature="city"))
    return EventsStage()(doc.with_layer("test", mentions=tuple(mentions), timexes=(), places=tuple(pl)))


def asserted(doc: Document) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(e.type, e.source, e.target) for e in doc.events if e.status == "asserted"]


def types(doc: Document) -> set[str]:
    return {e.type for e in doc.events if e.status == "asserted"}


def test_protesters_moving_to_a_square_protest(make_doc) -> None:
    doc = coded(make_doc("Des milliers de manifestants ont rallié la place centrale de Minsk."), {},
                places={"Minsk": "BLR"})
    assert ("PROTEST", ("BLR",), ("BLR",)) in asserted(doc)
    other = coded(make_doc("Le ministre biélorusse a rallié la majorité à Minsk."), {"biélorusse": "BLR"},
                  places={"Minsk": "BLR"})
    assert "PROTEST" not in types(other)


def test_police_charge_is_force_but_chargé_de_is_not(make_doc) -> None:
    doc = coded(make_doc("La police a chargé les manifestants à Minsk."), {}, places={"Minsk": "BLR"})
    assert ("ASSAULT", ("BLR",), ("BLR",)) in asserted(doc)
    other = coded(make_doc("Le ministre russe chargé de l'économie a rencontré son homologue ukrainien."),
                  {"russe": "RUS", "ukrainien": "UKR"})
    assert "ASSAULT" not in types(other)


def test_a_crowd_dispersing_itself_is_no_coercion(make_doc) -> None:
    doc = coded(make_doc("A Minsk, la foule s'est dispersée dans le calme."), {}, places={"Minsk": "BLR"})
    assert "COERCE" not in types(doc)
    other = coded(make_doc("La police a dispersé la foule à Minsk."), {}, places={"Minsk": "BLR"})
    assert ("COERCE", ("BLR",), ("BLR",)) in asserted(other)


def test_police_blocking_protesters_is_coercion(make_doc) -> None:
    doc = coded(make_doc("La police a bloqué les manifestants près du palais à Minsk."), {},
                places={"Minsk": "BLR"})
    assert "COERCE" in types(doc) and "PROTEST" not in types(doc)


def test_act_hung_on_the_one_asked_is_not_done(make_doc) -> None:
    doc = coded(make_doc("Le président libanais a demandé à Emmanuel Macron de lui fournir des armes."),
                {"libanais": "LBN", "Emmanuel Macron": "FRA"})
    assert "AID" not in types(doc)
    assert ("REQUEST", ("LBN",), ("FRA",)) in asserted(doc)


def test_supplying_evidence_is_no_aid(make_doc) -> None:
    doc = coded(make_doc("La Russie a fourni des preuves à l'Allemagne."), {"Russie": "RUS", "Allemagne": "DEU"})
    assert "AID" not in types(doc)
    other = coded(make_doc("La Russie a fourni des armes à la Syrie."), {"Russie": "RUS", "Syrie": "SYR"})
    assert ("AID", ("RUS",), ("SYR",)) in asserted(other)


def test_calling_for_sanctions_asks_for_them(make_doc) -> None:
    doc = coded(make_doc("L'Ukraine a appelé à de nouvelles sanctions contre la Russie."),
                {"Ukraine": "UKR", "Russie": "RUS"})
    assert "SANCTION" not in types(doc)
    assert ("REQUEST", ("UKR",), ("RUS",)) in asserted(doc)
    strike = coded(make_doc("Les syndicats ont appelé à une grève générale à Paris."), {}, places={"Paris": "FRA"})
    assert "PROTEST" in types(strike)


def test_firing_needs_a_projectile(make_doc) -> None:
    doc = coded(make_doc("Le ministre russe a tiré la sonnette d'alarme sur l'Ukraine."),
                {"russe": "RUS", "Ukraine": "UKR"})
    assert "ASSAULT" not in types(doc)
    other = coded(make_doc("Des soldats russes ont tiré sur des civils ukrainiens."), {"russes": "RUS", "ukrainiens": "UKR"})
    assert ("ASSAULT", ("RUS",), ("UKR",)) in asserted(other)


def test_withdrawal_of_forces_not_of_a_reform(make_doc) -> None:
    actors = {"Russie": "RUS", "russe": "RUS", "ukrainienne": "UKR", "France": "FRA", "Etats-Unis": "USA"}
    doc = coded(make_doc("La Russie a retiré ses troupes de la frontière ukrainienne."), actors)
    assert "RETREAT" in types(doc)
    assert "RETREAT" not in types(coded(make_doc("La France a retiré sa réforme des retraites."), actors))
    assert "RETREAT" not in types(coded(make_doc("Les Etats-Unis se sont retirés de l'accord de Paris."), actors))
    left = coded(make_doc("L'armée russe s'est retirée de Kherson."), actors, places={"Kherson": "UKR"})
    assert [e.source for e in left.events if e.type == "RETREAT"] == [("RUS",)]  # a reflexive is active


def test_release_of_prisoners_is_retreat(make_doc) -> None:
    doc = coded(make_doc("L'Iran a libéré un otage français."), {"Iran": "IRN", "français": "FRA"})
    assert ("RETREAT", ("IRN",), ("FRA",)) in asserted(doc)


def test_state_of_emergency_decreed(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement équatorien a décrété l'état d'urgence."), {"équatorien": "ECU"})
    assert [(e.type, e.mode) for e in doc.events] == [("COERCE", "martial-law")]


def test_sending_troops_mobilises_sending_arms_aids(make_doc) -> None:
    actors = {"Etats-Unis": "USA", "Pologne": "POL", "Ukraine": "UKR"}
    doc = coded(make_doc("Les Etats-Unis ont envoyé 3000 soldats en Pologne."), actors)
    assert ("MOBILIZE", ("USA",), ("POL",)) in asserted(doc)
    other = coded(make_doc("Les Etats-Unis ont envoyé des armes à l'Ukraine."), actors)
    assert ("AID", ("USA",), ("UKR",)) in asserted(other)


def test_deployment_counted_in_thousands_and_forces_standing_somewhere(make_doc) -> None:
    actors = {"Russie": "RUS", "ukrainienne": "UKR"}
    doc = coded(make_doc("La Russie a déployé lundi des milliers de soldats près de la frontière ukrainienne."), actors)
    assert "MOBILIZE" in types(doc)
    other = coded(make_doc("Vingt manifestants ont été interpellés par les forces antiémeutes déployées à Minsk."), {},
                  places={"Minsk": "BLR"})
    assert "MOBILIZE" not in types(other) and "COERCE" in types(other)


def test_ban_on_protesting_is_no_protest(make_doc) -> None:
    doc = coded(make_doc("Il a été verbalisé pour interdiction de manifester à Paris."), {}, places={"Paris": "FRA"})
    assert "PROTEST" not in types(doc)


def test_event_noun_as_a_purpose_is_not_done(make_doc) -> None:
    doc = coded(make_doc("Ce poison a déjà été utilisé par les services russes pour l'attaque contre un opposant."),
                {"russes": "RUS"})
    assert "ASSAULT" not in types(doc)


def test_aid_with_no_recipient_goes_where_it_is_sent(make_doc) -> None:
    doc = coded(make_doc("Des centaines de secouristes japonais ont été dépêchés à Katmandou."), {"japonais": "JPN"},
                places={"Katmandou": "NPL"})
    assert ("AID", ("JPN",), ("NPL",)) in asserted(doc)


def test_understanding_is_no_seizure(make_doc) -> None:
    doc = coded(make_doc("Le ministre russe a saisi que l'Ukraine ne céderait pas."), {"russe": "RUS", "Ukraine": "UKR"})
    assert "COERCE" not in types(doc)


def test_extradition_is_judicial_cooperation(make_doc) -> None:
    doc = coded(make_doc("La Turquie a extradé un militant vers la Russie."), {"Turquie": "TUR", "Russie": "RUS"})
    assert ("COOPERATE", ("TUR",), ("RUS",)) in asserted(doc)
