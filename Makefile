# One task runner. `make run` and `make test` each build .venv on their own.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test check lint typecheck bench translations clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip setuptools wheel
	$(BIN)/python -m pip install -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/hmso-server demo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy shared desktop sync_server

test: lint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

check: test

bench: $(STAMP)
	$(BIN)/python -m bench

# Every tracked file that calls tr() or translate(): the UI, and the start-up messages.
I18N := resources/i18n
TR_SOURCES = $$(git ls-files 'desktop/ui/*.py' desktop/app.py)
# lupdate has no plural rules for Igbo and Nigerian Pidgin and refuses to update their
# files. Like Yoruba they have one plural form, so for the run their files say yo_NG;
# they get their own language back even when lupdate fails.
ONE_FORM := ig pcm

# Needs only the installed PySide6, so it does not reinstall .venv (`make test` builds it).
translations:
	@test -x $(BIN)/pyside6-lupdate || { echo "No $(BIN)/pyside6-lupdate: run make test once first."; exit 1; }
	for l in $(ONE_FORM); do sed -i "s/language=\"$${l}_NG\"/language=\"yo_NG\"/" $(I18N)/grandpro_$$l.ts; done; \
	$(BIN)/pyside6-lupdate $(TR_SOURCES) -ts $(I18N)/grandpro_*.ts; status=$$?; \
	for l in $(ONE_FORM); do sed -i "s/language=\"yo_NG\"/language=\"$${l}_NG\"/" $(I18N)/grandpro_$$l.ts; done; \
	exit $$status
	for ts in $(I18N)/grandpro_*.ts; do $(BIN)/pyside6-lrelease "$$ts" -qm "$${ts%.ts}.qm" || exit 1; done

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
