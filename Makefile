# Two commands do all set-up: `make run` and `make test`. Needs Python 3.10+ as python3.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DB ?= nhs.db

.PHONY: run test lint bench clean train demo

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

run: $(VENV)/.installed
	$(PY) pipeline.py run --db $(DB)

# The first ten minutes: a database from the bundled demo corpus (demo.db), the report, and PNG charts
# in demo-charts/.
demo: $(VENV)/.installed
	$(VENV)/bin/nhs-leaders demo --db demo.db --png demo-charts

test: $(VENV)/.installed-dev
	$(PY) -m pytest -q -n auto --dist loadfile

# Retrain the learned stage of the extractor from the annotated fixtures (fixed seed) and install its
# weights in nlp/data/classifier/. `make run` and `make test` never train.
TRAIN_DATA := build/classifier-data
train: $(VENV)/.installed-dev
	$(PY) -m nhs_leaders.nlp.training --gold tests/fixtures/extraction/gold.jsonl \
		--texts tests/fixtures/extraction/texts --out $(TRAIN_DATA)
	$(PY) -m spacy train nlp/classifier/config.cfg --paths.train $(TRAIN_DATA)/train.spacy \
		--paths.dev $(TRAIN_DATA)/dev.spacy --output build/classifier-model
	rm -rf nlp/data/classifier
	cp -r build/classifier-model/model-best nlp/data/classifier

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

clean:
	rm -rf $(VENV) *.egg-info $(DB) $(DB)-wal $(DB)-shm
