"""Fallback codes marked as such, role anaphora, and references to actors named before."""

from __future__ import annotations

import pytest
from mentionfinding import find

# -- explicit / fallback ------------------------------------------------------------------

def test_bare_domestic_nouns_are_not_explicit(actors) -> None:
    ms = actors("Le Liban traverse une crise profonde. Le Premier ministre libanais a démissionné "
                "et la police a dispersé les manifestants devant le siège du gouvernement.")
    police = find(ms, "police")
    assert police.actor.code == "LBN"
    assert police.explicit is False
    assert find(ms, "manifestants").explicit is False
    assert find(ms, "Liban").explicit is True


def test_bare_domestic_noun_takes_the_place_of_its_clause(actors) -> None:
    ms = actors("Le Liban traverse une crise profonde. Le Premier ministre libanais a démissionné "
                "et la police a dispersé les manifestants à Beyrouth.")
    police = find(ms, "police")
    assert police.actor.code == "LBN"
    assert police.explicit is True


def test_place_of_the_clause_wins_over_the_main_country(actors) -> None:
    ms = actors("La Chine a renforcé sa présence militaire à la frontière. Pékin dément toute "
                "menace contre la Chine. De l'autre côté, en Mongolie, des centaines de "
                "manifestants ont défilé lundi devant l'ambassade de Chine à Oulan-Bator.")
    protesters = find(ms, "manifestants")
    assert protesters.actor.code == "MNG"
    assert protesters.explicit is True


def test_city_outside_the_knowledge_base_gives_its_country(actors) -> None:
    ms = actors("La France a condamné les violences. Des heurts ont opposé la police et des "
                "manifestants à Tataouine, dans le sud de la Tunisie.")
    assert find(ms, "manifestants").actor.code == "TUN"


def test_ambiguous_city_reads_as_the_main_country(actors) -> None:
    ms = actors("Le Liban est en crise. Le gouvernement libanais a démissionné. Des dizaines de "
                "manifestants ont rallié lundi une place centrale à Tripoli.")
    assert find(ms, "manifestants").actor.code == "LBN"


def test_place_of_another_happening_is_not_the_clause_place(actors) -> None:
    ms = actors("L'Espagne s'est mobilisée dimanche. Des milliers d'Espagnols ont rejoint les "
                "manifestants, dans la foulée de la vague de protestation aux Etats-Unis. "
                "Madrid a appelé au calme.")
    protesters = find(ms, "manifestants")
    assert protesters.actor.code == "ESP"
    assert protesters.explicit is False


def test_domestic_noun_with_adjective_is_explicit(actors) -> None:
    ms = actors("La police tunisienne a arrêté trois suspects.")
    police = next(m for m in ms if m.actor.kind == "other")
    assert police.actor.code == "TUN"
    assert police.explicit is True


def test_unknown_person_without_role_is_a_guess(actors) -> None:
    ms = actors("Le Liban est en crise. Karim Haddad, un professeur, a dénoncé la corruption.")
    person = find(ms, "Karim Haddad")
    assert person.actor.code == "LBN"
    assert person.explicit is False


def test_unknown_person_with_nationality_is_explicit(actors) -> None:
    ms = actors("Le Liban est en crise. Le journaliste égyptien Karim Haddad a été arrêté.")
    person = next(m for m in ms if m.actor.kind == "person")
    assert person.actor.code == "EGY"
    assert person.actor.name == "Karim Haddad"
    assert person.explicit is True


def test_known_person_is_explicit(actors) -> None:
    ms = actors("Sergueï Lavrov a reçu son homologue turc à Moscou.")
    lavrov = find(ms, "Sergueï Lavrov")
    assert lavrov.actor.code == "RUS"
    assert lavrov.explicit is True


# -- role-only mentions -------------------------------------------------------------------

def test_head_of_state_without_adjective_is_the_main_countrys(actors) -> None:
    ms = actors("Le Premier ministre libanais s'est rendu à Beyrouth. Le Liban attend une aide. "
                "Le chef de l'Etat a appelé au calme.", date="2020-08-10")
    head = find(ms, "chef de l'Etat")
    assert head.actor.code == "LBN"
    assert head.actor.name == "Michel Aoun"
    assert head.explicit is False


def test_role_refers_to_the_last_holder_named_outside_quotations(actors) -> None:
    ms = actors('Emmanuel Macron a parlé à la presse. "Le président Trump pose la question de '
                "l'Otan\", a-t-il dit. Le président s'est ensuite alarmé de la fragilité de "
                "l'Europe.", date="2019-11-07", title="Emmanuel Macron et l'Otan")
    president = next(m for m in ms if m.span.text == "président")
    assert president.actor.code == "FRA"
    assert president.actor.name == "Emmanuel Macron"
    assert president.explicit is True
    assert find(ms, "président Trump").actor.code == "USA"


def test_role_name_is_never_the_role_text_when_a_name_is_known(actors) -> None:
    ms = actors("Emmanuel Macron a déploré la fragilité de l'Europe. Le chef de l'État a "
                "ensuite rencontré des étudiants.", date="2019-11-07")
    head = find(ms, "chef de l'État")
    assert head.actor.name == "Emmanuel Macron"
    assert head.actor.code == "FRA"
    assert head.entity == find(ms, "Emmanuel Macron").entity


def test_platform_is_not_part_of_a_name(actors) -> None:
    ms = actors('"Assez", a écrit sur Twitter Karim Haddad, un professeur d\'université.')
    people = [m for m in ms if m.actor.kind == "person"]
    assert [m.actor.name for m in people] == ["Karim Haddad"]
    assert not any("Twitter" in m.span.text for m in ms)


# -- new patterns -------------------------------------------------------------------------

def test_north_and_south_in_a_korean_story(actors) -> None:
    ms = actors("La Corée du Nord a tiré deux missiles. Le Sud a condamné ce tir et a demandé "
                "au Nord de cesser ses provocations.")
    assert find(ms, "Sud").actor.code == "KOR"
    assert find(ms, "Nord").actor.code == "PRK"


def test_north_and_south_elsewhere_are_regions(actors) -> None:
    ms = actors("Le Mali est en crise. Le Nord du pays échappe à l'armée et le Sud manifeste.")
    assert not [m for m in ms if m.span.text in ("Nord", "Sud")]


def test_coordinated_plural_roles(actors) -> None:
    ms = actors("Les ministres des Affaires étrangères égyptien et jordanien, Karim Haddad et "
                "Samir Aboud, se sont rencontrés au Caire.")
    assert find(ms, "Karim Haddad").actor.code == "EGY"
    assert find(ms, "Samir Aboud").actor.code == "JOR"
    assert find(ms, "Samir Aboud").explicit is True


def test_coordinated_plural_roles_override_a_guess(actors) -> None:
    ms = actors("Les chefs d'Etat russe et américain, Dmitri Medvedev et Barack Obama, ont "
                "signé un traité à Prague.", date="2010-04-08")
    assert find(ms, "Dmitri Medvedev").actor.code == "RUS"
    assert find(ms, "Barack Obama").actor.code == "USA"


def test_the_two_countries(actors) -> None:
    ms = actors("La Russie et l'Ukraine ont signé un accord gazier. Les deux pays se sont "
                "engagés à respecter le cessez-le-feu.")
    both = [m for m in ms if m.span.text == "deux pays"]
    assert sorted(m.actor.code for m in both) == ["RUS", "UKR"]
    assert find(ms, "deux pays").entity == find(ms, "Russie").entity


def test_the_two_countries_needs_two_states(actors) -> None:
    ms = actors("La France a accueilli le sommet. Les deux pays voisins ont été invités.")
    assert not [m for m in ms if m.span.text == "deux pays"]


def test_demonym_refers_back_to_a_person(actors) -> None:
    ms = actors("Le journaliste saoudien Ahmed Harbi a été arrêté à Ryad. Le Saoudien avait "
                "critiqué le gouvernement.")
    back = find(ms, "Saoudien")
    assert back.actor.kind == "person"
    assert back.actor.name == "Ahmed Harbi"
    assert back.entity == next(m for m in ms if m.actor.name == "Ahmed Harbi").entity


def test_demonym_without_a_person_stays_the_state(actors) -> None:
    ms = actors("Le Saoudien a remporté le tournoi de Ryad.")
    back = find(ms, "Saoudien")
    assert back.actor.kind == "state"
    assert back.actor.code == "SAU"


def test_the_country_is_the_one_state_named_before(actors) -> None:
    ms = actors("Un séisme a frappé le Pérou samedi. L'état d'urgence a été décrété dans tout "
                "le pays.")
    country = find(ms, "pays")
    assert country.actor.code == "PER"
    assert country.explicit is True
    assert country.entity == find(ms, "Pérou").entity


def test_this_country_is_the_state_named_last(actors) -> None:
    ms = actors("La Russie a massé des troupes à la frontière de l'Ukraine pour préparer une "
                "attaque contre ce pays.")
    assert find(ms, "pays").actor.code == "UKR"


def test_the_country_among_several_falls_back_to_the_main_one(actors) -> None:
    ms = actors("Le Liban est en crise. Le Liban a reçu l'aide de la France et de l'Italie, qui "
                "ont promis d'aider le pays.")
    country = find(ms, "pays")
    assert country.actor.code == "LBN"
    assert country.explicit is False


def test_parts_of_the_country_and_homeland_are_not_the_state(actors) -> None:
    ms = actors("Le Pérou a été frappé par un séisme dans le nord du pays. L'opposant prépare "
                "son retour au pays.")
    assert not [m for m in ms if m.span.text == "pays"]


def test_sheriff_is_police(actors) -> None:
    ms = actors("Aux Etats-Unis, le suspect a été arrêté, a annoncé le shérif.")
    sheriff = find(ms, "shérif")
    assert sheriff.actor.sector == "COP"
    assert sheriff.actor.code == "USA"


def test_party_nouns_take_the_main_country(actors) -> None:
    ms = actors("Aux Etats-Unis, les démocrates accusent les républicains de bloquer le budget.")
    dems = find(ms, "démocrates")
    assert dems.actor.code == "USA"
    assert dems.actor.sector == "PTY"
    assert dems.explicit is False
    assert find(ms, "républicains").actor.sector == "PTY"


def test_the_country_before_an_infinitive(actors) -> None:
    ms = actors("Le Liban négocie avec le FMI une aide permettant au pays de se relever.")
    assert find(ms, "pays").actor.code == "LBN"


# -- roles attached to another role, spokespeople of a domestic body ------------------------

def test_deputy_minister_attached_to_a_minister_is_one_role(actors) -> None:
    ms = actors("La Grèce accuse la Turquie de provocations en mer. Le ministre délégué auprès "
                "du ministre des Armées Jean Dupontel a dénoncé l'attitude de la Turquie.",
                date="2020-10-12")
    person = next(m for m in ms if "Dupontel" in m.span.text)
    assert person.span.text.startswith("ministre délégué auprès")
    assert person.actor.code == "FRA"
    assert not any(m.span.text == "ministre délégué" for m in ms)


def test_indefinite_spokesperson_of_the_government(actors) -> None:
    ms = actors("La Pologne a été critiquée par une ONG. Un porte-parole du gouvernement a "
                "rejeté mercredi à Varsovie ces conclusions.")
    spokes = next(m for m in ms if m.span.text.startswith("porte-parole"))
    assert spokes.span.text == "porte-parole du gouvernement"
    assert spokes.actor.code == "POL"
    assert spokes.actor.kind == "person"


# -- periphrases ----------------------------------------------------------------------------

def test_former_soviet_republic_is_the_one_the_article_names(actors) -> None:
    ms = actors("La Russie a massé des troupes près de la Géorgie. Moscou nie toute volonté "
                "d'envahir l'ancienne république soviétique.")
    peri = next(m for m in ms if "république" in m.span.text)
    assert peri.actor.code == "GEO"
    assert not any(m.actor.code == "RUS" and "soviétique" in m.span.text for m in ms)


def test_former_soviet_republic_without_candidate_is_no_actor(actors) -> None:
    ms = actors("Moscou nie toute volonté d'envahir l'ancienne république soviétique.")
    assert not any("soviétique" in m.span.text for m in ms)


@pytest.mark.parametrize("text, code", [
    ("Washington a encore durci le ton face à la Chine. Le président américain a menacé de rompre toute relation avec "
     + "le géant asiatique.", "CHN"),
    ("Le Brésil a dépassé l'Espagne. Le géant latino-américain a connu une nouvelle journée noire.", "BRA"),
])
def test_a_continental_giant_is_the_state_the_article_names(actors, text: str, code: str) -> None:
    peri = next(m for m in actors(text) if "géant" in m.span.text)
    assert peri.actor.code == code


def test_a_range_of_places_gives_no_clause_place(actors) -> None:
    ms = actors("Le racisme est dénoncé en Espagne. Des rassemblements ont eu lieu de l'Australie "
                "à la Tunisie, les protestataires dénonçant le racisme.")
    protesters = find(ms, "protestataires")
    assert protesters.actor.code == "ESP"
    assert protesters.explicit is False


def test_a_place_in_parentheses_is_an_aside(actors) -> None:
    ms = actors("Le Congrès américain ouvre ses auditions. Les démocrates commenceront à 10 heures "
                "(16 heures en France).")
    assert find(ms, "démocrates").actor.code == "USA"


def test_place_in_the_nouns_own_relative_clause(actors) -> None:
    ms = actors("La France a condamné la violence. Le suspect a été relâché par un policier qui "
                "l'avait arrêté le 25 mai à Minneapolis.")
    assert find(ms, "policier").actor.code == "USA"


def test_enumerated_places_after_a_locative(make_doc) -> None:
    from veille.actors.stage import ActorMatcher

    sdoc = make_doc("Des rassemblements étaient prévus à Copenhague, Bruxelles, Glasgow et "
                    "Londres.").parse
    london = next(t.i for t in sdoc if t.text == "Londres")
    assert ActorMatcher._locative(sdoc, london)
    assert not ActorMatcher._locative(sdoc, 0)


def test_noun_opening_a_sentence_goes_on_at_the_previous_place(actors) -> None:
    ms = actors("L'Espagne a manifesté contre le racisme. La police espagnole a encadré les "
                "cortèges. D'autres rassemblements ont eu lieu samedi à Londres. La police a "
                "chargé à cheval.")
    police = find(ms, "police")
    assert police.actor.code == "GBR"
    assert police.explicit is False


def test_adjective_after_en_is_a_language(actors) -> None:
    ms = actors("La Chine réduit l'enseignement en mongol dans les écoles de la région.")
    assert not any(m.span.text == "mongol" for m in ms)
    assert any(m.actor.code == "CHN" for m in ms)


def test_a_slogan_is_no_person_and_the_pronoun_after_it_takes_the_president(actors) -> None:
    ms = actors("Le président français Emmanuel Macron est arrivé jeudi à Beyrouth. "
                "Lors de sa visite, le chef de l'Etat, acclamé par des habitants en colère contre "
                "leurs dirigeants, appelait à des réformes contre les vieux démons libanais.\n\n"
                "Sous les cris de \"Vive la France\", il promettait de revenir en septembre.")
    assert find(ms, "France").actor.kind == "state"
    pronoun = find(ms, "il")
    assert pronoun.actor.code == "FRA" and pronoun.actor.name == "Emmanuel Macron"


def test_a_plural_or_an_adjective_does_not_stand_between_a_pronoun_and_its_person(actors) -> None:
    ms = actors("Le ministre allemand Heiko Maas est arrivé lundi à Moscou. "
                "Les images de sa visite ont fait le tour du monde : le diplomate, reçu par des habitants "
                "en colère contre leurs dirigeants, appelait à des réformes contre les vieux démons russes.\n\n"
                "Plus tard, il a rencontré des opposants.")
    assert find(ms, "il").actor.code == "DEU"


def test_periphrastic_title_is_the_office_and_its_holder(actors) -> None:
    ms = actors("Le ministre de la Défense Mark Esper a désavoué Donald Trump. Le chef du Pentagone "
                "s'est publiquement désolidarisé du président.", date="2020-06-05")
    chief = find(ms, "chef du Pentagone")
    assert (chief.actor.code, chief.actor.name) == ("USA", "Mark Esper")
    assert chief.entity == find(ms, "ministre de la Défense Mark Esper").entity


def test_periphrastic_title_of_an_organisation(actors) -> None:
    ms = actors("Le patron de l'Otan a appelé la Russie à retirer ses troupes.", date="2020-06-05")
    chief = find(ms, "patron de l'Otan")
    assert (chief.actor.code, chief.actor.name) == ("NATO", "Jens Stoltenberg")
