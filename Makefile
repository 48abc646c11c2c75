# Parley: set-up in two commands.
#   make demo   install what is missing, build, build the example graphs into graphs/
#   make test   install what is missing, build release and sanitizer configurations, run every test
# Also: make build, make eval (score the dev corpus), make bench (the benchmark), make clean.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
JOBS ?= $(shell nproc)
BUILD ?= build
# CI builds with -Werror.
WERROR ?= $(if $(CI),ON,OFF)

BUILD_PACKAGES := cmake make g++ libboost-graph-dev rapidjson-dev libicu-dev doctest-dev libcli11-dev libexpat1-dev libmimalloc-dev
DEMO_PACKAGES := graphviz
TEST_PACKAGES := python3 python3-networkx python3-igraph python3-distributed libxml2-utils graphviz clang libclang-rt-14-dev

PARLEY := $(BUILD)/release/tools/parley

.PHONY: all build demo test eval bench clean deps-build deps-demo deps-test deps-npm deps-node build-release build-asan graphs fuzz

all: build

# Installs the Debian packages that are missing: as root directly, else through sudo, else it
# prints the exact command and stops.
define install_missing
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; \
	  elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; \
	  else echo "parley: missing packages; run as root: apt-get update && apt-get install -y$$missing" >&2; exit 1; fi; \
	  echo "Installing:$$missing"; \
	  $$sudo apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

deps-build:
	$(call install_missing,$(BUILD_PACKAGES))

deps-demo: deps-build
	$(call install_missing,$(DEMO_PACKAGES))

deps-test: deps-build
	$(call install_missing,$(TEST_PACKAGES))

# graphology and its GraphML and GEXF parsers, for the writer tests, pinned by
# tests/consumers/package-lock.json; Node and npm come from Debian when `node` is missing.
CONSUMERS := tests/consumers
deps-npm: deps-test
	@if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then \
	  $(MAKE) --no-print-directory deps-node; fi
	@if [ ! -f $(CONSUMERS)/node_modules/.package-lock.json ] || \
	    [ $(CONSUMERS)/package-lock.json -nt $(CONSUMERS)/node_modules/.package-lock.json ]; then \
	  npm ci --prefix $(CONSUMERS) --no-audit --no-fund; fi

deps-node:
	$(call install_missing,nodejs npm)

build: build-release

build-release: deps-build
	cmake -S . -B $(BUILD)/release -DCMAKE_BUILD_TYPE=Release -DPARLEY_WERROR=$(WERROR)
	cmake --build $(BUILD)/release -j $(JOBS)

build-asan: deps-build
	cmake -S . -B $(BUILD)/asan -DCMAKE_BUILD_TYPE=Debug -DPARLEY_SANITIZE=ON -DPARLEY_WERROR=$(WERROR)
	cmake --build $(BUILD)/asan -j $(JOBS)

# The example graphs: GraphML, DOT and JSON (compared by the drift test) and SVG pictures.
graphs: build-release deps-demo
	tools/build_example_graphs.sh $(PARLEY) examples graphs --svg

demo: graphs
	@echo
	@echo "Built $(PARLEY); example graphs are in graphs/:"
	@ls graphs

test: deps-test deps-npm build-release build-asan fuzz
	cd $(BUILD)/release && ctest --output-on-failure -j $(JOBS)
	cd $(BUILD)/asan && ctest --output-on-failure -j $(JOBS)

# libFuzzer targets (clang, ASan+UBSan) run for FUZZ_SECONDS each; docs/FUZZING.md says how to
# run them longer. New inputs go to $(BUILD)/fuzz/corpus/<target>; a crash is saved under
# $(BUILD)/fuzz/crashes/<target>/ and fails the run (make it a regression input in tests/).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := document_reader extractor knowledge_base graphml_reader json_graph_reader json_lines
fuzz_seeds_document_reader := examples
fuzz_seeds_extractor := examples
fuzz_seeds_knowledge_base := data/kb
fuzz_seeds_graphml_reader := graphs
fuzz_seeds_json_graph_reader := graphs
fuzz_seeds_json_lines :=

fuzz: deps-test
	cmake -S . -B $(BUILD)/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
	  -DPARLEY_FUZZ=ON -DPARLEY_BUILD_TESTS=OFF -DPARLEY_WERROR=$(WERROR)
	cmake --build $(BUILD)/fuzz -j $(JOBS) --target fuzzers
	@$(foreach t,$(FUZZ_TARGETS), \
	  fuzzer=$(BUILD)/fuzz/fuzz/$(t)_fuzzer; \
	  if [ ! -x $$fuzzer ]; then echo "fuzz: WARNING: $(t)_fuzzer not built (its reader is not implemented)" >&2; else \
	  mkdir -p $(BUILD)/fuzz/corpus/$(t) $(BUILD)/fuzz/crashes/$(t); \
	  echo "fuzz: $(t) for $(FUZZ_SECONDS)s"; \
	  $$fuzzer -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	    -artifact_prefix=$(BUILD)/fuzz/crashes/$(t)/ $(BUILD)/fuzz/corpus/$(t) fuzz/corpus/$(t) $(wildcard $(fuzz_seeds_$(t))) \
	    > $(BUILD)/fuzz/$(t).log 2>&1 || { tail -n 60 $(BUILD)/fuzz/$(t).log; \
	      echo "fuzz: $(t) failed; reproducer in $(BUILD)/fuzz/crashes/$(t)/ (see docs/FUZZING.md)" >&2; exit 1; }; \
	  fi;)

eval: build-release
	@rm -rf $(BUILD)/eval && mkdir -p $(BUILD)/eval
	@for doc in ../shared/corpus/dev/*.txt; do \
	  $(PARLEY) extract --quiet "$$doc" -o "$(BUILD)/eval/$$(basename "$$doc" .txt).graphml"; \
	done
	python3 ../shared/eval/score.py --gold ../shared/corpus/dev --pred $(BUILD)/eval

# The benchmark (tools/bench/bench_main.cc): the corpus is generated under $(BUILD)/bench once (again
# only when the generator changes); the table goes to stdout and $(BUILD)/bench/report.txt.
# A quick run: make bench BENCH_ARGS="--scale 0.02". A full run takes about half an hour.
BENCH_ARGS ?=
bench: build-release
	@mkdir -p $(BUILD)/bench
	nice $(BUILD)/release/tools/parley_bench --work-dir $(BUILD)/bench $(BENCH_ARGS) | tee $(BUILD)/bench/report.txt

clean:
	rm -rf $(BUILD)
