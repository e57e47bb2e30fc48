# Helder: `make run` starts the bot locally, `make test` runs every test.
# Both set up what is missing first: a Python 3.10 venv, the packages,
# the blank Dutch spaCy pipeline and a trained model (only when data or config changed).
SHELL := /bin/bash
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# deduce (the anonymiser) builds its lookup cache inside the venv on first use (minutes, once).
DEDUCE_STAMP := $(VENV)/.deduce-cache
export PYTHON
# Rasa's telemetry and error reports would leave the machine (and may carry message text).
export RASA_TELEMETRY_ENABLED := false

.PHONY: setup spacy model run run-prod test bench bench-load bench-faults check clean

$(STAMP): pyproject.toml constraints.txt scripts/find_python.sh
	@py=$$(scripts/find_python.sh) || exit 1; \
	  if [ ! -x $(BIN)/python ]; then echo "Creating $(VENV) with $$py"; $$py -m venv $(VENV) || exit 1; fi; \
	  echo "Installing Helder and its pinned dependencies (a few minutes the first time)"; \
	  $(BIN)/pip install -q -c constraints.txt -e '.[dev]' || exit 1
	@touch $@

$(DEDUCE_STAMP): $(STAMP)
	@echo "Building the anonymiser's name and street lookups (deduce; a few minutes, once)"
	@$(BIN)/python -c "import logging, deduce; logging.disable(logging.INFO); deduce.Deduce()" || exit 1
	@touch $@

setup: $(STAMP) $(DEDUCE_STAMP)
	@$(BIN)/helder spacy build
	@$(BIN)/helder anonymiser build

model: setup
	@$(BIN)/helder train

run: model
	@$(BIN)/helder run

# The production set-up on one machine: PostgreSQL, Redis, two Rasa servers behind nginx
# (docs/deploy.md). Needs Debian's postgresql, redis-server and nginx packages.
run-prod: model
	@$(BIN)/helder run --profile prod

check: setup
	@$(BIN)/helder content check

test: model
	@$(BIN)/helder content check
	@$(BIN)/python -m pytest $(PYTEST_ARGS)

# The core benchmark trains the model itself when needed; other sections need no model.
bench: setup
	@$(BIN)/python -m bench.run $(BENCH_ARGS)

bench-load: model
	@$(BIN)/python -m bench.run --only load $(BENCH_ARGS)

bench-faults: model
	@$(BIN)/python -m bench.run --only faults $(BENCH_ARGS)

clean:
	rm -rf $(VENV) models var .pytest_cache
