"""Events stage: a name set off before the title the parser took for the subject, agents listed after a
passive, approval given to a hostile act, and support that is only a purpose."""

from __future__ import annotations

from eventcoding import asserted, coded, types


def test_name_before_a_title_speaks(make_doc) -> None:
    doc = coded(make_doc("Lundi encore, Ali Rabii, le porte-parole du gouvernement, a appelé les États-Unis à "
                         "libérer tous les prisonniers."),
                {"Ali Rabii": "IRN", "États-Unis": "USA"}, persons=("Ali Rabii",))
    assert ("REQUEST", ("IRN",), ("USA",)) in asserted(doc)


def test_title_without_a_name_before_it_is_not_given_one(make_doc) -> None:
    doc = coded(make_doc("Lundi encore, à Téhéran, le porte-parole du gouvernement a appelé les États-Unis à "
                         "libérer tous les prisonniers."),
                {"Téhéran": "IRN", "États-Unis": "USA"}, places={"Téhéran": "IRN"})
    assert not any(t == "REQUEST" and s == ("IRN",) for t, s, _ in asserted(doc) if s)


def test_agents_listed_after_a_passive_all_act(make_doc) -> None:
    doc = coded(make_doc("La réunion du Conseil de sécurité de l'ONU sur la Corée du Nord, demandée par Washington, "
                         "Tokyo et Séoul se tiendra mercredi soir."),
                {"ONU": "UN", "Corée du Nord": "PRK", "Washington": "USA", "Tokyo": "JPN", "Séoul": "KOR"},
                timexes={"mercredi": "2017-11-29"})
    found = [e for e in doc.events if e.type == "REQUEST"]
    assert found and set(found[0].source) == {"USA", "JPN", "KOR"}
    assert not {"JPN", "KOR"} & set(found[0].target)


def test_an_unclosed_list_adds_no_agent(make_doc) -> None:
    doc = coded(make_doc("Le plan, critiqué par Paris, Londres a de son côté gardé le silence."),
                {"Paris": "FRA", "Londres": "GBR"})
    found = [e for e in doc.events if e.type == "ACCUSE"]
    assert all(e.source == ("FRA",) for e in found)


def test_approval_given_to_sanctions_is_the_sanctions(make_doc) -> None:
    doc = coded(make_doc("Après une réunion à Bruxelles, l'Union européenne a donné son accord à des sanctions "
                         "contre des responsables bélarusses."),
                {"Union européenne": "EU", "bélarusses": "BLR"}, places={"Bruxelles": "BEL"})
    assert "SANCTION" in types(doc)
    assert "SUPPORT" not in types(doc)


def test_approval_given_to_a_plan_is_support(make_doc) -> None:
    doc = coded(make_doc("Le Parlement irakien a donné son feu vert au plan de Washington."),
                {"irakien": "IRQ", "Washington": "USA"})
    assert "SUPPORT" in types(doc)


def test_support_given_to_the_opposition_stays_support(make_doc) -> None:
    doc = coded(make_doc("Le directeur biélorusse a apporté son soutien à l'opposition."), {"biélorusse": "BLR"})
    assert "SUPPORT" in types(doc)


def test_support_that_is_only_a_purpose_is_no_event(make_doc) -> None:
    doc = coded(make_doc("Le président français a annoncé l'envoi du porte-avions Charles-de-Gaulle au Moyen-Orient "
                         "en soutien de l'opération Chammal."), {"français": "FRA"})
    assert "SUPPORT" not in types(doc)


def test_support_to_a_named_army_is_support(make_doc) -> None:
    doc = coded(make_doc("La France a envoyé des troupes en soutien à l'armée malienne."),
                {"France": "FRA", "armée malienne": "MLI"})
    assert any(t == "SUPPORT" and "MLI" in g for t, _, g in asserted(doc))


def test_opening_name_left_unattached_is_the_subject(make_doc) -> None:
    doc = coded(make_doc("Me Olivier Metzner, l'avocat de l'ordre des Médecins, l'a accusé d'être \"un homme sans "
                         "scrupules\" poursuivi régulièrement devant le Conseil de l'ordre, a rapporté Le Monde."),
                {"Me Olivier Metzner": "FRA"}, persons=("Me Olivier Metzner",))
    assert any(t == "ACCUSE" and s == ("FRA",) for t, s, _ in asserted(doc))


def test_annoyance_voiced_is_criticism(make_doc) -> None:
    doc = coded(make_doc("Paris a exprimé son agacement face à la décision de Washington."),
                {"Paris": "FRA", "Washington": "USA"})
    assert ("ACCUSE", ("FRA",), ("USA",)) in asserted(doc)


def test_annoyance_described_is_no_criticism(make_doc) -> None:
    doc = coded(make_doc("L'agacement de Paris face à Washington est grandissant."),
                {"Paris": "FRA", "Washington": "USA"})
    assert "ACCUSE" not in types(doc)



def test_a_support_verb_the_tagger_took_for_a_noun_still_carries_the_statement(make_doc) -> None:
    doc = coded(make_doc("Le ministre russe a de nouveau fait \"part de sa préoccupation au sujet des décisions "
                         "de Washington\"."), {"russe": "RUS", "Washington": "USA"})
    assert ("ACCUSE", ("RUS",), ("USA",)) in asserted(doc)


def test_own_forces_sent_abroad_are_no_target(make_doc) -> None:
    doc = coded(make_doc("La France a déployé deux bâtiments de la Marine nationale en Méditerranée orientale."),
                {"France": "FRA", "Marine nationale": "FRA"}, places={"Méditerranée orientale": ""})
    assert ("MOBILIZE", ("FRA",), ()) in asserted(doc)


def test_forces_deployed_at_home_still_target_their_own_country(make_doc) -> None:
    doc = coded(make_doc("Les Etats-Unis ont déployé des blindés de la Garde nationale à Minneapolis."),
                {"Etats-Unis": "USA", "Garde nationale": "USA"}, places={"Minneapolis": "USA"})
    assert ("MOBILIZE", ("USA",), ("USA",)) in asserted(doc)
