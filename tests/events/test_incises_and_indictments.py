"""Statements (ACCUSE, REJECT, REQUEST, CONCEDE, THREATEN, SUPPORT): set phrases of verbal attack,
reporting incises and set phrases that name no event ("s'appuyer sur", "se retrouver sous")."""

from __future__ import annotations

from eventcoding import coded, typed

from veille.events.grammar import is_condition


def test_verbal_attack_by_a_leader_on_another_is_an_accusation(make_doc) -> None:
    doc = coded(make_doc("Le président chilien s'en est pris mardi au gouvernement péruvien."),
                {"chilien": "CHL", "péruvien": "PER"})
    assert typed(doc, "ACCUSE") == [(("CHL",), ("PER",), "asserted")]


def test_attack_by_rioters_is_no_accusation(make_doc) -> None:
    doc = coded(make_doc("Des casseurs chiliens s'en sont pris aux policiers devant la gare de Santiago."),
                {"Chili": "CHL", "chiliens": "CHL"})
    assert typed(doc, "ACCUSE") == []


def test_attack_on_things_is_no_accusation(make_doc) -> None:
    doc = coded(make_doc("Le ministre chilien a regretté que des jeunes s'en soient pris à des vitrines."),
                {"chilien": "CHL"})
    assert not [e for e in doc.events if e.trigger.text == "pris"]


def test_admission_after_a_quotation_is_no_recognition(make_doc) -> None:
    doc = coded(make_doc('"Nous avons sous-estimé la crise", a reconnu le ministre péruvien des Finances.'),
                {"péruvien": "PER"})
    assert typed(doc, "SUPPORT") == []


def test_inverted_incise_is_no_recognition(make_doc) -> None:
    doc = coded(make_doc("Le Pérou n'était pas prêt, a-t-il reconnu devant les députés péruviens."),
                {"Pérou": "PER", "péruviens": "PER"})
    assert typed(doc, "SUPPORT") == []


def test_continuing_to_speak_is_no_prosecution(make_doc) -> None:
    doc = coded(make_doc('"Nous resterons fermes face au Chili", a poursuivi la ministre péruvienne.'),
                {"Chili": "CHL", "péruvienne": "PER"})
    assert typed(doc, "ACCUSE") == []


def test_recognition_of_a_state_is_still_support(make_doc) -> None:
    doc = coded(make_doc("Le Pérou a reconnu lundi le nouveau gouvernement chilien."),
                {"Pérou": "PER", "chilien": "CHL"})
    assert typed(doc, "SUPPORT") == [(("PER",), ("CHL",), "asserted")]


def test_defending_oneself_is_no_support(make_doc) -> None:
    doc = coded(make_doc("Accusé de corruption par le Pérou, le ministre chilien s'en est toujours défendu."),
                {"Pérou": "PER", "chilien": "CHL"})
    assert typed(doc, "SUPPORT") == []


def test_clitic_s_before_y_is_no_condition(make_doc) -> None:
    parse = make_doc("Le ministre chilien s'y est opposé mardi.").parse
    assert not is_condition(next(t for t in parse if t.text == "opposé"))


def test_s_before_il_is_still_a_condition(make_doc) -> None:
    parse = make_doc("S'il le faut, le Chili fermera sa frontière.").parse
    assert is_condition(next(t for t in parse if t.text == "faut"))



def test_indictment_by_a_judge_is_an_accusation(make_doc) -> None:
    doc = coded(make_doc("L'ancien ministre chilien a été mis en examen lundi à Santiago pour corruption."),
                {"chilien": "CHL"}, places={"Santiago": "CHL"})
    assert typed(doc, "ACCUSE") == [(("CHL",), ("CHL",), "asserted")]


def test_indictment_denied_is_negated(make_doc) -> None:
    doc = coded(make_doc("Le ministre chilien n'a pas été mis en examen à Santiago."),
                {"chilien": "CHL"}, places={"Santiago": "CHL"})
    assert [e.status for e in doc.events if e.type == "ACCUSE"] == ["negated"]


def test_putting_to_the_test_is_no_indictment(make_doc) -> None:
    doc = coded(make_doc("Le Chili a mis en place un nouvel examen pour les diplomates péruviens."),
                {"Chili": "CHL", "péruviens": "PER"})
    assert typed(doc, "ACCUSE") == []


def test_being_is_no_summons(make_doc) -> None:
    doc = coded(make_doc("Le président péruvien a dit que nous sommes toujours en tête."), {"péruvien": "PER"})
    assert typed(doc, "REQUEST") == []


def test_appeal_against_a_judgment_is_no_demand(make_doc) -> None:
    doc = coded(make_doc("Le ministre péruvien a fait appel de sa condamnation."), {"péruvien": "PER"})
    assert typed(doc, "REQUEST") == []


def test_call_on_an_actor_with_faire_appel_a_stays(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement péruvien a fait appel au Chili pour éteindre les incendies."),
                {"péruvien": "PER", "Chili": "CHL"})
    assert typed(doc, "REQUEST") == [(("PER",), ("CHL",), "asserted")]


def test_call_for_witnesses_is_no_demand(make_doc) -> None:
    doc = coded(make_doc("La police péruvienne a lancé un appel à témoins après la disparition."), {"péruvienne": "PER"})
    assert typed(doc, "REQUEST") == []


def test_treating_oneself_is_no_offer(make_doc) -> None:
    doc = coded(make_doc("Les Péruviens ne peuvent plus s'offrir de vacances au Chili."), {"Péruviens": "PER", "Chili": "CHL"})
    assert typed(doc, "REJECT") == [] and typed(doc, "AGREE") == []


def test_members_named_after_dont_act_for_the_group(make_doc) -> None:
    doc = coded(make_doc("De nombreux pays, dont le Canada, ont appelé la Chine à libérer les deux ressortissants."),
                {"Canada": "CAN", "Chine": "CHN"})
    assert (("CAN",), ("CHN",), "asserted") in typed(doc, "REQUEST")


def test_plea_in_court_is_no_demand(make_doc) -> None:
    doc = coded(make_doc("L'ancien ministre chilien a plaidé coupable devant le tribunal de Santiago."),
                {"chilien": "CHL"}, places={"Santiago": "CHL"})
    assert typed(doc, "REQUEST") == []


def test_setting_out_in_an_incise_is_no_refusal(make_doc) -> None:
    doc = coded(make_doc('Le président Macron a été interrogé. "La première réponse est de suivre ce que dira la '
                         'convention", a-t-il décliné.'), {"Macron": "FRA", "-t-il": "FRA"})
    assert typed(doc, "REJECT") == []
    refused = coded(make_doc("Le président français a décliné l'invitation du gouvernement chilien."),
                    {"français": "FRA", "chilien": "CHL"})
    assert typed(refused, "REJECT") == [(("FRA",), ("CHL",), "asserted")]


def test_stressing_or_relying_on_is_no_endorsement(make_doc) -> None:
    actors = {"français": "FRA", "allemands": "DEU", "allemande": "DEU"}
    stress = coded(make_doc("Le gouvernement français s'appuie sur les experts allemands."), actors)
    assert typed(stress, "SUPPORT") == []
    endorse = coded(make_doc("Le gouvernement français appuie la candidature allemande."), actors)
    assert typed(endorse, "SUPPORT") == [(("FRA",), ("DEU",), "asserted")]


def test_finding_oneself_in_a_state_is_no_meeting(make_doc) -> None:
    actors = {"maliens": "MLI", "français": "FRA", "allemand": "DEU"}
    state = coded(make_doc("Les militaires maliens se retrouvent à présent sous la pression des pays voisins."), actors)
    assert typed(state, "CONSULT") == []
    alone = coded(make_doc("Le ministre français se retrouve isolé face au gouvernement allemand."), actors)
    assert typed(alone, "CONSULT") == []
    met = coded(make_doc("Les ministres français et allemand se sont retrouvés mardi à Berlin."), actors)
    assert [e.type for e in met.events] == ["CONSULT"]


def test_press_called_in_is_no_summons(make_doc) -> None:
    actors = {"américain": "USA", "russe": "RUS", "français": "FRA"}
    press = coded(make_doc("Le président américain a convoqué les médias à la Maison Blanche."), actors)
    assert typed(press, "ACCUSE") == []
    envoy = coded(make_doc("Le ministère français a convoqué l'ambassadeur russe."), actors)
    assert typed(envoy, "ACCUSE") == [(("FRA",), ("RUS",), "asserted")]


def test_interview_published_by_a_medium_is_no_talks(make_doc) -> None:
    actors = {"américain": "USA", "russe": "RUS"}
    published = coded(make_doc("Dans son entretien publié dimanche par le Financial Times, le ministre américain "
                               "s'est défendu de toute pression."), actors)
    assert typed(published, "CONSULT") == []
    talks = coded(make_doc("Un entretien entre les ministres américain et russe a eu lieu dimanche à Genève."), actors)
    assert [e.type for e in talks.events] == ["CONSULT"]


def test_named_as_responsible_is_blame_not_approval(make_doc) -> None:
    actors = {"Washington": "USA", "Russie": "RUS"}
    blame = coded(make_doc("Washington a désigné la Russie comme responsable de l'attaque."), actors)
    assert [(e.type, e.source, e.target) for e in blame.events] == [("ACCUSE", ("USA",), ("RUS",))]


def test_means_mobilised_are_no_protest(make_doc) -> None:
    actors = {"français": "FRA"}
    means = coded(make_doc("Le député français doit identifier des sources de financement à mobiliser dès 2021."),
                  actors)
    assert typed(means, "PROTEST") == []
    people = coded(make_doc("Les syndicats français ont mobilisé des milliers de personnes mardi à Paris."), actors)
    assert [e.type for e in people.events] == ["PROTEST"]
    money = coded(make_doc("Les syndicats français ont mobilisé des millions d'euros mardi à Paris."), actors)
    assert typed(money, "PROTEST") == []


def test_armed_group_setting_upon_a_police_building_is_no_accusation(make_doc) -> None:
    doc = coded(make_doc("A Abuja, Boko Haram s'en est pris au QG de la police nigériane."),
                {"Boko Haram": "ISM", "police nigériane": "NGA"})
    assert typed(doc, "ACCUSE") == []
    words = coded(make_doc("Le ministre nigérian s'en est pris au président de la commission européenne."),
                  {"ministre nigérian": "NGA", "commission européenne": "EU"})
    assert typed(words, "ACCUSE") == [(("NGA",), ("EU",), "asserted")]


def test_call_with_no_complement_after_it_is_no_appeal(make_doc) -> None:
    actors = {"française": "FRA", "russe": "RUS"}
    phoned = coded(make_doc("À la fin de son mandat, la sénatrice française a appelé le président russe."), actors)
    assert typed(phoned, "REQUEST") == []
    appeal = coded(make_doc("La sénatrice française a appelé le gouvernement russe à la retenue."), actors)
    assert typed(appeal, "REQUEST") == [(("FRA",), ("RUS",), "asserted")]


def test_set_phrases_of_seizing_and_suffering(make_doc) -> None:
    actors = {"français": "FRA"}
    moment = coded(make_doc("Saisissant un moment historique, le gouvernement français a créé une commission."), actors)
    assert typed(moment, "COERCE") == []
    fall = coded(make_doc("La plus lourde chute est accusée par le ministre français de l'Intérieur."), actors)
    assert typed(fall, "ACCUSE") == []
