"""The linker: one happening per real-world action, whatever the order of the reports."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.errors import ConfigError
from veille.link import Linker, LinkInput, LinkParams, happening_id, link
from veille.link import linker as impl
from veille.model import Event, Place, Span


def ev(type_: str, source: tuple[str, ...], target: tuple[str, ...], text: str, date: str | None,
       place: tuple[str, str] | None = None, status: str = "asserted", at: int = 0,
       names: tuple[str, ...] = ()) -> Event:
    return Event(type=type_, source=source, target=target, evidence=Span(at, at + len(text), text),
                 trigger=Span(at, at + 1, text[:1]), status=status, date=date,  # type: ignore[arg-type]
                 place=Place(Span(0, 0, ""), place[0], place[1]) if place else None, source_names=names)


def inp(article: str, event: Event, published: str | None = "2022-01-12", outlet: str | None = None) -> LinkInput:
    return LinkInput(article, published, outlet, event)


GENEVA = ("Genève", "CHE")


def test_one_meeting_in_two_wordings_is_linked() -> None:
    a = inp("afp", ev("CONSULT", ("USA",), ("RUS",),
                      "Les États-Unis et la Russie ont entamé lundi à Genève des discussions sur "
                      "la sécurité en Europe.", "2022-01-10", GENEVA))
    b = inp("reuters", ev("CONSULT", ("RUS",), ("USA",),
                          "Les délégations russe et américaine ont discuté lundi à Genève de la "
                          "sécurité européenne pendant sept heures.", "2022-01-10", GENEVA))
    assignment = link([a, b])
    assert assignment[a.key] == assignment[b.key]


def test_two_meetings_on_different_days_stay_apart() -> None:
    a = inp("afp", ev("CONSULT", ("USA",), ("RUS",),
                      "Les États-Unis et la Russie ont entamé lundi des discussions sur la sécurité.",
                      "2022-01-10"), published="2022-01-13")
    b = inp("reuters", ev("CONSULT", ("USA",), ("RUS",),
                          "Les États-Unis et la Russie ont repris mercredi des discussions sur la sécurité.",
                          "2022-01-12"), published="2022-01-13")
    assignment = link([a, b])
    assert assignment[a.key] != assignment[b.key]


def test_a_report_dated_by_its_publication_links_with_an_earlier_stated_day() -> None:
    # The first report gives no day (so it takes its publication day); the second says "lundi".
    a = inp("afp", ev("ACCUSE", ("DEU",), ("RUS",),
                      "Berlin a accusé Moscou d'avoir empoisonné l'opposant Alexeï Navalny.", "2022-01-11"),
            published="2022-01-11")
    b = inp("reuters", ev("ACCUSE", ("DEU",), ("RUS",),
                          "Lundi, Berlin avait accusé Moscou d'avoir empoisonné Alexeï Navalny.", "2022-01-10"),
            published="2022-01-12")
    late = inp("reuters", ev("ACCUSE", ("DEU",), ("RUS",),
                             "Berlin a accusé Moscou d'avoir empoisonné l'opposant Alexeï Navalny.", "2022-01-25"),
               published="2022-01-25")
    assignment = link([a, b])
    assert assignment[a.key] == assignment[b.key]
    assert link([a, late])[a.key] != link([a, late])[late.key]  # the same words two weeks apart


def test_a_date_after_publication_is_not_a_stated_day() -> None:
    # "dimanche" read forward in a Friday story: the asserted protest cannot be next Sunday.
    text = "Des milliers de manifestants ont défilé dimanche à Hong Kong contre le projet de loi."
    a = inp("afp", ev("PROTEST", ("HKG",), ("CHN",), text, "2020-05-24"), published="2020-05-26")
    b = inp("reuters", ev("PROTEST", ("HKG",), ("CHN",), text, "2020-05-31"), published="2020-05-29")
    assignment = link([a, b])
    assert assignment[a.key] == assignment[b.key]
    # Two days that both lie before their publications still keep the reports apart.
    c = inp("reuters", ev("PROTEST", ("HKG",), ("CHN",), text, "2020-05-17"), published="2020-05-29")
    assert link([a, c])[a.key] != link([a, c])[c.key]


def test_a_weekday_read_forward_is_a_likely_day_not_a_stated_one() -> None:
    sunday = inp("afp", ev("PROTEST", ("HKG",), ("CHN",), "Des milliers de manifestants ont défilé "
                           "dimanche à Hong Kong contre le projet de loi chinois.", "2020-05-24"),
                 published="2020-05-26")
    # "dimanche" in a Friday story, taken as the next Sunday: likely the Sunday before, so a
    # paraphrase links as reports of one day do.
    told = "Des milliers de manifestants sont à nouveau descendus dans la rue {}contre le texte de Pékin."
    forward = inp("reuters", ev("PROTEST", ("HKG",), ("CHN",), told.format("dimanche "), "2020-05-31"),
                  published="2020-05-29")
    assert link([sunday, forward])[sunday.key] == link([sunday, forward])[forward.key]
    # Without the weekday in its evidence, a later date is no day at all: the same paraphrase
    # is too loose for an undated report.
    plan = inp("reuters", ev("PROTEST", ("HKG",), ("CHN",), told.format(""), "2020-05-31"),
               published="2020-05-29")
    assert link([sunday, plan])[sunday.key] != link([sunday, plan])[plan.key]


def _trigger_at(event: Event, word: str) -> Event:
    at = event.evidence.start + event.evidence.text.index(word)
    return replace(event, trigger=Span(at, at + len(word), word))


def _resignation_told_on_the_day() -> LinkInput:
    return inp("afp", ev("RETREAT", ("LBN",), (), "Le Premier ministre Hassan Diab a démissionné lundi, "
                         "quelques jours après l'explosion du port.", "2020-08-10"), published="2020-08-11")


def test_a_pluperfect_report_is_background_not_the_day_s_news() -> None:
    # The first report gives the day; the second, three weeks later, recalls it in the
    # plus-que-parfait and takes its publication day by default.
    a = _resignation_told_on_the_day()
    recalled = ev("RETREAT", ("LBN",), (), "Le gouvernement de Hassan Diab avait démissionné "
                  "quelques jours après l'explosion du port.", "2020-09-02")
    b = inp("reuters", _trigger_at(recalled, "démissionné"), published="2020-09-02")
    assignment = link([a, b])
    assert assignment[a.key] == assignment[b.key]
    # The same words in the passé composé are the day's news of 2 September: another resignation.
    today = ev("RETREAT", ("LBN",), (), "Le gouvernement de Hassan Diab a démissionné "
               "quelques jours après l'explosion du port.", "2020-09-02")
    c = inp("reuters", _trigger_at(today, "démissionné"), published="2020-09-02")
    assert link([a, c])[a.key] != link([a, c])[c.key]


def test_a_compound_participle_is_background_too() -> None:
    a = _resignation_told_on_the_day()
    recalled = ev("RETREAT", ("LBN",), (), "Des consultations sont prévues, le gouvernement de Hassan Diab "
                  "ayant démissionné après l'explosion du port.", "2020-09-02")
    b = inp("reuters", _trigger_at(recalled, "démissionné"), published="2020-09-02")
    assignment = link([a, b])
    assert assignment[a.key] == assignment[b.key]


def test_a_month_contains_its_days() -> None:
    a = inp("afp", ev("REQUEST", ("RUS",), ("NATO",),
                      "La Russie exige des garanties écrites que l'Otan ne s'élargira pas à l'Est.",
                      "2022-01"))
    b = inp("reuters", ev("REQUEST", ("RUS",), ("NATO",),
                          "Moscou a exigé mercredi des garanties que l'Otan renonce à s'élargir à l'Est.",
                          "2022-01-12"))
    assignment = link([a, b])
    assert assignment[a.key] == assignment[b.key]


def test_a_demand_and_its_rejection_stay_apart() -> None:
    a = inp("afp", ev("REQUEST", ("RUS",), ("NATO",),
                      "Moscou exige que l'Otan renonce à tout élargissement vers l'Est.", "2022-01-12"))
    b = inp("reuters", ev("REJECT", ("NATO",), ("RUS",),
                          "L'Otan rejette l'exigence de Moscou de renoncer à tout élargissement vers l'Est.",
                          "2022-01-12"))
    assignment = link([a, b])
    assert assignment[a.key] != assignment[b.key]


def test_a_plan_to_meet_and_the_meeting_stay_apart() -> None:
    plan = inp("afp", ev("AGREE", ("USA",), ("RUS",),
                         "Américains et Russes sont convenus de se retrouver à Genève.", "2022-01-10"))
    meeting = inp("reuters", ev("CONSULT", ("USA",), ("RUS",),
                                "Américains et Russes se sont retrouvés à Genève.", "2022-01-10"))
    assignment = link([plan, meeting])
    assert assignment[plan.key] != assignment[meeting.key]


def test_the_same_side_under_two_names_is_linked() -> None:
    a = inp("afp", ev("REJECT", ("NATO",), ("RUS",),
                      "L'Otan a rejeté jeudi les demandes russes sur l'architecture de sécurité en Europe.",
                      "2022-01-13"), published="2022-01-13")
    b = inp("reuters", ev("REJECT", ("USA", "EU"), ("RUS",),
                          "Les Occidentaux ont rejeté jeudi les demandes russes sur la sécurité en Europe.",
                          "2022-01-13"), published="2022-01-13")
    assignment = link([a, b])
    assert assignment[a.key] == assignment[b.key]


def test_other_actors_stay_apart() -> None:
    a = inp("afp", ev("ACCUSE", ("USA",), ("RUS",), "Washington accuse Moscou de préparer une invasion.",
                      "2022-01-12"))
    b = inp("reuters", ev("ACCUSE", ("CHN",), ("USA",), "Pékin accuse Washington de préparer une invasion.",
                          "2022-01-12"))
    assignment = link([a, b])
    assert assignment[a.key] != assignment[b.key]


def test_two_events_of_one_article_are_never_merged() -> None:
    text = "Le ministre a condamné l'attaque et dénoncé la répression."
    a = inp("afp", ev("ACCUSE", ("FRA",), ("RUS",), text, "2022-01-12", at=0))
    b = inp("afp", ev("ACCUSE", ("FRA",), ("RUS",), text, "2022-01-12", at=100))
    assignment = link([a, b])
    assert assignment[a.key] != assignment[b.key]


def test_hypothetical_events_keep_their_own_happening() -> None:
    text = "Les États-Unis et la Russie doivent se retrouver lundi à Genève pour des discussions."
    a = inp("afp", ev("CONSULT", ("USA",), ("RUS",), text, "2022-01-10", status="hypothetical"))
    b = inp("reuters", ev("CONSULT", ("USA",), ("RUS",), text, "2022-01-10"))
    assignment = link([a, b])
    assert assignment[a.key] != assignment[b.key]


def test_a_bridging_report_merges_two_happenings_under_the_smallest_key() -> None:
    first = inp("a1", ev("MOBILIZE", ("RUS",), ("UKR",), "La Russie a massé des blindés à la frontière.", None))
    second = inp("a3", ev("MOBILIZE", ("RUS",), ("UKR",), "Kiev signale cent mille soldats russes.", None))
    bridge = inp("a2", ev("MOBILIZE", ("RUS",), ("UKR",),
                          "La Russie a massé des blindés et cent mille soldats russes.", None))
    linker = Linker()
    linker.add([first, second])
    assert linker.happening_of(first.key) != linker.happening_of(second.key)
    changed = linker.add([bridge])
    expected = happening_id([first.key, second.key, bridge.key])
    assert expected == happening_id([first.key])
    assert changed[bridge.key] == expected and changed[second.key] == expected
    assert {linker.happening_of(k) for k in (first.key, second.key, bridge.key)} == {expected}


def test_adding_again_is_a_no_op_and_state_round_trips() -> None:
    a = inp("afp", ev("CONSULT", ("USA",), ("RUS",), "Discussions américano-russes lundi à Genève.",
                      "2022-01-10", GENEVA), outlet="AFP")
    b = inp("reuters", ev("CONSULT", ("RUS",), ("USA",), "Discussions russo-américaines lundi à Genève.",
                          "2022-01-10", GENEVA), outlet="Reuters")
    linker = Linker()
    linker.add([a, b])
    assert linker.add([a]) == {}
    restored = Linker.from_state(linker.state())
    assert restored.assignments() == linker.assignments()
    assert restored.happenings() == linker.happenings()
    with pytest.raises(ConfigError):
        Linker.from_state({**linker.state(), "version": 0})


def test_happening_fields_are_computed_from_members() -> None:
    a = inp("afp", ev("CONSULT", ("USA",), ("RUS",), "Discussions américano-russes lundi à Genève.",
                      "2022-01-10", GENEVA), outlet="AFP")
    b = inp("reuters", ev("CONSULT", ("USA",), ("RUS",), "Discussions russo-américaines à Genève en janvier.",
                          "2022-01", GENEVA), outlet="Reuters")
    c = inp("afp2", ev("CONSULT", ("USA",), ("RUS",), "Discussions américano-russes lundi à Genève.",
                       "2022-01-10", GENEVA), outlet="AFP")
    linker = Linker()
    linker.add([a, b, c])
    (h,) = linker.happenings()
    assert (h.type, h.source, h.target) == ("CONSULT", ("USA",), ("RUS",))
    assert (h.first_date, h.last_date) == ("2022-01-10", "2022-01-10")
    assert (h.place, h.place_country) == ("Genève", "CHE")
    assert (h.n_reports, h.n_outlets) == (3, 2)
    assert h.members == tuple(sorted([a.key, b.key, c.key]))
    assert h.id == happening_id(h.members)


SENTENCES = [
    "La Russie a massé des troupes à la frontière ukrainienne.",
    "Moscou a déployé des soldats près de l'Ukraine.",
    "Les États-Unis accusent la Russie de préparer une invasion.",
    "Washington et Moscou ont discuté à Genève de la sécurité.",
    "L'Otan rejette les exigences russes sur son élargissement.",
    "Les Occidentaux ont rejeté les demandes de Moscou.",
]

events = st.builds(
    lambda article, type_, source, target, text, date, at: inp(
        article, ev(type_, tuple(sorted(source)), tuple(sorted(target)), text, date, at=at),
        published=None if article == "a5" else "2022-01-14" if article == "a4" else "2022-01-12"),
    st.sampled_from(["a1", "a2", "a3", "a4", "a5"]),
    st.sampled_from(["CONSULT", "REJECT", "MOBILIZE"]),
    st.sets(st.sampled_from(["USA", "RUS", "NATO", "EU"]), max_size=2),
    st.sets(st.sampled_from(["RUS", "UKR", "USA"]), max_size=1),
    st.sampled_from(SENTENCES),
    st.sampled_from(["2022-01-10", "2022-01-12", "2022-01-14", "2022-01", "2022-W02", None]),
    st.integers(0, 3),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(events, max_size=14, unique_by=lambda i: i.key).flatmap(
    lambda xs: st.tuples(st.just(xs), st.permutations(xs), st.integers(0, len(xs)))))
def test_linking_does_not_depend_on_order_or_batches(case: tuple[list[LinkInput], list[LinkInput], int]) -> None:
    inputs, shuffled, cut = case
    one_go = Linker()
    one_go.add(inputs)
    in_batches = Linker()
    in_batches.add(shuffled[:cut])
    in_batches.add(shuffled[cut:])
    one_by_one = Linker()
    for i in reversed(inputs):
        one_by_one.add([i])
    assert one_go.assignments() == in_batches.assignments() == one_by_one.assignments()
    assert one_go.happenings() == in_batches.happenings()


def test_a_chain_of_look_alike_reports_is_not_one_happening() -> None:
    words = ["soldats", "blindés", "missiles", "navires", "avions", "drones", "chars", "canons",
             "radars", "pilotes", "marins", "sapeurs", "convois"]
    chain = [inp(f"a{i}", ev("MOBILIZE", ("RUS",), ("UKR",), " ".join(words[2 * i:2 * i + 4]), None))
             for i in range(5)]
    assignment = link(chain)
    assert assignment[chain[0].key] == assignment[chain[1].key]  # neighbours are alike
    assert len({assignment[i.key] for i in chain}) > 1


ARRESTS = "La police a interpellé mercredi plusieurs dizaines de militants lors du rassemblement interdit."
ARRESTED = "Des centaines de personnes ont été arrêtées mercredi par les forces de l'ordre pendant la manifestation."
POLICE, FORCES = ("police",), ("forces de l'ordre",)  # inside one country, sources of one kind


def test_one_stated_day_and_the_same_codes_link_whatever_the_wording() -> None:
    # No word in common, but one type, one direction, the same codes and the same stated day.
    a = inp("afp", ev("COERCE", ("HKG",), ("HKG",), ARRESTS, "2020-07-01", names=POLICE), published="2020-07-02")
    b = inp("reuters", ev("COERCE", ("HKG",), ("HKG",), ARRESTED, "2020-07-01", names=FORCES), published="2020-07-02")
    assert link([a, b])[a.key] == link([a, b])[b.key]
    # Another source code, or another day, keeps them apart.
    other = inp("reuters", ev("COERCE", ("CHN",), ("HKG",), ARRESTED, "2020-07-01"), published="2020-07-02")
    assert link([a, other])[a.key] != link([a, other])[other.key]
    later = inp("reuters", ev("COERCE", ("HKG",), ("HKG",), ARRESTED, "2020-07-02"), published="2020-07-03")
    assert link([a, later])[a.key] != link([a, later])[later.key]


def test_a_publication_day_default_is_no_stated_day() -> None:
    # A report that takes its publication day by default may tell of any day of the week
    # before: unlike wordings stay apart, whether the other report states the day or not.
    a = inp("afp", ev("COERCE", ("HKG",), ("HKG",), ARRESTS, "2020-07-02"), published="2020-07-02")
    b = inp("reuters", ev("COERCE", ("HKG",), ("HKG",), ARRESTED, "2020-07-02"), published="2020-07-02")
    assert link([a, b])[a.key] != link([a, b])[b.key]
    stated = inp("reuters", ev("COERCE", ("HKG",), ("HKG",), ARRESTED, "2020-07-02"), published="2020-07-03")
    assert link([a, stated])[a.key] != link([a, stated])[stated.key]


def test_a_same_day_report_joins_the_closest_of_two_events_of_one_article() -> None:
    arrests = inp("afp", ev("COERCE", ("HKG",), ("HKG",), ARRESTS, "2020-07-01", at=0), published="2020-07-02")
    ban = inp("afp", ev("COERCE", ("HKG",), ("HKG",), "Les autorités ont aussi interdit mercredi "
                        "le rassemblement annuel de l'opposition.", "2020-07-01", at=200), published="2020-07-02")
    told = inp("reuters", ev("COERCE", ("HKG",), ("HKG",), "La police a interpellé mercredi des dizaines "
                             "de militants prodémocratie.", "2020-07-01"), published="2020-07-02")
    assignment = link([arrests, ban, told])
    assert assignment[told.key] == assignment[arrests.key] != assignment[ban.key]


def test_a_publication_day_default_is_nearly_the_day_before() -> None:
    # The first report gives no day (it takes its publication day); the second says "lundi",
    # the day before: a looser rewording links as for one same day.
    a = inp("afp", ev("REQUEST", ("DEU",), ("RUS",), "La chancelière a exhorté le Kremlin à faire toute "
                      "la lumière sur cet empoisonnement au plus vite.", "2020-08-25"), published="2020-08-25")
    told = "Berlin a conclu {} à un empoisonnement de l'opposant et exhorté les autorités russes à faire " \
           "la lumière sur les auteurs."
    monday = inp("reuters", ev("REQUEST", ("DEU",), ("RUS",), told.format("lundi"), "2020-08-24"),
                 published="2020-08-25")
    assert link([a, monday])[a.key] == link([a, monday])[monday.key]
    # Three days before publication, the same rewording is too loose.
    saturday = inp("reuters", ev("REQUEST", ("DEU",), ("RUS",), told.format("samedi"), "2020-08-22"),
                   published="2020-08-25")
    assert link([a, saturday])[a.key] != link([a, saturday])[saturday.key]


def test_inside_one_country_other_named_speakers_are_other_happenings() -> None:
    # USA→USA stands for the government, the opposition and civil society alike: a report
    # dated by default links with the day before only when both name one same speaker.
    candidate = ev("REQUEST", ("USA",), ("USA",), "Le candidat démocrate a appelé le Sénat à ne pas se "
                   "prononcer avant la présidentielle.", "2020-09-27")
    a = inp("afp", replace(candidate, source_names=("Joe Biden",)), published="2020-09-27")
    told = ev("REQUEST", ("USA",), ("USA",), "Une puissante organisation de défense des libertés a exhorté "
              "samedi le Sénat à reporter le vote après la présidentielle.", "2020-09-26")
    other = inp("reuters", replace(told, source_names=("ACLU",)), published="2020-09-27")
    assert link([a, other])[a.key] != link([a, other])[other.key]
    unnamed = inp("reuters", told, published="2020-09-27")
    assert link([a, unnamed])[a.key] != link([a, unnamed])[unnamed.key]
    same = inp("reuters", replace(told, source_names=("M. Biden",)), published="2020-09-27")
    assert link([a, same])[a.key] == link([a, same])[same.key]


def test_a_publication_day_named_by_the_trigger_is_a_stated_day() -> None:
    # "a rejeté mardi" in a Tuesday story states Tuesday: not Monday's rejection.
    monday = ev("REJECT", ("RUS",), ("DEU",), "Moscou a rejeté lundi les accusations de Berlin sur "
                "l'empoisonnement de l'opposant.", "2020-08-24")
    a = inp("afp", _trigger_at(monday, "rejeté"), published="2020-08-25")
    tuesday = ev("REJECT", ("RUS",), ("DEU",), "Moscou a rejeté mardi les accusations de Berlin sur "
                 "l'empoisonnement de l'opposant.", "2020-08-25")
    b = inp("reuters", _trigger_at(tuesday, "rejeté"), published="2020-08-25")
    assert link([a, b])[a.key] != link([a, b])[b.key]
    # A weekday far from the trigger dates another clause: the date is the day's-news default,
    # which may stand for Monday.
    default = ev("REJECT", ("RUS",), ("DEU",), "Moscou a rejeté les accusations de Berlin sur "
                 "l'empoisonnement de l'opposant, qui restait mardi dans le coma.", "2020-08-25")
    c = inp("reuters", _trigger_at(default, "rejeté"), published="2020-08-25")
    assert link([a, c])[a.key] == link([a, c])[c.key]


def test_a_likely_day_is_not_enough_for_one_a_day() -> None:
    # "dimanche" read forward in a Friday story is likely the Sunday before, but no stated
    # day: unlike wordings with the same codes stay apart.
    stated = inp("afp", ev("COERCE", ("HKG",), ("HKG",), ARRESTS.replace("mercredi", "dimanche"), "2020-05-24",
                           names=POLICE), published="2020-05-26")
    forward = inp("reuters", ev("COERCE", ("HKG",), ("HKG",), ARRESTED.replace("mercredi", "dimanche"),
                                "2020-05-31"), published="2020-05-29")
    assert link([stated, forward])[stated.key] != link([stated, forward])[forward.key]
    told = inp("reuters", ev("COERCE", ("HKG",), ("HKG",), ARRESTED.replace("mercredi", "dimanche"),
                             "2020-05-24", names=FORCES), published="2020-05-29")
    assert link([stated, told])[stated.key] == link([stated, told])[told.key]


def test_the_coder_s_word_on_a_stated_date_wins_over_the_weekday_test() -> None:
    # The coder says whether a time expression gave the date: a Tuesday story's date that the
    # text states ("Moscou a rejeté, au lendemain de ..., les accusations") is Tuesday's, even
    # with no weekday by the trigger; one it took from the publication may stand for Monday.
    monday = ev("REJECT", ("RUS",), ("DEU",), "Moscou a rejeté lundi les accusations de Berlin sur "
                "l'empoisonnement de l'opposant.", "2020-08-24")
    a = inp("afp", _trigger_at(monday, "rejeté"), published="2020-08-25")
    text = "Moscou a rejeté les accusations de Berlin sur l'empoisonnement de l'opposant."
    stated = inp("reuters", replace(_trigger_at(ev("REJECT", ("RUS",), ("DEU",), text, "2020-08-25"), "rejeté"),
                                    date_stated=True), published="2020-08-25")
    assert link([a, stated])[a.key] != link([a, stated])[stated.key]
    default = inp("reuters", replace(stated.event, date_stated=False), published="2020-08-25")
    assert link([a, default])[a.key] == link([a, default])[default.key]


def _standing(text: str, trigger: str, target: tuple[str, ...], published: str, article: str,
              source_name: str = "Kremlin") -> LinkInput:
    """A REJECT by Russia dated by its publication day, as the coder gives the day's news."""
    event = replace(_trigger_at(ev("REJECT", ("RUS",), target, text, published), trigger),
                    date_stated=False, source_names=(source_name,))
    return inp(article, event, published=published)


INVASION = "Le Kremlin dément préparer une invasion de l'Ukraine et dénonce les provocations de l'Alliance."
NO_INTENT = "Moscou nie toute intention d'envahir l'Ukraine, où les Occidentaux voient une invasion en préparation."


@pytest.mark.parametrize(("text", "trigger", "present"), [
    (INVASION, "dément", True),
    (NO_INTENT, "nie", True),
    ("Les Occidentaux accusent la Russie de masser des troupes.", "accusent", True),
    ("La Grèce réclame des sanctions contre Ankara.", "réclame", True),
    ("Le Kremlin a démenti lundi préparer une invasion.", "démenti", False),
    ("Moscou avait dénoncé la présence de l'Alliance.", "dénoncé", False),
    ("La Russie exigera une réponse de l'Alliance.", "exigera", False),
    ("Moscou dénonçait depuis des mois la présence de l'Alliance.", "dénonçait", False),
    ("Berlin a publié la demande de l'opposant.", "demande", False),
    ("Le ministre, condamnant les violences, a quitté la salle.", "condamnant", False),
    ("Nous ne pouvons nous permettre un tel risque.", "permettre", False),
    ("« Moscou exige des garanties », a déclaré le ministre.", "exige", False),
    ("« Ces arrestations sont devenues courantes », dénonce un avocat.", "dénonce", False),
])
def test_a_standing_position_is_a_present_in_the_journalist_s_words(text: str, trigger: str, present: bool) -> None:
    from veille.link.linker import _present
    assert _present(_trigger_at(ev("REJECT", ("RUS",), (), text, None), trigger)) is present


def test_one_standing_denial_in_two_wordings_is_linked() -> None:
    # "Moscou dément" in Monday's story and "nie" in Thursday's: one standing denial
    # (LINKING.md), though each takes its own publication day and the wordings differ.
    a = _standing(INVASION, "dément", ("UKR",), "2022-01-10", "afp")
    b = _standing(NO_INTENT, "nie", ("UKR",), "2022-01-13", "reuters", "Moscou")
    assert link([a, b])[a.key] == link([a, b])[b.key]
    # The denial answers the accusers, whom another article may name as the target.
    accused = _standing("Washington accuse la Russie de préparer une invasion de l'Ukraine, ce que le "
                        "Kremlin dément.", "dément", ("USA",), "2022-01-12", "lemonde")
    assert link([a, accused])[a.key] == link([a, accused])[accused.key]
    # A report of the same denial in the passé composé with no day of its own is likely the
    # one the standing position continues; one of another denial is not.
    past = _standing(NO_INTENT.replace("nie", "a nié"), "nié", ("UKR",), "2022-01-13", "reuters", "Moscou")
    assert not impl._item(past, LinkParams()).standing
    assert link([a, past])[a.key] == link([a, past])[past.key]
    station = _standing("Le Kremlin a démenti avoir bombardé la gare de Kramatorsk.", "démenti", ("UKR",),
                        "2022-01-12", "reuters")
    assert link([a, station])[a.key] != link([a, station])[station.key]


def test_two_standing_denials_of_other_things_stay_apart() -> None:
    # The speaker and the verb are shared by every denial of the Kremlin: what is denied decides.
    a = _standing(INVASION, "dément", ("UKR",), "2022-01-10", "afp")
    station = _standing("Le Kremlin dément avoir bombardé la gare de Kramatorsk.", "dément", ("UKR",),
                        "2022-01-12", "reuters")
    elections = _standing("Le Kremlin dément toute ingérence dans les élections législatives allemandes.",
                          "dément", ("DEU",), "2022-01-12", "reuters")
    assert link([a, station])[a.key] != link([a, station])[station.key]
    assert link([a, elections])[a.key] != link([a, elections])[elections.key]
    # Two months apart, even one denial in the same words is not linked by this rule.
    later = _standing(INVASION, "dément", ("UKR",), "2022-03-15", "reuters")
    assert link([a, later])[a.key] != link([a, later])[later.key]


def test_the_police_and_the_forces_of_order_are_one_kind_of_source() -> None:
    assert impl.speaker_words(["la police"]) == impl.speaker_words(["les forces de l'ordre"]) == frozenset({"<police>"})
    assert impl.speaker_words(["ministre de la Défense"]).isdisjoint(impl.speaker_words(["forces de l'ordre"]))
    assert impl.speaker_words(["Joe Biden"]) == frozenset({"joe", "biden"})


def test_a_stated_day_outranks_wording_when_a_report_could_join_two_events() -> None:
    # The same day and codes link before a closer wording on another day: the arrests told by
    # "la police" on Wednesday join the Wednesday arrests by "les forces de l'ordre".
    wednesday = inp("afp", ev("COERCE", ("HKG",), ("HKG",), "Parmi les 370 personnes arrêtées mercredi par les "
                              "forces de l'ordre, dix l'ont été pour la loi.", "2020-07-01", at=0, names=FORCES),
                    published="2020-07-02")
    thursday = inp("afp", ev("COERCE", ("HKG",), ("HKG",), "Moins de 24 heures après la loi, la police a "
                             "arrêté jeudi des militants.", "2020-07-02", at=300, names=POLICE), published="2020-07-02")
    told = inp("reuters", ev("COERCE", ("HKG",), ("HKG",), "Moins de 24 heures après son entrée en vigueur, la "
                             "police avait procédé mercredi à ses premières arrestations.", "2020-07-01",
                             names=POLICE), published="2020-07-02")
    assignment = link([wednesday, thursday, told])
    assert assignment[told.key] == assignment[wednesday.key] != assignment[thursday.key]



MEETING_SPEECH = "Le président a accusé la Chine de manipuler sa monnaie au détriment des ouvriers de l'Ohio, lors " \
                 "d'un meeting électoral."
INTERVIEW = "Dans un entretien télévisé, le président a aussi accusé Pékin de fermer ses marchés aux agriculteurs " \
            "américains."


def test_one_publication_day_shared_by_default_is_only_a_likely_day() -> None:
    # Two statements of one president that both take their publication day by default may
    # have been made on two days of the week before: a loose likeness is not enough.
    params = LinkParams(near_day=0.10)
    a = inp("afp", ev("ACCUSE", ("USA",), ("CHN",), MEETING_SPEECH, "2020-06-17"), published="2020-06-17")
    b = inp("reuters", ev("ACCUSE", ("USA",), ("CHN",), INTERVIEW, "2020-06-17"), published="2020-06-17")
    assert link([a, b], params)[a.key] != link([a, b], params)[b.key]
    # the same day stated by both (published the next day) is one happening whatever the wording
    c = inp("afp", ev("ACCUSE", ("USA",), ("CHN",), MEETING_SPEECH, "2020-06-17"), published="2020-06-18")
    d = inp("reuters", ev("ACCUSE", ("USA",), ("CHN",), INTERVIEW, "2020-06-17"), published="2020-06-18")
    assert link([c, d], params)[c.key] == link([c, d], params)[d.key]


def test_inside_one_country_one_a_day_needs_sources_that_share_a_word() -> None:
    a = inp("afp", ev("COERCE", ("HKG",), ("HKG",), ARRESTS, "2020-07-01"), published="2020-07-02")
    b = inp("reuters", ev("COERCE", ("HKG",), ("HKG",), ARRESTED, "2020-07-01"), published="2020-07-02")
    assert link([a, b])[a.key] != link([a, b])[b.key]  # sources not named: the government or its opponents?
    named = [replace(x, event=replace(x.event, source_names=n)) for x, n in ((a, POLICE), (b, FORCES))]
    assert link(named)[named[0].key] == link(named)[named[1].key]


def _city(name: str, text: str, country: str = "FRA", dateline: bool = False) -> Place:
    at = text.index(name)
    return Place(Span(at, at + len(name), name), name, country, feature="city", dateline=dateline)


def test_one_day_s_protests_in_two_cities_are_two_happenings() -> None:
    # LINKING.md: the same action at the same time and place. The same stated Saturday and the
    # same codes link two protests whatever their wording, unless each sentence names its city.
    paris = "Des milliers de personnes ont manifesté samedi à Paris contre le racisme."
    dijon = "A Dijon, une centaine d'habitants ont défié samedi l'interdiction de manifester."
    a = inp("afp", replace(ev("PROTEST", ("FRA",), ("FRA",), paris, "2020-06-20", names=("personnes",)),
                           place=_city("Paris", paris)), published="2020-06-21")
    b = inp("lci", replace(ev("PROTEST", ("FRA",), ("FRA",), dijon, "2020-06-20", names=("personnes",)),
                           place=_city("Dijon", dijon)), published="2020-06-21")
    assert link([a, b])[a.key] != link([a, b])[b.key]
    # The same city in both sentences, or a city that only the dateline gives, keeps the rule.
    paris2 = "A Paris, une foule a manifesté samedi contre le racisme et les violences."
    c = inp("lci", replace(ev("PROTEST", ("FRA",), ("FRA",), paris2, "2020-06-20", names=("foule",)),
                           place=_city("Paris", paris2)), published="2020-06-21")
    assert link([a, c])[a.key] == link([a, c])[c.key]
    d = inp("lci", replace(b.event, place=_city("Dijon", dijon, dateline=True)), published="2020-06-21")
    assert link([a, d])[a.key] == link([a, d])[d.key]
    # Statements are not sited: a demand told from two cities can be one demand.
    e = inp("afp", replace(a.event, type="REQUEST"), published="2020-06-21")
    f = inp("lci", replace(b.event, type="REQUEST"), published="2020-06-21")
    assert link([e, f])[e.key] == link([e, f])[f.key]


def test_a_day_stated_once_and_defaulted_once_links_one_speaker_s_statement() -> None:
    # One report states Tuesday ("avait rejeté mardi"), the other is Tuesday's news with no day of
    # its own; the same codes and one named speaker make a loose rewording one statement.
    told = ev("REJECT", ("RUS",), ("RUS",), "Le porte-parole du Kremlin a qualifié de rumeur sans fondement "
              "les accusations d'opposants sur le rôle du pouvoir.", "2020-08-25")
    a = inp("afp", replace(told, source_names=("Dmitri Peskov",)), published="2020-08-25")
    stated = ev("REJECT", ("RUS",), ("RUS",), "M. Peskov avait rejeté mardi les accusations visant le président "
                "formulées par certains opposants.", "2020-08-25")
    b = inp("reuters", replace(stated, source_names=("M. Peskov",)), published="2020-08-26")
    assert link([a, b])[a.key] == link([a, b])[b.key]
    # Another speaker, or none named, is no reason to read the default as the stated day.
    other = inp("reuters", replace(stated, source_names=("Alexeï Navalny",)), published="2020-08-26")
    assert link([a, other])[a.key] != link([a, other])[other.key]
    unnamed = inp("reuters", stated, published="2020-08-26")
    assert link([a, unnamed])[a.key] != link([a, unnamed])[unnamed.key]
