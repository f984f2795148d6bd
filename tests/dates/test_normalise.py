"""Recognition and TIMEX3 values of French temporal expressions, on raw text."""

from __future__ import annotations

import itertools

import pytest

from veille.dates import normalise
from veille.model import Timex

PUB = "2022-01-12"  # a Wednesday


def values(text: str, pubdate: str | None = PUB) -> list[tuple[str, str]]:
    return [(t.span.text, t.value) for t in normalise(text, pubdate)]


def one(text: str, pubdate: str | None = PUB) -> Timex:
    found = normalise(text, pubdate)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "span", "value", "precision"), [
    ("La conférence s'est ouverte le 12 janvier 2022 à Genève.", "le 12 janvier 2022",
     "2022-01-12", "day"),
    ("Le texte a été signé le 12/01/2022 par les deux parties.", "le 12/01/2022", "2022-01-12", "day"),
    ("Le traité, signé le 3 mars 1999, reste en vigueur.", "le 3 mars 1999", "1999-03-03", "day"),
    ("Les élections ont eu lieu en mars 2021 dans le calme.", "mars 2021", "2021-03", "month"),
    ("La crise a commencé en 2008 aux États-Unis.", "2008", "2008", "year"),
    ("Le sommet se tiendra le 20 mai à Bruxelles.", "le 20 mai", "2022-05-20", "day"),
    ("La réunion du 1er février a été reportée.", "1er février", "2022-02-01", "day"),
    ("Il est arrivé le 28 décembre dernier.", "le 28 décembre dernier", "2021-12-28", "day"),
])
def test_absolute_dates(text: str, span: str, value: str, precision: str) -> None:
    t = one(text)
    assert (t.span.text, t.value, t.kind, t.precision) == (span, value, "DATE", precision)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Hier, le gouvernement a démissionné.", "Hier", "2022-01-11"),
    ("Le ministre a indiqué qu'aujourd'hui les écoles restent ouvertes.", "aujourd'hui",
     "2022-01-12"),
    ("Le vote aura lieu demain à l'Assemblée.", "demain", "2022-01-13"),
    ("Les manifestants sont revenus avant-hier.", "avant-hier", "2022-01-10"),
    ("Mardi dernier, la police a arrêté trois suspects.", "Mardi dernier", "2022-01-11"),
    ("Le ministre se rendra à Kiev lundi prochain.", "lundi prochain", "2022-01-17"),
    ("La semaine dernière, les négociations ont échoué.", "La semaine dernière", "2022-W01"),
    ("Cette semaine, le parlement examine le texte.", "Cette semaine", "2022-W02"),
    ("Le mois dernier, l'inflation a atteint 5 %.", "Le mois dernier", "2021-12"),
    ("L'an dernier, le pays a connu une récession.", "L'an dernier", "2021"),
    ("L'année prochaine, le budget sera voté plus tôt.", "L'année prochaine", "2023"),
    ("Le cessez-le-feu a été signé il y a deux ans.", "il y a deux ans", "2020"),
    ("Le verdict sera rendu dans trois jours.", "dans trois jours", "2022-01-15"),
])
def test_relative_dates(text: str, span: str, value: str) -> None:
    t = one(text)
    assert (t.span.text, t.value) == (span, value)


def test_weekday_part_of_day_is_a_time() -> None:
    t = one("Mardi soir, des affrontements ont éclaté dans la capitale.")
    assert (t.span.text, t.value, t.kind) == ("Mardi soir", "2022-01-11TEV", "TIME")


def test_weekday_without_tense_is_in_the_past() -> None:
    t = one("Nouvelle manifestation jeudi à Lyon")
    assert t.value == "2022-01-06"


def test_weekday_with_future_tense_is_ahead() -> None:
    assert one("Les ministres se réuniront jeudi à Paris.").value == "2022-01-13"


def test_weekday_with_devoir_is_ahead() -> None:
    assert one("Les ministres doivent se réunir jeudi à Paris.").value == "2022-01-13"


def test_weekday_with_past_tense_is_behind() -> None:
    assert one("Les ministres se sont réunis jeudi à Paris.").value == "2022-01-06"


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Le festival aura lieu les 19 et 20 mai dans le parc.", "les 19 et 20 mai", "2022-05-19"),
    ("Les pourparlers se tiendront entre le 6 et le 8 juillet.", "entre le 6 et le 8 juillet",
     "2022-07-06"),
    ("Le salon se tiendra du 6 au 8 juillet 2023.", "6 au 8 juillet 2023", "2023-07-06"),
])
def test_ranges_take_the_first_day(text: str, span: str, value: str) -> None:
    t = one(text)
    assert (t.span.text, t.value, t.precision) == (span, value, "day")


@pytest.mark.parametrize(("text", "span", "value", "precision"), [
    ("Les résultats seront publiés fin janvier.", "fin janvier", "2022-01", "month"),
    ("Le chantier doit commencer début mars.", "début mars", "2022-03", "month"),
    ("La mission prendra fin mi-juin.", "mi-juin", "2022-06", "month"),
    ("Le retrait sera achevé à la fin de l'année.", "la fin de l'année", "2022", "year"),
    ("Les troupes quitteront le pays fin 2023.", "fin 2023", "2023", "year"),
])
def test_parts_of_months_and_years(text: str, span: str, value: str, precision: str) -> None:
    t = one(text)
    assert (t.span.text, t.value, t.precision) == (span, value, precision)


def test_clock_times_take_the_day() -> None:
    found = normalise("Le scrutin a ouvert à 10H00 (09H00 GMT) dans tout le pays.", PUB)
    assert [(t.span.text, t.value, t.kind) for t in found] == [
        ("10H00", "2022-01-12T10:00", "TIME"), ("09H00 GMT", "2022-01-12T09:00Z", "TIME")]


def test_clock_time_takes_the_day_last_mentioned() -> None:
    found = values("Hier, les secours sont intervenus à 5H00 près du port.")
    assert found == [("Hier", "2022-01-11"), ("5H00", "2022-01-11T05:00")]


def test_future_clock_time_leaves_a_past_day_of_an_earlier_sentence() -> None:
    found = values("Le séisme a frappé lundi la côte. Le président arrivera à Quito à 18H30.")
    assert found == [("lundi", "2022-01-10"), ("18H30", "2022-01-12T18:30")]


def test_future_in_the_past_clock_time_keeps_the_day_of_its_sentence() -> None:
    found = values("Le ministre est arrivé hier à Lyon, où il devait parler à 20H00.")
    assert found == [("hier", "2022-01-11"), ("20H00", "2022-01-11T20:00")]


def test_clock_time_in_words_after_a_preposition() -> None:
    t = one("La séance reprendra à 15 heures 30 au Sénat.")
    assert (t.value, t.kind) == ("2022-01-12T15:30", "TIME")


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Les combats ont duré pendant trois jours.", "trois jours", "P3D"),
    ("Il a négocié près de 24 heures sans pause.", "près de 24 heures", "PT24H"),
    ("Le conflit dure depuis plusieurs années.", "plusieurs années", "PXY"),
    ("Les travaux prendront une dizaine de jours.", "une dizaine de jours", "P10D"),
    ("La réforme a été attendue un demi-siècle.", "un demi-siècle", "P50Y"),
    ("Le mandat est de cinq ans.", "cinq ans", "P5Y"),
    ("Il a été suspendu vingt-trois jours.", "vingt-trois jours", "P23D"),
])
def test_durations(text: str, span: str, value: str) -> None:
    t = one(text)
    assert (t.span.text, t.value, t.kind) == (span, value, "DURATION")


def test_ages_are_not_durations() -> None:
    assert values("Un homme de 35 ans a été interpellé. Marie, 42 ans, témoigne.") == []


@pytest.mark.parametrize(("text", "span", "value", "precision"), [
    ("Dans les années 1990, le pays s'est ouvert.", "les années 1990", "199", "decade"),
    ("Dans les années 60, la ville a grandi.", "les années 60", "196", "decade"),
    ("Le XXe siècle a connu deux guerres mondiales.", "Le XXe siècle", "19", "century"),
    ("La fin du XIXe siècle fut agitée.", "La fin du XIXe siècle", "18", "century"),
])
def test_centuries_and_decades(text: str, span: str, value: str, precision: str) -> None:
    t = one(text)
    assert (t.span.text, t.value, t.precision) == (span, value, precision)


@pytest.mark.parametrize(("text", "value"), [
    ("Le rapport est publié chaque année.", "P1Y"),
    ("Le marché se tient tous les jeudis.", "XXXX-WXX-4"),
])
def test_sets(text: str, value: str) -> None:
    t = one(text)
    assert (t.value, t.kind) == (value, "SET")


def test_vague_reference_to_the_present() -> None:
    assert one("Le pays compte actuellement dix millions d'habitants.").value == "PRESENT_REF"


def test_counted_numbers_are_not_years() -> None:
    assert values("Quelque 2000 personnes ont défilé et 1500 euros ont été collectés.") == []


def test_year_ranges_give_two_years() -> None:
    assert values("Sur la période 1982-1990, la croissance a ralenti.") == [
        ("1982", "1982"), ("1990", "1990")]


def test_planet_is_not_a_month() -> None:
    assert values("La sonde a atteint Mars après sept mois de voyage.") == [("sept mois", "P7M")]


# --------------------------------------------------------------- publication date precision


@pytest.mark.parametrize(("text", "value"), [
    ("Lundi, le ministre a démissionné.", "2022-01"),
    ("Hier, le ministre a démissionné.", "2022-01"),
])
def test_month_only_publication_date_keeps_month_precision(text: str, value: str) -> None:
    t = one(text, "2022-01")
    assert (t.value, t.precision) == (value, "month")


def test_month_only_publication_date_keeps_exact_months_and_years() -> None:
    assert values("Le mois dernier et l'an dernier, rien.", "2022-01") == [
        ("Le mois dernier", "2021-12"), ("l'an dernier", "2021")]


def test_month_only_publication_date_time_has_unknown_day() -> None:
    assert one("Le train est parti à 5H00.", "2022-01").value == "2022-01-XXT05:00"


@pytest.mark.parametrize(("text", "value"), [
    ("Le sommet aura lieu le 20 mai.", "XXXX-05-20"),
    ("Lundi, le ministre a démissionné.", "XXXX-WXX-1"),
    ("Hier, le ministre a démissionné.", "XXXX-XX-XX"),
    ("La semaine dernière, rien.", "XXXX-WXX"),
    ("Le traité a été signé le 3 mars 1999.", "1999-03-03"),
])
def test_unknown_publication_date_is_never_guessed(text: str, value: str) -> None:
    assert one(text, None).value == value


def test_year_without_year_follows_the_nearest_side() -> None:
    # published in January: a December date without a year is last December
    assert one("La loi a été votée le 20 décembre.", "2022-01-12").value == "2021-12-20"
    assert one("Le vote est prévu le 10 juin.", "2022-01-12").value == "2022-06-10"


def test_results_are_sorted_and_do_not_overlap() -> None:
    found = normalise("Hier soir, puis le 3 mars 2021 et en 2008, pendant deux ans.", PUB)
    starts = [t.span.start for t in found]
    assert starts == sorted(starts)
    assert all(a.span.end <= b.span.start for a, b in itertools.pairwise(found))
    assert all(t.stage == "dates.rules.v7" for t in found)


def test_quarters_and_halves() -> None:
    assert values("Le PIB a reculé au premier trimestre 2020 et au deuxième semestre.") == [
        ("premier trimestre 2020", "2020-Q1"), ("deuxième semestre", "2022-H2")]


def test_decimal_durations() -> None:
    assert values("Elle passe de 0 à 100 km/h en 4,8 secondes.") == [("4,8 secondes", "PT4.8S")]


def test_range_with_weekdays() -> None:
    t = one("Le congrès se tiendra du vendredi 3 au dimanche 5 juin.")
    assert (t.span.text, t.value) == ("vendredi 3 au dimanche 5 juin", "2022-06-03")


def test_clock_time_before_its_day_is_one_expression() -> None:
    t = one("Le jugement est attendu à 13H30 lundi prochain.")
    assert (t.span.text, t.value, t.kind) == ("13H30 lundi prochain", "2022-01-17T13:30", "TIME")


def test_some_day_is_not_a_duration() -> None:
    assert values("Un jour, ils reviendront au pays.") == []


def test_day_after_the_day_last_mentioned() -> None:
    assert values("Le 3 janvier, il a été arrêté. Le lendemain, il a été libéré.") == [
        ("Le 3 janvier", "2022-01-03"), ("Le lendemain", "2022-01-04")]


def test_past_tense_puts_a_distant_day_in_the_past_year() -> None:
    assert one("Le traité a été signé le 3 octobre.").value == "2021-10-03"
    assert one("Le traité sera signé le 3 octobre.").value == "2022-10-03"


def test_upper_case_text() -> None:
    assert values("HIER, LE 3 MARS 2021") == [("HIER", "2022-01-11"), ("LE 3 MARS 2021", "2021-03-03")]


def test_this_weekend_follows_the_tense() -> None:
    assert one("Le festival aura lieu ce week-end à Lyon.").value == "2022-W02-WE"
    assert one("Le festival a attiré du monde ce week-end à Lyon.").value == "2022-W01-WE"


def test_holidays() -> None:
    assert values("Il est rentré chez lui à Noël.") == [("Noël", "2021-12-25")]
    assert values("La trêve tient depuis Pâques.") == [("Pâques", "2021-04-04")]
    assert values("Le défilé du 14-Juillet aura lieu sous la pluie.") == [("14-Juillet", "2022-07-14")]
    assert values("Noël Mamère a pris la parole.") == []


def test_since_points_to_the_past() -> None:
    assert one("Les négociations sont bloquées depuis le 3 octobre.").value == "2021-10-03"


def test_a_weekday_that_contradicts_its_day_number_in_the_week_of_publication_wins() -> None:
    # Thursday 23 March 2017: "mercredi 23 mars" is Wednesday the 22nd, the day before
    assert one("L'attentat a été perpétré mercredi 23 mars à Londres.", "2017-03-23").value == "2017-03-22"
    # the weekday and the number agree: nothing to settle
    assert one("L'attentat a été perpétré mercredi 22 mars à Londres.", "2017-03-23").value == "2017-03-22"
    # far from the publication date, the number stands
    assert one("L'attentat avait été perpétré mercredi 23 mars à Londres.", "2017-06-10").value == "2017-03-23"


def test_a_weekday_after_depuis_is_behind_whatever_the_tense() -> None:
    # Wednesday 12 January 2022: the present tense alone would read Thursday as this week's
    assert one("Ses proches dénoncent un empoisonnement depuis son malaise jeudi.").value == "2022-01-06"
    assert one("Ses proches dénonceront un empoisonnement depuis son malaise jeudi.").value == "2022-01-06"
    assert one("Ses proches dénonceront un empoisonnement jeudi.").value == "2022-01-13"


def test_a_day_naming_an_occasion_is_no_reference_for_a_later_part_of_day() -> None:
    text = ('La police a dispersé mercredi les cortèges. "Les élections du 9 août étaient truquées", '
            "a dit un porte-parole. Des milliers de personnes ont défilé dans la soirée.")
    assert values(text, "2020-09-23")[-1] == ("la soirée", "2020-09-23TEV")


def test_a_day_of_the_narration_is_the_reference_for_a_later_part_of_day() -> None:
    text = "Le sommet s'est ouvert le 9 août. Dans la soirée, les ministres ont signé."
    assert values(text, "2020-09-23")[-1] == ("la soirée", "2020-08-09TEV")
