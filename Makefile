# fieldops: two commands for a newcomer, `make run` and `make test`. Everything else is for developers.
SHELL := /bin/bash
PY_BOOT ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
             command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
             && { echo $$p; break; }; done)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
DEMO_HOME ?= $(CURDIR)/.demo-home

.PHONY: run test lint check pytest bench demo translations clean help dist

help:
	@echo "make run    - set up and start the app on a demo workspace"
	@echo "make test   - set up and run lint, contracts, types and all tests"
	@echo "make bench  - run the benchmarks in bench/ (prints ratios)"

$(STAMP): pyproject.toml
	@test -n "$(PY_BOOT)" || { echo "Python 3.11+ is required"; exit 1; }
	test -x $(PY) || $(PY_BOOT) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[ui,server,dev,dist]'
	touch $(STAMP)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

venv: $(STAMP) $(QM)

run: venv
	@test -f $(DEMO_HOME)/workspace.json || $(VENV)/bin/fieldops --home $(DEMO_HOME) demo --operations 5000 --items 60
	$(PY) -m fieldops.demo_server --home $(DEMO_HOME) -- $(PY) -m ui --home $(DEMO_HOME) --demo

lint: venv
	$(VENV)/bin/ruff check fieldops ui tests bench
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

pytest: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)

test: lint pytest

bench: venv
	$(PY) -m bench.p1_startup
	$(PY) -m bench.p2_operations_list
	$(PY) -m bench.p3_local_write
	$(PY) -m bench.p8_desk
	$(PY) -m bench.p7_reports
	$(PY) -m bench.p4_sync
	$(PY) -m bench.p5_sync_idle
	$(PY) -m bench.p6_media

# The Linux package: dist/fieldops/ (folder build) and dist/fieldops-VERSION-linux-x86_64.tar.gz (docs/installer.md).
dist: venv
	$(PY) -c 'import PyInstaller' 2>/dev/null || $(PY) -m pip install -q -e '.[ui,dist]'
	PYTHON=$(PY) bash installer/linux/build.sh

# Re-extract UI and core strings into the .ts files (translations are kept, new ones marked unfinished).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(git ls-files 'ui/*.py' 'fieldops/*.py') -ts $(TS)

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache resources/i18n/*.qm
