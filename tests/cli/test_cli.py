"""The CLI end to end on the bundled samples, with a real DuckDB file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from veille.cli import main

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def coded_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "v.duckdb"
    assert main(["run", str(SAMPLES), "--db", str(db)]) == 0
    return db


def test_run_codes_samples_into_the_database(coded_db, capsys) -> None:
    assert main(["events", "--db", str(coded_db), "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows, "the samples hold events"
    assert all(r["type"] and r["evidence"] for r in rows)


def test_rerun_changes_nothing(coded_db, capsys) -> None:
    assert main(["events", "--db", str(coded_db), "--json", "--status", "all"]) == 0
    before = capsys.readouterr().out
    assert main(["run", str(SAMPLES), "--db", str(coded_db)]) == 0
    out = capsys.readouterr().out
    assert "0 new, 0 coded" in out
    assert main(["events", "--db", str(coded_db), "--json", "--status", "all"]) == 0
    assert capsys.readouterr().out == before


def test_db_option_before_or_after_the_command(coded_db, capsys) -> None:
    assert main(["events", "--db", str(coded_db), "--json"]) == 0
    after = capsys.readouterr().out
    assert main(["--db", str(coded_db), "events", "--json"]) == 0
    assert capsys.readouterr().out == after != ""


def test_export_and_quotes(coded_db, tmp_path, capsys) -> None:
    out = tmp_path / "events.parquet"
    assert main(["export", "--db", str(coded_db), "--format", "parquet", "-o", str(out)]) == 0
    assert out.stat().st_size > 0
    assert "rows of events" in capsys.readouterr().out
    assert main(["quotes", "--db", str(coded_db), "--json"]) == 0
    quotes = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert all(q["text"] and q["speaker"] for q in quotes)


def test_extract_writes_gold_format(tmp_path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(SAMPLES, folder)
    out = tmp_path / "pred.jsonl"
    assert main(["extract", str(folder), "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["article_id"] for r in records) == sorted(p.stem for p in SAMPLES.glob("*.txt"))
    for r in records:
        for e in r["events"]:
            assert {"type", "source", "target", "status", "date", "place", "place_country",
                    "evidence", "happening"} <= set(e)


def test_bad_input_is_reported_and_the_run_goes_on(tmp_path, capsys) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "date": "2022-01-12", "title": null, "text": "La Russie a rencontré '
                   'les Etats-Unis lundi."}\nnot json\n', encoding="utf-8")
    db = tmp_path / "v.duckdb"
    assert main(["run", str(src), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    (line,) = [x for x in err.splitlines() if "in.jsonl:2" in x]
    assert line.startswith(f"{src}:2: [E") and line.count("in.jsonl:2") == 1  # the place, once
    assert main(["events", "--db", str(db), "--json", "--status", "all"]) == 0


def test_missing_database_is_a_clear_error(tmp_path, capsys) -> None:
    assert main(["events", "--db", str(tmp_path / "nope.duckdb")]) == 2
    assert "hint" in capsys.readouterr().err


def test_happenings_and_dyad(coded_db, tmp_path, capsys) -> None:
    assert main(["happenings", "--db", str(coded_db), "--json"]) == 0
    happenings = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert happenings and all(h["n_reports"] >= 1 and h["members"] for h in happenings)
    assert main(["events", "--db", str(coded_db), "--json"]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {e["happening"] for e in events} <= {h["id"] for h in happenings}
    svg, csv = tmp_path / "d.svg", tmp_path / "d.csv"
    assert main(["dyad", "RUS", "USA", "--db", str(coded_db), "--svg", str(svg), "--csv", str(csv),
                 "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all(r["direction"] in ("RUS→USA", "USA→RUS") for r in rows)
    assert svg.read_text(encoding="utf-8").startswith("<svg")
    assert csv.read_text(encoding="utf-8").count("\n") >= 2


def test_nato_russia_council_reported_twice_is_one_happening(coded_db, capsys) -> None:
    # samples/003 (AFP) and samples/004 (Reuters) both report the talks of 12 January 2022.
    assert main(["happenings", "--db", str(coded_db), "--type", "CONSULT", "--min-reports", "2",
                 "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    brussels = [h for h in rows if h["place"] == "Bruxelles" and "RUS" in h["source"] + h["target"]]
    assert len(brussels) == 1 and brussels[0]["n_reports"] == 2
