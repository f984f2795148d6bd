# veille: the commands the README and CI use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
OUT := out
DB ?= veille.duckdb

.PHONY: run test eval eval-snippets bench bench-dates bench-link kb lint clean

$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

## Code the sample articles into $(DB) and print the events found.
run: $(BIN)/.installed
	$(BIN)/veille run samples --db $(DB) --show 25

## Run the test suite.
test: $(BIN)/.installed
	$(BIN)/python -m pytest

## Score extraction on the gold files (needs ../shared).
eval: $(BIN)/.installed
	@test -d $(SHARED)/gold || { echo "no $(SHARED)/gold here: nothing to score"; exit 0; }
	@mkdir -p $(OUT)
	@gate=; for set in seeds dev; do \
	  $(BIN)/veille extract $(SHARED)/gold/$${set}_articles.jsonl -o $(OUT)/$${set}_pred.jsonl || exit 1; \
	  echo "== $$set"; $(PYTHON) $(SHARED)/eval/score.py $(SHARED)/gold/$${set}_gold.jsonl $(OUT)/$${set}_pred.jsonl; \
	  $(PYTHON) $(SHARED)/eval/score.py --json $(SHARED)/gold/$${set}_gold.jsonl $(OUT)/$${set}_pred.jsonl > $(OUT)/$${set}_scores.json; \
	  $(PYTHON) benchmarks/check_floors.py $$set $(OUT)/$${set}_scores.json || gate=failed; \
	done; \
	$(BIN)/veille extract $(SHARED)/gold/linking/articles.jsonl -o $(OUT)/linking_pred.jsonl || exit 1; \
	echo "== linking"; $(PYTHON) $(SHARED)/eval/score_links.py $(SHARED)/gold/linking/gold.jsonl $(OUT)/linking_pred.jsonl; \
	test -z "$$gate" || { echo "a figure fell below its floor (benchmarks/floors.json)"; exit 1; }

## Events on the annotated corpus snippets (all 16 types, hypothetical, negated, no-event; needs ../shared).
eval-snippets: $(BIN)/.installed
	@test -d $(SHARED)/corpus || { echo "no $(SHARED)/corpus here: nothing to score"; exit 0; }
	$(BIN)/python benchmarks/snippets_eval.py --corpus $(SHARED)/corpus --out $(OUT)/snippets

## Speed: whole pipeline vs bare spaCy on the same texts.
bench: $(BIN)/.installed
	$(BIN)/python benchmarks/bench_pipeline.py --corpus $(SHARED)/corpus/orangesum.jsonl.gz --n 300

## Dates on French TimeBank: veille next to HeidelTime (installed in build/ for this benchmark only).
bench-dates: $(BIN)/.installed
	$(BIN)/python benchmarks/bench_dates.py --ftib $(SHARED)/eval/ftib.py --parse --heideltime-pred build/heideltime-ftib.jsonl

## Linking time for 1k, 10k and all events of the corpus (near-linear growth expected).
bench-link: $(BIN)/.installed
	$(BIN)/python benchmarks/bench_link.py --corpus $(SHARED)/corpus/orangesum.jsonl.gz --sizes 1000,10000,0

## Rebuild the actors' country table from the ODbL country data.
kb: $(BIN)/.installed
	$(BIN)/python -m veille.actors.build_kb $(SHARED)/data/countries/countries-unescaped.json

lint: $(BIN)/.installed
	$(BIN)/python -m pip install -q ruff mypy
	$(BIN)/ruff check src tests
	$(BIN)/mypy

clean:
	rm -rf $(OUT) $(DB) $(DB).wal
