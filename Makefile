# TMF Safety for QGIS: build, test, package and deploy.
# `make demo` and `make test` install what a fresh Debian/Ubuntu machine lacks (as root), then do their job.

PLUGIN      := tmf_safety
PYTHON      := /usr/bin/python3
VENV        := .venv
VPY         := $(VENV)/bin/python
DIST        := dist
QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
APT_PACKAGES := python3-qgis qgis qgis-providers xvfb xauth poppler-utils qttools5-dev-tools pyqt5-dev-tools python3-venv
TS_FILES    := i18n/$(PLUGIN)_ru.ts i18n/$(PLUGIN)_kk.ts
export QT_QPA_PLATFORM ?= offscreen

.PHONY: help setup system venv demo test test-qgis lint package deploy translations qm qgis bench bench-world clean

help:
	@echo "make demo          run the whole workflow headless on sample_layers, results in out/"
	@echo "make test          run every test (installs QGIS, Xvfb, poppler and a .venv when missing)"
	@echo "make test-qgis QGIS=3.40|3.44  the same tests inside a Debian chroot with that QGIS (as root)"
	@echo "make package       write $(DIST)/$(PLUGIN).zip for the QGIS plugin repository"
	@echo "make deploy        install the plugin into QGIS_PROFILE_DIR (default profile unless set)"
	@echo "make translations  refresh i18n/*.ts from the sources and compile the .qm files"
	@echo "make qgis          open QGIS with the plugin and the sample project"
	@echo "make bench         benchmarks (ratios against QGIS's own algorithms)"
	@echo "make bench-world   job 2 for 2,000 facilities on 8,500,000 reaches (writes 2.5 GB of data once)"

setup: system venv qm

# System packages: QGIS with its Python bindings, Xvfb for the desktop tests, poppler for PDF checks, Qt tools.
system:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing:$$missing"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "Missing system packages:$$missing"; echo "Run: sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

venv: $(VENV)/.installed

$(VENV)/.installed: requirements-dev.txt
	@test -x $(VPY) || $(PYTHON) -m venv --system-site-packages $(VENV)
	$(VPY) -m pip install -q --upgrade pip
	$(VPY) -m pip install -q -r requirements-dev.txt
	@touch $@

# Compiled translations, built from the committed .ts sources.
qm: $(TS_FILES:.ts=.qm)

i18n/%.qm: i18n/%.ts
	lrelease -silent $< -qm $@

translations:
	$(PYTHON) scripts/update_translations.py $(TS_FILES)
	$(MAKE) qm

demo: setup
	$(VPY) -m tmf_plugin demo --out out

test: setup
	xvfb-run -a -s "-screen 0 1600x1000x24" $(VPY) -m pytest

# The test suite on another QGIS: 3.40 (Debian 13 trixie) or 3.44 (Debian sid), in a chroot cached in .chroots/.
QGIS ?= 3.40
test-qgis: venv qm
	@command -v debootstrap >/dev/null 2>&1 || { apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap; }
	scripts/chroot/run.sh $(QGIS) $(PYTEST_ARGS)

lint: venv
	$(VPY) -m ruff check tmf_plugin tests scripts
	$(VPY) -m mypy

package: qm
	$(PYTHON) scripts/package.py --name $(PLUGIN) --out $(DIST)/$(PLUGIN).zip

deploy: package
	mkdir -p "$(QGIS_PROFILE_DIR)/python/plugins"
	rm -rf "$(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)"
	cd "$(QGIS_PROFILE_DIR)/python/plugins" && $(PYTHON) -m zipfile -e "$(CURDIR)/$(DIST)/$(PLUGIN).zip" .
	@echo "Deployed to $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN); enable it in Plugins > Manage and Install Plugins."

qgis: setup
	$(PYTHON) scripts/open_qgis.py

bench: setup
	$(VPY) benchmarks/run.py

bench-world: setup
	$(VPY) benchmarks/world.py

clean:
	rm -rf $(DIST) out .pytest_cache i18n/*.qm
	find . -name __pycache__ -not -path './$(VENV)/*' -prune -exec rm -rf {} +
