"""Events stage: trigger words in senses that are no political act (a market that "cède", a greeting,
a letter signed, a permit received, a service sent), and acts told as still to come (a statement a plan
governs, a passive future, "à ce que", an infinitive or a gerund told at the time of their governor)."""

from __future__ import annotations

from eventcoding import asserted, coded, statuses, types


def test_a_price_that_falls_is_no_concession(make_doc) -> None:
    doc = coded(make_doc("A la Bourse de Tokyo, le titre de Toyota cédait 2 % tandis que l'indice perdait 3 points."),
                {"Toyota": "JPN"})
    assert "CONCEDE" not in types(doc)
    given = coded(make_doc("Le gouvernement serbe a cédé aux exigences des manifestants."), {"serbe": "SRB"})
    assert "CONCEDE" in types(given)


def test_greeting_is_no_praise(make_doc) -> None:
    doc = coded(make_doc("Le président portugais est venu me saluer à la fin du dîner."), {"portugais": "PRT"})
    assert "SUPPORT" not in types(doc)
    praise = coded(make_doc("Le président portugais a salué la décision du gouvernement espagnol."),
                   {"portugais": "PRT", "espagnol": "ESP"})
    assert asserted(praise) == [("SUPPORT", ("PRT",), ("ESP",))]


def test_greeting_with_a_merit_named_is_praise(make_doc) -> None:
    doc = coded(make_doc("Le ministre grec est venu saluer le Premier ministre chypriote pour son courage."),
                {"ministre grec": "GRC", "Premier ministre chypriote": "CYP"})
    assert "SUPPORT" in types(doc)


def test_only_an_agreement_is_signed_in_support(make_doc) -> None:
    letter = coded(make_doc("Une lettre signée par douze députés roumains a été envoyée au gouvernement hongrois."),
                   {"roumains": "ROU", "hongrois": "HUN"})
    assert "SUPPORT" not in types(letter)
    record = coded(make_doc("Le coureur kényan a gagné en signant le meilleur temps de l'année devant l'Ethiopien."),
                   {"kényan": "KEN", "Ethiopien": "ETH"})
    assert "SUPPORT" not in types(record)
    pact = coded(make_doc("Le Pérou et la Bolivie ont signé un accord de coopération frontalière."),
                 {"Pérou": "PER", "Bolivie": "BOL"})
    assert "SUPPORT" in types(pact)


def test_a_thing_received_is_no_visit(make_doc) -> None:
    doc = coded(make_doc("Le groupe suédois a reçu les autorisations nécessaires en Norvège."),
                {"suédois": "SWE", "Norvège": "NOR"})
    assert "CONSULT" not in types(doc)
    guest = coded(make_doc("Le président finlandais a reçu son homologue estonien à Helsinki."),
                  {"président finlandais": "FIN", "homologue estonien": "EST"})
    assert "CONSULT" in types(guest)


def test_envoys_of_an_organisation_received_are_guests(make_doc) -> None:
    doc = coded(make_doc("Les émissaires de l'Union africaine ont été reçus jeudi par le président tchadien."),
                {"Union africaine": "AU", "président tchadien": "TCD"})
    assert "CONSULT" in types(doc)


def test_service_sent_by_no_one_named_is_no_aid(make_doc) -> None:
    doc = coded(make_doc("Une trentaine de pompiers qui ont été dépêchés sur les lieux ont maîtrisé l'incendie "
                         "à Lyon."), {}, places={"Lyon": "FRA"})
    assert "AID" not in types(doc)
    sent = coded(make_doc("L'Espagne a dépêché des secouristes au Maroc après le séisme."),
                 {"Espagne": "ESP", "Maroc": "MAR"})
    assert "AID" in types(sent)


def test_forces_sent_in_the_passive_bring_relief(make_doc) -> None:
    doc = coded(make_doc("Plus de 2.000 membres des forces armées péruviennes ont été dépêchés sur place."),
                {"forces armées péruviennes": "PER"})
    assert "AID" in types(doc)


def test_a_liberty_one_cannot_take_is_no_refusal(make_doc) -> None:
    doc = coded(make_doc("La banque centrale suédoise ne pourra pas se permettre d'attendre."),
                {"banque centrale suédoise": "SWE"})
    assert "REJECT" not in types(doc)
    refusal = coded(make_doc("Le Danemark ne permettra pas ce transit, a dit le ministre."), {"Danemark": "DNK"})
    assert "REJECT" in types(refusal)


def test_act_negated_by_a_verb_of_merit_is_no_refusal(make_doc) -> None:
    doc = coded(make_doc("Le ministre irlandais ne méritait pas de défendre cette réforme."),
                {"ministre irlandais": "IRL"})
    assert "REJECT" not in types(doc)
    refusal = coded(make_doc("Le ministre irlandais a refusé de soutenir le candidat britannique."),
                    {"ministre irlandais": "IRL", "britannique": "GBR"})
    assert "REJECT" in types(refusal)


def test_statement_a_plan_governs_is_still_to_come(make_doc) -> None:
    doc = coded(make_doc("Le gouvernement autrichien va demander au Parlement de voter le budget."),
                {"gouvernement autrichien": "AUT", "Parlement": "AUT"})
    assert statuses(doc, "REQUEST") == ["hypothetical"]
    pledge = coded(make_doc("Les pays membres de l'OTAN devront s'engager à augmenter leurs dépenses."),
                   {"OTAN": "NATO"})
    assert "AGREE" not in types(pledge)


def test_statement_made_in_the_future_tense_is_made(make_doc) -> None:
    doc = coded(make_doc("Nous exigerons le retrait des troupes russes, a déclaré le ministre géorgien."),
                {"troupes russes": "RUS", "ministre géorgien": "GEO"})
    assert statuses(doc, "REQUEST") == ["asserted"]


def test_passive_future_is_still_to_come(make_doc) -> None:
    doc = coded(make_doc("Les dirigeants de Volvo seront auditionnés jeudi par une commission du Parlement suédois."),
                {"Volvo": "SWE", "Parlement suédois": "SWE"})
    assert "ACCUSE" not in types(doc)


def test_a_ce_que_takes_the_subjunctive(make_doc) -> None:
    doc = coded(make_doc("Les diplomates doivent s'attendre à ce que la Turquie condamne l'accord."),
                {"Turquie": "TUR"})
    assert "ACCUSE" not in types(doc)


def test_infinitive_after_a_future_is_to_come(make_doc) -> None:
    doc = coded(make_doc("Le président slovène se rendra à Zagreb avant de rencontrer le Premier ministre croate."),
                {"président slovène": "SVN", "Premier ministre croate": "HRV"}, places={"Zagreb": "HRV"})
    assert "CONSULT" not in types(doc)
    done = coded(make_doc("Le président slovène s'est rendu à Zagreb avant de rencontrer le Premier ministre croate."),
                 {"président slovène": "SVN", "Premier ministre croate": "HRV"}, places={"Zagreb": "HRV"})
    assert "CONSULT" in types(done)


def test_meeting_of_next_week_has_not_taken_place(make_doc) -> None:
    actors = {"ministre lettone": "LVA", "homologue lituanien": "LTU"}
    doc = coded(make_doc("La ministre lettone prendra la parole lors de la réunion de la semaine prochaine avec son "
                         "homologue lituanien à Riga."), actors, persons=tuple(actors))
    assert "CONSULT" not in types(doc)
    held = coded(make_doc("La ministre lettone a pris la parole lors d'une réunion avec son homologue lituanien à Riga."),
                 actors, persons=tuple(actors))
    assert "CONSULT" in types(held)


def test_noun_with_a_infinitive_is_still_to_do(make_doc) -> None:
    doc = coded(make_doc("Le président roumain a évoqué les opposants à arrêter avant les élections."),
                {"président roumain": "ROU"})
    assert statuses(doc, "COERCE") == ["hypothetical"]
    done = coded(make_doc("Le Japon a été le premier pays à condamner l'essai nord-coréen."),
                 {"Japon": "JPN", "nord-coréen": "PRK"})
    assert ("ACCUSE", ("JPN",), ("PRK",)) in asserted(done)


def test_relying_on_is_no_support(make_doc) -> None:
    doc = coded(make_doc("Je m'appuie sur la Constitution, a dit le ministre slovaque."),
                {"ministre slovaque": "SVK"}, persons=("ministre slovaque",))
    assert "SUPPORT" not in types(doc)
    support = coded(make_doc("Le gouvernement slovaque appuie la candidature tchèque."),
                    {"gouvernement slovaque": "SVK", "tchèque": "CZE"})
    assert "SUPPORT" in types(support)


def test_strikes_promised_are_a_threat(make_doc) -> None:
    doc = coded(make_doc("Le candidat républicain a également promis des frappes militaires sur la Syrie."),
                {"républicain": "USA", "Syrie": "SYR"})
    assert ("THREATEN", ("USA",), ("SYR",)) in asserted(doc)


def test_named_as_the_one_to_blame_is_an_accusation(make_doc) -> None:
    doc = coded(make_doc("Ce groupe est désigné par les autorités birmanes comme responsable des violences."),
                {"autorités birmanes": "MMR"})
    assert "ACCUSE" in types(doc) and "SUPPORT" not in types(doc)
    chosen = coded(make_doc("Le Parlement estonien a désigné mardi Kaja Kallas comme Premier ministre."),
                   {"Parlement estonien": "EST", "Kaja Kallas": "EST"}, persons=("Kaja Kallas",))
    assert "SUPPORT" in types(chosen)


def test_sentence_of_coordinated_terms_is_a_sentence(make_doc) -> None:
    doc = coded(make_doc("Les deux anciens ministres slovènes ont été condamnés respectivement à trois et deux ans "
                         "de prison à Ljubljana."), {"slovènes": "SVN"}, places={"Ljubljana": "SVN"})
    assert {"SANCTION", "COERCE"} <= types(doc)


def test_act_headed_for_is_not_done(make_doc) -> None:
    actors = {"norvégienne": "NOR", "France": "FRA", "russe": "RUS", "Syrie": "SYR"}
    step = coded(make_doc("La justice norvégienne a fait vendredi un premier pas vers une extradition vers la "
                          "France d'un suspect."), actors)
    assert asserted(step) == []
    fired = coded(make_doc("L'armée russe a procédé à des tirs de missiles vers la Syrie."), actors)
    assert [e[0] for e in asserted(fired)] == ["ASSAULT"]
