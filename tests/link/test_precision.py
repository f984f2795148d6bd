"""Rules that keep apart reports of different happenings: speakers, what is stated, chains, places."""

from __future__ import annotations

from dataclasses import replace

from veille.link import LinkInput, LinkParams, link
from veille.link import linker as impl
from veille.link._text import cosine
from veille.model import Event, Place, Span


def report(article: str, type_: str, source: tuple[str, ...], target: tuple[str, ...], text: str,
           trigger: str, date: str, names: tuple[str, ...] = (), published: str | None = None) -> LinkInput:
    start = text.index(trigger)
    event = Event(type=type_, source=source, target=target, evidence=Span(0, len(text), text),  # type: ignore[arg-type]
                  trigger=Span(start, start + len(trigger), trigger), status="asserted", date=date,
                  source_names=names)
    return LinkInput(article, published or date, None, event)


def linked(a: LinkInput, b: LinkInput, params: LinkParams | None = None) -> bool:
    assignment = link([a, b], params)
    return assignment[a.key] == assignment[b.key]


UNION = report("afp", "ACCUSE", ("FRA",), ("FRA",),
               "Le syndicat CGT a dénoncé la réforme des retraites du gouvernement, qu'il juge injuste pour "
               "les ouvriers.", "dénoncé", "2020-09-16", ("syndicat CGT",))


def test_two_speakers_of_one_country_need_closer_wording() -> None:
    mayor = report("reuters", "ACCUSE", ("FRA",), ("FRA",),
                   "Le maire de Lyon a critiqué la réforme des retraites, un texte qui pénalise les ouvriers "
                   "selon lui.", "critiqué", "2020-09-16", ("maire de Lyon",))
    assert not linked(UNION, mayor)
    assert linked(UNION, mayor, LinkParams(other_speaker=0.0))  # the speakers' names made the difference


def test_one_speaker_named_in_other_words_still_links() -> None:
    union = report("lemonde", "ACCUSE", ("FRA",), ("FRA",),
                   "La CGT a critiqué la réforme, un texte qui pénalise les ouvriers selon le syndicat.",
                   "critiqué", "2020-09-16", ("CGT",))
    assert linked(UNION, union)


def test_two_statements_sharing_only_speaker_and_verb_stay_apart() -> None:
    seattle = report("afp", "ACCUSE", ("USA",), ("USA",),
                     "Donald Trump a dénoncé la gestion de la ville de Seattle par sa maire démocrate.",
                     "dénoncé", "2020-06-23", ("Donald Trump",))
    statue = report("reuters", "ACCUSE", ("USA",), ("USA",),
                    "Donald Trump a dénoncé le vandalisme des manifestants devant la Maison Blanche.",
                    "dénoncé", "2020-06-23", ("Donald Trump",))
    assert cosine(impl._item(seattle, LinkParams()).content, impl._item(statue, LinkParams()).content) == 0.0
    assert not linked(seattle, statue)
    assert linked(seattle, statue, LinkParams(statement_content=0.0))


def test_a_position_named_by_an_anaphor_is_no_standing_position() -> None:
    params = LinkParams()
    vague = report("afp", "REJECT", ("CHN",), ("USA",), "La Chine rejette ces accusations.", "rejette",
                   "2020-06-18")
    stated = report("afp", "REJECT", ("CHN",), ("USA",),
                    "La Chine rejette les accusations d'espionnage de ses étudiants aux Etats-Unis.",
                    "rejette", "2020-06-18")
    assert not impl._item(vague, params).standing
    assert impl._item(stated, params).standing


def test_standing_positions_of_two_speakers_of_one_country_are_not_one_position() -> None:
    cgt = report("afp", "REQUEST", ("FRA",), ("FRA",),
                 "La CGT réclame le retour de la retraite à soixante ans pour les ouvriers du bâtiment.",
                 "réclame", "2020-09-16", ("CGT",))
    employers = report("reuters", "REQUEST", ("FRA",), ("FRA",),
                       "Le patronat du bâtiment réclame des aides pour les ouvriers partis à la retraite avant "
                       "soixante ans.", "réclame", "2020-09-12", ("patronat du bâtiment",))
    union = report("lemonde", "REQUEST", ("FRA",), ("FRA",),
                   "Le syndicat CGT réclame des aides pour les ouvriers partis à la retraite avant soixante ans.",
                   "réclame", "2020-09-12", ("syndicat CGT",))
    assert impl._item(cgt, LinkParams()).standing and impl._item(employers, LinkParams()).standing
    assert not linked(cgt, employers)
    assert linked(cgt, union)


def test_a_report_close_to_one_member_only_does_not_join_the_group() -> None:
    day = "2020-05-14"
    group = [
        report("a1", "COERCE", ("ISR",), ("PSE",), "L'armée israélienne a arrêté cinq suspects palestiniens "
               "dans le village de Yabad, près de Jénine.", "arrêté", day),
        report("a2", "COERCE", ("ISR",), ("PSE",), "Cinq Palestiniens ont été arrêtés par l'armée israélienne "
               "à Yabad, près de Jénine, selon l'armée.", "arrêtés", day),
        report("a3", "COERCE", ("ISR",), ("PSE",), "Les soldats israéliens ont arrêté cinq Palestiniens à "
               "Yabad, un village proche de Jénine.", "arrêté", day),
    ]
    other = report("d", "COERCE", ("ISR",), ("PSE",), "Cinq suspects ont été interpellés à Hébron lors d'une "
                   "opération nocturne de la police.", "interpellés", day)
    assignment = link([*group, other])
    assert len({assignment[r.key] for r in group}) == 1
    assert assignment[other.key] != assignment[group[0].key]
    loose = link([*group, other], LinkParams(merge_share=0.3))
    assert len(set(loose.values())) == 1  # one similar pair of three was enough before


def test_a_shared_place_does_not_link_unrelated_wording() -> None:
    beirut = Place(Span(0, 0, ""), "Beyrouth", "LBN")
    state = report("afp", "AID", ("FRA",), ("LBN",),
                   "La France envoie mercredi plusieurs tonnes de matériel sanitaire au Liban.", "envoie",
                   "2020-08-05")
    city = report("reuters", "AID", ("FRA", "LBN"), ("LBN",),
                  "La maire de Paris a annoncé mercredi une aide d'urgence de cent mille euros pour Beyrouth.",
                  "aide", "2020-08-05")
    state = replace(state, event=replace(state.event, place=beirut, date_stated=True))
    city = replace(city, event=replace(city.event, place=beirut, date_stated=True))
    assert not linked(state, city)


def test_the_president_s_demand_and_the_opposition_s_are_two_statements() -> None:
    # One day, one country, one topic: the president asks the government, the opposition asks
    # it too. Wording alone would link them; the speakers' names keep them apart.
    president = report("afp", "REQUEST", ("FRA",), ("FRA",),
                       "Le président Emmanuel Macron a demandé lundi au gouvernement d'accélérer la réforme "
                       "de la police.", "demandé", "2020-06-08", ("Emmanuel Macron",), published="2020-06-09")
    opposition = report("lci", "REQUEST", ("FRA",), ("FRA",),
                        "L'opposition réclame au gouvernement une réforme de la police et de sa déontologie.",
                        "réclame", "2020-06-08", ("opposition",))
    assert not linked(president, opposition)
    assert linked(president, opposition, LinkParams(other_speaker=0.0))
