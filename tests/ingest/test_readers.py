"""Reading real files: every format, dates, encodings and bad input."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille import errors
from veille.ingest import read_file, read_paths
from veille.ingest.clean import dateline_agency
from veille.model import Article, Failure

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"
TEXT = ("PARIS (AFP) - Le Premier ministre a reçu mardi à Matignon les dirigeants des principaux "
        "syndicats pour discuter de la réforme des retraites.\n\n"
        "Aucun accord n'a été trouvé à l'issue de la rencontre.")


def articles(items: list[Article | Failure]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def failures(items: list[Article | Failure]) -> list[Failure]:
    return [i for i in items if isinstance(i, Failure)]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# --- .txt ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("first", "date"), [
    (" date 2022-01 ", "2022-01"),
    ("date 2022-01-12 ", "2022-01-12"),
    (" date 2022-01-12\n", "2022-01-12"),
    ("date 2022-01\n\n", "2022-01"),
    ("date 2022-01-12T08:00:00Z ", "2022-01-12"),
    ("DATE: 12/01/2022\n", "2022-01-12"),
    ("", None),
])
def test_txt_date_prefix_variants(tmp_path: Path, first: str, date: str | None) -> None:
    items = list(read_file(write(tmp_path / "dep-7.txt", first + TEXT)))
    assert items == articles(items)
    (article,) = items
    assert article.text == TEXT
    assert article.date == date
    assert article.ref == "dep-7"
    assert article.title is None
    assert article.origin == str(tmp_path / "dep-7.txt")
    assert article.id == Article.content_id(TEXT)


def test_txt_fixture_with_prefix_on_the_text_line_and_byline(tmp_path: Path) -> None:
    (article,) = list(read_file(FIXTURES / "dated.txt"))
    assert article.date == "2023-03"
    assert article.text.startswith("STRASBOURG (AFP) - Les députés")
    assert article.source == "AFP"  # no source field: the agency of the wire dateline
    assert "Lucie Marchand" not in article.text
    assert article.text.count("\n\n") == 1


def test_txt_bad_date_keeps_the_article_and_warns(tmp_path: Path) -> None:
    path = write(tmp_path / "x.txt", " date 2022-13 " + TEXT)
    items = list(read_file(path))
    (article,) = articles(items)
    (warning,) = failures(items)
    assert article.date is None and article.text == TEXT
    assert warning.code == errors.BAD_RECORD
    assert warning.origin == f"{path}:1"
    assert warning.article_id == article.id
    assert f"{path}:1" in warning.message and "YYYY-MM-DD" in warning.message


@pytest.mark.parametrize("text", [
    "Date butoir : les négociateurs ont jusqu'à vendredi pour conclure un accord.",
    "Date 2022 du sommet : les dirigeants se retrouveront à Rome en octobre.",
])
def test_text_starting_with_the_word_date_is_not_a_prefix(tmp_path: Path, text: str) -> None:
    (article,) = list(read_file(write(tmp_path / "d.txt", text)))
    assert article.text == text and article.date is None


# --- .jsonl -------------------------------------------------------------------------------

def test_jsonl_invalid_line_between_two_good_lines() -> None:
    path = FIXTURES / "articles.jsonl"
    items = list(read_file(path))
    good = articles(items)
    assert [a.ref for a in good] == ["dep-1", "articles:3"]
    (bad,) = failures(items)
    assert bad.code == errors.BAD_JSON
    assert bad.origin == f"{path}:2"
    assert f"{path}:2" in bad.message and "fix or remove that line" in bad.message
    first = good[0]
    assert first.date == "2023-03-14" and first.title == "Accord à Lyon"
    assert first.source == "Le Quotidien" and first.url == "https://exemple.fr/accord"
    assert first.origin == f"{path}:1"
    assert "lire aussi" not in first.text.lower()
    assert first.text.startswith("LYON (AFP) -")
    assert good[1].date == "2023-03" and good[1].title is None


def test_jsonl_record_problems_are_reported_per_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "ok", "text": TEXT, "date": "2022-01-12"}),
        "",
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps({"id": "notext", "title": "Sans texte"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "baddate", "text": "Le Sénat a voté la loi mardi.", "date": "2022-02-30"}),
        json.dumps({"id": 42, "text": "Le maire a démissionné lundi soir.", "date": None}),
        json.dumps({"id": "nontext", "text": 12}),
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    items = list(read_file(path))
    assert [a.ref for a in articles(items)] == ["ok", "baddate", "42"]
    codes = [(f.origin.rsplit(":", 1)[1], f.code) for f in failures(items)]
    assert codes == [("3", errors.EMPTY_TEXT), ("4", errors.BAD_RECORD), ("5", errors.BAD_JSON),
                     ("6", errors.BAD_RECORD), ("8", errors.BAD_RECORD)]
    kept = articles(items)[1]
    assert kept.date is None
    assert failures(items)[3].article_id == kept.id


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "fil.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": TEXT, "date": "2022-01"}) + "\n")
    (article,) = list(read_paths([tmp_path]))
    assert article.ref == "fil:1" and article.date == "2022-01"


# --- .csv ---------------------------------------------------------------------------------

def test_csv_semicolons_quoted_paragraphs_and_french_dates() -> None:
    path = FIXTURES / "articles.csv"
    items = list(read_file(path))
    first, second = articles(items)
    assert not failures(items)
    assert first.ref == "c-1" and first.date == "2023-03-14" and first.title == "Vote au Sénat"
    assert first.text == ("Le Sénat a adopté mardi le projet de loi, par 210 voix contre 95.\n\n"
                          "Le texte retourne à l'Assemblée.")
    assert first.origin == f"{path}:2"
    assert second.origin == f"{path}:5" and second.title is None


def test_csv_bad_rows_do_not_stop_the_file(tmp_path: Path) -> None:
    content = ('text,date\n'
               '"Le président a reçu lundi son homologue allemand.",2022-01-10\n'
               'Le texte, avec une virgule sans guillemets,2022-01-11\n'
               '"Les deux dirigeants ont signé un accord.",\n')
    items = list(read_file(write(tmp_path / "lot.csv", content)))
    assert [a.ref for a in articles(items)] == ["lot:2", "lot:4"]
    (bad,) = failures(items)
    assert bad.code == errors.BAD_RECORD and bad.origin.endswith("lot.csv:3")
    assert "double quotes" in bad.message


def test_csv_without_text_column(tmp_path: Path) -> None:
    items = list(read_file(write(tmp_path / "t.csv", "id,body\n1,Le texte.\n")))
    (bad,) = items
    assert isinstance(bad, Failure) and bad.code == errors.BAD_RECORD
    assert "no 'text' column" in bad.message and "t.csv:1" in bad.message


# --- .html --------------------------------------------------------------------------------

def test_html_main_text_title_and_date() -> None:
    items = list(read_file(FIXTURES / "page.html"))
    (article,) = items
    assert isinstance(article, Article)
    assert article.ref == "page"
    assert article.title == "Sommet à Lyon : les ministres s'accordent sur un calendrier"
    assert article.date == "2023-03-14"
    assert article.source == "Le Quotidien du Rhône"
    assert article.url == "https://www.exemple-quotidien.fr/monde/sommet-lyon-calendrier"
    assert article.text.startswith("LYON (AFP) - Les ministres de l'Agriculture")
    assert "un compromis équilibré" in article.text
    for furniture in ("Accueil", "Les plus lus", "Mentions légales", "Plan du site", "lire aussi",
                      "Claire Fontaine"):
        assert furniture not in article.text
    assert len(article.text.split("\n\n")) == 3


def test_html_without_date_metadata(tmp_path: Path) -> None:
    page = ("<html><head><title>Conseil municipal</title></head><body><article>"
            "<p>Le conseil municipal s'est réuni lundi soir pour voter le budget de la ville, "
            "adopté à une large majorité des élus présents.</p>"
            "<p>L'opposition a dénoncé une hausse des impôts locaux.</p></article></body></html>")
    (article,) = list(read_file(write(tmp_path / "conseil.HTML", page)))
    assert isinstance(article, Article)
    assert article.date is None and article.title == "Conseil municipal" and article.ref == "conseil"
    assert article.text.split("\n\n")[1] == "L'opposition a dénoncé une hausse des impôts locaux."


def test_html_without_main_text(tmp_path: Path) -> None:
    path = write(tmp_path / "vide.htm", "<html><head><title>Vide</title></head><body><div></div></body></html>")
    (bad,) = list(read_file(path))
    assert isinstance(bad, Failure) and bad.code == errors.EMPTY_TEXT and str(path) in bad.message


# --- encodings ----------------------------------------------------------------------------

def test_latin1_txt_is_read_with_a_warning(tmp_path: Path) -> None:
    text = "Le délégué a évoqué « l'été prochain » et 20 € d'œufs.\n\nUne deuxième phrase accentuée."
    path = write(tmp_path / "vieux.txt", ("date 2021-06-01\n" + text).encode("cp1252"))
    items = list(read_file(path))
    (warning,) = failures(items)
    (article,) = articles(items)
    assert article.text == text and article.date == "2021-06-01"
    assert warning.code == errors.BAD_ENCODING and warning.origin == f"{path}:2"
    assert "UTF-8" in warning.message


def test_latin1_jsonl_line(tmp_path: Path) -> None:
    good = json.dumps({"id": "a", "text": "Première dépêche."}, ensure_ascii=False).encode("utf-8")
    old = json.dumps({"id": "b", "text": "Deuxième dépêche."}, ensure_ascii=False).encode("latin-1")
    items = list(read_file(write(tmp_path / "m.jsonl", good + b"\n" + old + b"\n")))
    assert [a.text for a in articles(items)] == ["Première dépêche.", "Deuxième dépêche."]
    (warning,) = failures(items)
    assert warning.code == errors.BAD_ENCODING and warning.origin.endswith("m.jsonl:2")


def test_utf8_bom_is_not_text(tmp_path: Path) -> None:
    (article,) = list(read_file(write(tmp_path / "bom.txt", "\ufeff date 2022-01 " + TEXT)))
    assert article.date == "2022-01" and article.text == TEXT


# --- unreadable, empty, unsupported -------------------------------------------------------

def test_broken_symlink_is_unreadable(tmp_path: Path) -> None:
    link = tmp_path / "perdu.txt"
    link.symlink_to(tmp_path / "absent.txt")
    (bad,) = list(read_paths([link]))
    assert isinstance(bad, Failure) and bad.code == errors.UNREADABLE
    assert str(link) in bad.message and "check that the path exists" in bad.message
    (in_folder,) = list(read_paths([tmp_path]))
    assert isinstance(in_folder, Failure) and in_folder.code == errors.UNREADABLE


def test_folder_named_like_a_file_and_missing_paths(tmp_path: Path) -> None:
    folder = tmp_path / "x.txt"
    folder.mkdir()
    (bad,) = list(read_file(folder))
    assert bad.code == errors.UNREADABLE  # type: ignore[union-attr]
    for name in ("nulle-part.jsonl", "nulle-part"):
        (missing,) = list(read_paths([tmp_path / name]))
        assert missing.code == errors.UNREADABLE  # type: ignore[union-attr]
        assert "no such file" in missing.message  # type: ignore[union-attr]
    (corrupt,) = list(read_file(write(tmp_path / "c.txt.gz", b"not gzip")))
    assert corrupt.code == errors.UNREADABLE  # type: ignore[union-attr]


def test_empty_text(tmp_path: Path) -> None:
    (empty,) = list(read_file(write(tmp_path / "e.txt", " date 2022-01\n\n")))
    (only_byline,) = list(read_file(write(tmp_path / "b.txt", "Par Jean Dupont\n\n(AFP)\n")))
    for bad in (empty, only_byline):
        assert isinstance(bad, Failure) and bad.code == errors.EMPTY_TEXT
    assert "boilerplate" in only_byline.message


def test_unsupported_extension_only_when_named(tmp_path: Path) -> None:
    doc = write(tmp_path / "note.docx", b"PK")
    (bad,) = list(read_paths([doc]))
    assert isinstance(bad, Failure) and bad.code == errors.UNSUPPORTED and "note.docx" in bad.message
    write(tmp_path / "README.md", "# notes")
    write(tmp_path / ".cache.txt", TEXT)
    write(tmp_path / ".hidden" / "a.txt", TEXT)
    assert list(read_paths([tmp_path])) == []


# --- folders, ids -------------------------------------------------------------------------

def test_folders_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    for name in ("b/2.txt", "a/z/1.txt", "a/3.txt", "c.txt"):
        write(tmp_path / name, f"{TEXT}\n\nNuméro {name}.")
    refs = [a.origin.removeprefix(str(tmp_path) + "/") for a in articles(list(read_paths(str(tmp_path))))]
    assert refs == ["a/3.txt", "a/z/1.txt", "b/2.txt", "c.txt"]


def test_same_article_in_two_files_has_the_same_id(tmp_path: Path) -> None:
    txt = write(tmp_path / "un.txt", " date 2022-01 " + TEXT + "\n\nPar Jean Dupont\n")
    jsonl = write(tmp_path / "deux.jsonl",
                  json.dumps({"id": "z", "text": "  " + TEXT.replace("\n\n", "\n\n\n")}) + "\n")
    (a,) = list(read_file(txt))
    (b,) = list(read_file(jsonl))
    assert isinstance(a, Article) and isinstance(b, Article)
    assert a.id == b.id and a.ref != b.ref and a.origin != b.origin
    other = TEXT.replace("mardi", "mercredi")
    (c,) = list(read_file(write(tmp_path / "trois.txt", other)))
    assert c.id != a.id  # type: ignore[union-attr]


def test_every_failure_has_a_known_code_and_names_its_origin(tmp_path: Path) -> None:
    write(tmp_path / "a.jsonl", '{"text": ""}\nnot json\n')
    write(tmp_path / "b.csv", "title\nx\n")
    items = failures(list(read_paths([tmp_path, tmp_path / "c.pdf"])))
    assert len(items) == 4
    for failure in items:
        assert failure.code in errors.MESSAGES and failure.code in errors.HINTS
        assert failure.message.startswith(failure.origin + ":")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.one_of(st.binary(max_size=300),
                         st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass"))),
       ext=st.sampled_from([".txt", ".jsonl", ".csv", ".html", ".jsonl.gz"]))
def test_arbitrary_bytes_never_raise(tmp_path: Path, content: bytes, ext: str) -> None:
    path = write(tmp_path / f"f{ext}", content)
    for item in read_file(path):
        assert isinstance(item, (Article, Failure))
        if isinstance(item, Article):
            assert item.text and item.text == item.text.strip()
            assert item.id == Article.content_id(item.text)
        else:
            assert item.code in errors.MESSAGES and str(path) in item.message


@pytest.mark.parametrize(("text", "agency"), [
    ("GENÈVE (Reuters) - Les Etats-Unis et la Russie ont entamé lundi des discussions.", "Reuters"),
    ("LE CAIRE, 3 mars (AFP) - Le ministre a démissionné.", "AFP"),
    ("WASHINGTON (Associated Press) — Le Sénat a voté.", "Associated Press"),
    ("Les Etats-Unis (USA) - ont voté.", None),  # no dateline: a name in running text
    ("Le député (LR) a dit - non.", None),
    ("Paris (75) - Un incendie.", None),
])
def test_dateline_agency(text: str, agency: str | None) -> None:
    assert dateline_agency(text) == agency


def test_a_source_field_wins_over_the_dateline(tmp_path: Path) -> None:
    record = {"id": "a1", "date": "2022-01-12", "source": "Le Quotidien",
              "text": "PARIS (AFP) - Le gouvernement a démissionné mardi."}
    (article,) = list(read_file(write(tmp_path / "a.jsonl", json.dumps(record) + "\n")))
    assert article.source == "Le Quotidien"
