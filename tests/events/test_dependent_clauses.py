"""Events whose trigger sits in a dependent clause: participles, gerunds, relatives, passives,
reported speech in the future of the past, and groups of states meeting in a forum."""

from __future__ import annotations

from eventcoding import coded, statuses, typed


def test_gerund_takes_the_main_subject_not_the_object(make_doc) -> None:
    doc = coded(make_doc("Le Kenya a adressé lundi une lettre à l'Ouganda en l'accusant de soutenir les rebelles."),
                {"Kenya": "KEN", "Ouganda": "UGA"})
    assert (("KEN",), ("UGA",), "asserted") in typed(doc, "ACCUSE")


def test_detached_participle_after_a_thing_takes_the_main_subject(make_doc) -> None:
    doc = coded(make_doc("Le Premier ministre turc a exhorté la Grèce à retirer ses navires des eaux disputées, "
                         "menaçant sinon de déployer la flotte."),
                {"Premier ministre turc": "TUR", "Grèce": "GRC"})
    assert typed(doc, "THREATEN") == [(("TUR",), ("GRC",), "asserted")]


def test_participle_tagged_as_adjective_is_still_a_verb(make_doc) -> None:
    # the tagger reads "menaçant" as an adjective here; its infinitive is the trigger
    doc = coded(make_doc("Le gouvernement serbe a rappelé son ambassadeur au Kosovo pour des consultations "
                         "d'une durée indéterminée, menaçant de rompre les relations avec Pristina."),
                {"gouvernement serbe": "SRB", "Kosovo": "XKX", "Pristina": "XKX"})
    assert [s for s, _, st in typed(doc, "THREATEN") if st == "asserted"] == [("SRB",)]


def test_a_day_before_the_infinitive_is_not_its_subject(make_doc) -> None:
    doc = coded(make_doc("Le président chilien a promis mardi de rencontrer les dirigeants boliviens."),
                {"président chilien": "CHL", "dirigeants boliviens": "BOL"}, timexes={"mardi": "2022-01-11"})
    assert all(s == ("CHL",) for s, _, _ in typed(doc, "AGREE"))


def test_passive_agent_hung_on_a_duration(make_doc) -> None:
    doc = coded(make_doc("Les émissaires de l'Union africaine ont été reçus pendant deux heures par les "
                         "membres du gouvernement soudanais."),
                {"Union africaine": "AU", "gouvernement soudanais": "SDN"})
    found = typed(doc, "CONSULT")
    assert found and {"AU", "SDN"} <= set(found[0][0]) | set(found[0][1])


def test_relative_que_object_is_the_antecedent(make_doc) -> None:
    doc = coded(make_doc("Le diplomate a longuement évoqué la Syrie, que Washington accuse d'ingérence au Liban."),
                {"Syrie": "SYR", "Washington": "USA", "Liban": "LBN"})
    assert typed(doc, "ACCUSE") == [(("USA",), ("SYR",), "asserted")]


def test_conditional_after_a_past_announcement_is_a_plan_not_a_hypothesis(make_doc) -> None:
    doc = coded(make_doc("Le président égyptien a annoncé qu'il se rendrait en mars à Khartoum, et qu'il "
                         "inviterait ensuite au Caire les dirigeants soudanais à un sommet."),
                {"président égyptien": "EGY", "dirigeants soudanais": "SDN"})
    invitation = [e for e in doc.events if e.trigger.text == "inviterait"]
    assert invitation and all(e.status == "asserted" and e.target == ("SDN",) for e in invitation)


def test_conditional_of_pouvoir_after_a_past_statement_stays_hypothetical(make_doc) -> None:
    doc = coded(make_doc("Le ministre a déclaré que la Russie pourrait envahir l'Ukraine."),
                {"Russie": "RUS", "Ukraine": "UKR"})
    assert "asserted" not in statuses(doc, "ASSAULT")


def test_conditional_act_after_a_past_statement_is_only_planned(make_doc) -> None:
    doc = coded(make_doc("Le ministre ghanéen a annoncé que son pays imposerait des sanctions au Togo."),
                {"ministre ghanéen": "GHA", "Togo": "TGO"})
    assert "asserted" not in statuses(doc, "SANCTION")


def test_states_gathered_in_a_summit_act_as_a_body(make_doc) -> None:
    doc = coded(make_doc("Les pays de la région, réunis en sommet extraordinaire, ont exigé mardi la libération "
                         "du président guinéen."),
                {"président guinéen": "GIN"})
    assert typed(doc, "REQUEST") == [(("IGO",), ("GIN",), "asserted")]


def test_states_not_gathered_in_a_forum_stay_uncoded(make_doc) -> None:
    doc = coded(make_doc("Les pays de la région ont exigé mardi la libération du président guinéen."),
                {"président guinéen": "GIN"})
    assert not any("IGO" in s for s, _, _ in typed(doc, "REQUEST"))
