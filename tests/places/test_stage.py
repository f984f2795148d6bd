"""The places stage on parsed sentences: what is a place, where, and which one."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.model import Document
from veille.pipeline import Pipeline
from veille.places import PlacesStage
from veille.places.gazetteer import normalise

pytestmark = pytest.mark.slow  # the spaCy model


def names(doc: Document) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in doc.places]


def test_stage_declares_its_layers(stage: PlacesStage) -> None:
    assert stage.name == "places.gazetteer.v3"
    assert stage.requires == ("parse", "sentences")
    assert stage.assigns == ("places", "dateline")


def test_spans_match_the_text(stage, make_doc) -> None:
    doc = stage(make_doc("Les négociations ont repris mardi à Genève, puis à Bruxelles et au "
                         "Caire, avant un sommet en Russie."))
    assert doc.places
    for place in doc.places:
        assert doc.text[place.span.start:place.span.end] == place.span.text
        assert place.stage == "places.gazetteer.v3"
    assert names(doc) == [("Genève", "CHE"), ("Bruxelles", "BEL"), ("Le Caire", "EGY"),
                          ("Russie", "RUS")]
    assert doc.provenance[-1] == "places.gazetteer.v3"


def test_building_reduced_to_city(stage, make_doc) -> None:
    doc = stage(make_doc("La mission russe à Genève a reçu les délégués. Les ministres se sont "
                         "réunis au siège de l'Otan à Bruxelles."))
    assert names(doc) == [("Genève", "CHE"), ("Bruxelles", "BEL")]


def test_capital_as_actor_is_still_a_place(stage, make_doc) -> None:
    doc = stage(make_doc("Moscou a dénoncé mercredi les manœuvres, tandis que Washington "
                         "appelait au calme."))
    assert names(doc) == [("Moscou", "RUS"), ("Washington", "USA")]


@pytest.mark.parametrize("text", [
    "Les Russes et les Américains ont échangé des propositions écrites.",
    "L'Union européenne et les Nations unies ont salué l'accord.",
    "Florence Parly a rencontré Victoria Nuland au ministère.",
    "Le Washington Post affirme que le Kremlin et la Maison Blanche se sont parlé.",
    "La Banque de France a relevé ses prévisions.",
    "Il a acheté une Toyota et regardé un film de Jordan Peele.",
    "Paix fragile : le cessez-le-feu tient toujours.",
    "Les conducteurs du RER ont voté la grève.",
])
def test_non_places_are_rejected(stage, make_doc, text: str) -> None:
    doc = stage(make_doc(text))
    assert doc.places == ()


@pytest.mark.parametrize("text", [
    "Les voyageurs de la gare Saint-Lazare et du canal Saint-Martin ont attendu.",
    "Le reportage diffusé par France 3 a choqué la France insoumise.",
    "Le directeur d'Hydro-Québec a démissionné.",
    "Il a lu « Surprise sur prise » et l'installation est classée Seveso.",
    "Météo\n\nParis\n\nVos réactions.",
])
def test_names_inside_other_names_are_rejected(stage, make_doc, text: str) -> None:
    doc = stage(make_doc(text))
    assert doc.places == ()


def test_homonyms_at_home_are_french(stage, make_doc) -> None:
    doc = stage(make_doc("Les enquêteurs se sont rendus à Laval puis au Mans et à Saint-Denis."))
    assert [(p.name, p.country) for p in doc.places if p.name in {"Laval", "Saint-Denis"}] == [
        ("Laval", "FRA"), ("Saint-Denis", "FRA")]


def test_vienna_stays_in_austria_in_a_french_article(stage, make_doc) -> None:
    doc = stage(make_doc("La France reste attachée à l'accord de Vienne, a déclaré Paris."))
    vienne = next(p for p in doc.places if p.name == "Vienne")
    assert vienne.country == "AUT"


def test_unit_in_parentheses_is_an_admin_unit(stage, make_doc) -> None:
    doc = stage(make_doc("Le rassemblement a eu lieu à Fréjus (Var) puis à Cherbourg (Manche)."))
    assert [(p.name, p.country, p.feature) for p in doc.places] == [
        ("Fréjus", "FRA", "city"), ("Var", "FRA", "admin2"),
        ("Cherbourg", "FRA", "city"), ("Manche", "FRA", "admin2")]


def test_vienne_with_austria_is_vienna(stage, make_doc) -> None:
    doc = stage(make_doc("Les diplomates se retrouvent à Vienne. L'Autriche accueille les "
                         "pourparlers depuis avril."))
    vienne = doc.places[0]
    assert (vienne.name, vienne.country) == ("Vienne", "AUT")


def test_vienne_with_isere_is_the_french_town(stage, make_doc) -> None:
    doc = stage(make_doc("Une manifestation a eu lieu à Vienne samedi. Les habitants de "
                         "l'Isère étaient nombreux."))
    vienne = doc.places[0]
    assert (vienne.name, vienne.country) == ("Vienne", "FRA")
    assert "FRA" in vienne.reason


def test_unit_right_after_a_town_locates_it(stage, make_doc) -> None:
    doc = stage(make_doc("Le navire avait quitté Southampton (Angleterre) le 10 avril."))
    assert names(doc)[0] == ("Southampton", "GBR")


def test_article_marks_the_province_not_the_city(stage, make_doc) -> None:
    doc = stage(make_doc("Le premier ministre du Québec s'est rendu à Québec lundi."))
    features = [(p.name, p.feature) for p in doc.places]
    assert features == [("Québec", "admin1"), ("Québec", "city")]


def test_state_of_georgia(stage, make_doc) -> None:
    doc = stage(make_doc("Le vote a été recompté dans l'Etat de Géorgie. En Géorgie, le "
                         "président géorgien a dénoncé Moscou."))
    georgias = [p for p in doc.places if p.name == "Géorgie"]
    assert [(p.country, p.feature) for p in georgias] == [("USA", "admin1"), ("GEO", "country")]


@pytest.mark.parametrize(("text", "name", "country", "date"), [
    ("GENEVE (Reuters) - Les Etats-Unis et la Russie ont entamé lundi des discussions.",
     "Genève", "CHE", None),
    ("BRUXELLES, 12 janvier (AFP) - Les ministres de l'Otan se réunissent.",
     "Bruxelles", "BEL", "12 janvier"),
    ("Paris (AFP) - Le gouvernement a annoncé mardi de nouvelles mesures.",
     "Paris", "FRA", None),
    ("WASHINGTON — Le président a signé le décret mercredi.", "Washington", "USA", None),
    ("Moscou, 3 mars 2022 (AFP) - Le Kremlin a rejeté les accusations.",
     "Moscou", "RUS", "3 mars 2022"),
])
def test_datelines(stage, make_doc, text: str, name: str, country: str, date: str | None) -> None:
    doc = stage(make_doc(text))
    line = doc.dateline
    assert line is not None
    assert (line.name, line.country, line.dateline) == (name, country, True)
    assert line.span.start == 0 and normalise(text[: line.span.end]) == normalise(name)
    assert doc.places[0] == line
    assert ("dated " + date in line.reason) if date else ("dated" not in line.reason)
    # the agency is not a place
    assert all(p.span.text not in {"AFP", "Reuters"} for p in doc.places)


def test_no_dateline_in_plain_prose(stage, make_doc) -> None:
    doc = stage(make_doc("Paris et Berlin ont salué l'accord - un premier pas, selon Rome."))
    assert doc.dateline is None
    assert all(not p.dateline for p in doc.places)
    assert [n for n, _ in names(doc)] == ["Paris", "Berlin", "Rome"]


def test_dateline_country_settles_ambiguity(stage, make_doc) -> None:
    doc = stage(make_doc("BEYROUTH (AFP) - Des heurts ont éclaté mardi à Tripoli entre partisans "
                         "et opposants du gouvernement."))
    tripoli = next(p for p in doc.places if p.name == "Tripoli")
    assert doc.dateline is not None and doc.dateline.country == "LBN"
    assert tripoli.country == "LBN"
    assert "dateline" in tripoli.reason


def test_runs_in_a_pipeline(stage, parse_stage, make_doc) -> None:
    pipeline = Pipeline([parse_stage, stage])
    doc = make_doc("Les combats se poursuivent dans le Donbass et près de Kiev.")
    out = pipeline(Document(article=doc.article))
    assert names(out) == [("Donbass", "UKR"), ("Kiev", "UKR")]
    assert out.dateline is None


def test_document_without_parse_gets_only_the_dateline(stage, make_doc) -> None:
    doc = make_doc("GENEVE (AFP) - Texte.")
    bare = Document(article=doc.article)
    out = stage(bare)
    assert out.dateline is not None and out.dateline.name == "Genève"
    assert out.places == (out.dateline,)


_WORDS = ["à", "Genève", "la", "Russie", "de", "Vienne", "(AFP)", "-", "PARIS", "les", "Russes",
          "Union", "européenne", ",", ".", "au", "Caire", "\n", "Le", "Etat", "Géorgie", "«", "»",
          "Washington", "Post", "dans", "l'", "Isère", "Hydro-Québec", "rue", "(", ")"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_WORDS), max_size=25))
def test_spans_always_point_into_the_text(stage, parse_stage, words: list[str]) -> None:
    from veille.model import Article

    text = " ".join(words)
    doc = parse_stage(Document(article=Article(id=Article.content_id(text), text=text, ref="p")))
    out = stage(doc)
    for place in out.places:
        assert 0 <= place.span.start < place.span.end <= len(text)
        assert text[place.span.start:place.span.end] == place.span.text
        assert place.country is None or len(place.country) == 3
    if out.dateline is not None:
        assert out.places[0] == out.dateline


def test_default_pipeline_has_the_places_stage() -> None:
    from veille.registry import default_stages

    stages = default_stages()
    assert any(isinstance(s, PlacesStage) for s in stages)


def test_stage_pickles_without_its_gazetteer(stage) -> None:
    import pickle

    clone = pickle.loads(pickle.dumps(stage))
    assert clone._gazetteer is None
    assert len(pickle.dumps(stage)) < 10_000


@pytest.mark.parametrize(("text", "expected"), [
    ("Les eurodéputés réunis au Parlement européen de Strasbourg ont adopté le texte.",
     [("Strasbourg", "FRA")]),
    ("Le prévenu a été condamné par le tribunal correctionnel de Bobigny.", [("Bobigny", "FRA")]),
    ("La cour d'appel de Paris a confirmé la peine.", [("Paris", "FRA")]),
    ("Une chercheuse de l'université de Genève a présenté l'étude.", [("Genève", "CHE")]),
])
def test_seat_of_an_institution_is_a_place(stage, make_doc, text, expected) -> None:
    assert names(stage(make_doc(text))) == expected


def test_institution_rule_keeps_named_bodies_out(stage, make_doc) -> None:
    assert stage(make_doc("La Banque de France a relevé ses prévisions.")).places == ()


def test_dateline_after_a_headline(stage, make_doc) -> None:
    text = ("Accord à Vienne sur le programme nucléaire\n\n"
            "GENEVE (Reuters) - Les négociateurs ont repris lundi leurs discussions.")
    doc = stage(make_doc(text))
    line = doc.dateline
    assert line is not None and (line.name, line.country) == ("Genève", "CHE")
    assert line.span.text == "GENEVE" and line.span.start == text.index("GENEVE")
    assert names(doc)[:2] == [("Vienne", "AUT"), ("Genève", "CHE")]
    assert all(p.span.text != "Reuters" for p in doc.places)


def test_no_dateline_in_a_second_paragraph_of_prose(stage, make_doc) -> None:
    doc = stage(make_doc("Un titre sans lieu\n\nLe gouvernement a tranché - sans consulter Lyon."))
    assert doc.dateline is None


@pytest.mark.parametrize(("text", "name"), [
    ("Les gendarmes sont intervenus dimanche à Plouzané après un incendie.", "Plouzané"),
    ("La manifestation a eu lieu dans la localité de Saint-Jean-de-Monts samedi.",
     "Saint-Jean-de-Monts"),
])
def test_small_town_introduced_as_a_town(stage, make_doc, text, name) -> None:
    doc = stage(make_doc(text))
    assert [(p.name, p.country) for p in doc.places] == [(name, "FRA")]
    assert doc.places[0].lat is not None


def test_small_town_needs_its_cue(stage, make_doc) -> None:
    doc = stage(make_doc("Plouzané et ses habitants attendent la réponse du maire."))
    assert all(p.name != "Plouzané" for p in doc.places)
