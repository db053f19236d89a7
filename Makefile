# The two commands of the README: `make demo` and `make test`. Each creates .venv and installs on
# first use (torch first, as the CPU build on this machine), then does its job.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

# Nothing may reach a model hub or the web at run time.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS :=

.PHONY: demo test bench clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e ".[test,bench]"
	touch $(STAMP)

# The report's browser test needs Debian's Chromium and ChromeDriver.
BROWSER := /usr/bin/chromium /usr/bin/chromedriver
$(BROWSER):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver

demo: $(STAMP)
	$(VENV)/bin/expression-miner demo

test: $(STAMP) $(BROWSER)
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) bench/redact.py
	$(PY) bench/pii_eval.py --split test
	$(PY) bench/classify.py
	$(PY) bench/themes_quality.py
	$(PY) bench/themes_scale.py
	$(PY) bench/e2e.py

clean:
	rm -rf out .pytest_cache
