# Posture: the two commands are `make run` and `make test` (see README.md).
SHELL := /bin/bash
VENV  := .venv
PY    := $(VENV)/bin/python
STAMP := $(VENV)/.posture-setup

export QTWEBENGINE_CHROMIUM_FLAGS ?= --disable-gpu --log-level=3

.PHONY: run test lint bench setup screenshot clean install uninstall translations

$(STAMP): requirements.lock pyproject.toml package-lock.json scripts/setup.sh
	scripts/setup.sh
	@touch $(STAMP)

setup: $(STAMP)

## Open the window on the last plan (the sample plan on first run).
run: $(STAMP)
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "No display: running on a virtual X screen (xvfb-run). Use 'python main.py --screenshot out.png' to see it."; \
	  xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) main.py; \
	else $(PY) main.py; fi

## Lint, the import contract, types of the pure core, then the whole suite, headless.
test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

## Benchmarks (not part of `make test`): prints a table, writes bench/results.json.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

## Bring the translation catalogue (desktop/i18n/posture_uk.ts) in step with the code, then build it.
translations: $(STAMP)
	$(PY) scripts/translations.py update
	$(PY) scripts/translations.py release
	$(PY) scripts/translations.py check

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) main.py --screenshot shot.png

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

## Install the launcher, icon and the plan file type for this user (double-click a *.plan.geojson).
PREFIX  ?= $(HOME)/.local
DATADIR := $(PREFIX)/share
POSTURE_BIN = $(if $(wildcard $(VENV)/bin/posture),$(abspath $(VENV))/bin/posture,posture)
install:
	install -Dm644 packaging/posture.svg $(DATADIR)/icons/hicolor/scalable/apps/posture.svg
	install -Dm644 packaging/posture-mime.xml $(DATADIR)/mime/packages/posture.xml
	mkdir -p $(DATADIR)/applications
	sed 's|^Exec=posture |Exec=$(POSTURE_BIN) |' packaging/posture.desktop > $(DATADIR)/applications/posture.desktop
	chmod 644 $(DATADIR)/applications/posture.desktop
	@if command -v update-mime-database >/dev/null; then update-mime-database $(DATADIR)/mime; fi
	@if command -v update-desktop-database >/dev/null; then update-desktop-database -q $(DATADIR)/applications; fi
	@if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -t $(DATADIR)/icons/hicolor; fi
	@echo "Installed Posture's launcher and the *.plan.geojson file type under $(DATADIR)"

uninstall:
	rm -f $(DATADIR)/applications/posture.desktop $(DATADIR)/mime/packages/posture.xml \
	      $(DATADIR)/icons/hicolor/scalable/apps/posture.svg
	@if command -v update-mime-database >/dev/null; then update-mime-database $(DATADIR)/mime; fi
