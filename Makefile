# Two commands: `make serve` and `make test`. Each installs what it needs first (scripts/setup.sh).
SHELL := /bin/bash
TOOLS ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/training-planner-tools
export TRAINING_PLANNER_TOOLS := $(TOOLS)
export PATH := $(TOOLS)/binaryen/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
# The limit covers a whole browser test binary, not one test.
export WASM_BINDGEN_TEST_TIMEOUT ?= 120
PORT ?= 8080

.PHONY: setup serve dist size test test-native test-browser test-e2e bench measure screenshots

setup:
	@scripts/setup.sh

## Build the release app and serve it on http://127.0.0.1:$(PORT)
## (serve/: axum and tower-http; a dev build, the one `make test` compiles for the e2e tests)
serve: dist
	cargo run --quiet -p serve -- dist $(PORT)

## The size-optimised release build of the app in dist/
dist: setup
	scripts/build.sh --release

size: dist
	@scripts/bundle-size.sh

## Every test: native, in headless Chromium, and end to end against the release bundle
test: setup
	$(MAKE) --no-print-directory test-native test-browser test-e2e

test-native:
	@# Both crates: the model's own tests (model/tests/) and the app's.
	cargo test --workspace
	@# The prerendered pages, rendered natively by the app's own components (src/prerender.rs).
	cargo test --features prerender --test prerender
	@# The fuzz targets (run with cargo-fuzz on nightly) must keep compiling.
	cargo check --manifest-path fuzz/Cargo.toml --bins --quiet

test-browser:
	cargo test --target wasm32-unknown-unknown --test browser

test-e2e: dist
	@# What the app needs before it is live, and the whole app (everything a first visit
	@# downloads, service worker and all), gzip -9: the figures were once one, under 550 KB. This is a tripwire against unnoticed growth, not the budget: issue 14's
	@# 400 KB line was crossed by issue 15 (430 KB), the quote and budget request documents
	@# (issue 17, 476 KB), the planner's holidays and working hours (484 KB) and the second
	@# hostile pass's fixes (530 KB today: windows merging their saves, money to the fen, inputs
	@# in error held, plan links, the keyboard); BENCHMARKS.md, "Documents", "Holidays" and
	@# "Round two", has the figures and what was weighed; the text catalogues (issue 24) cost
	@# 2.4 KB more ("One place for each idea"). The prerendered first view in index.html
	@# (issue 25) adds 7 KB: it is what a first visit reads before the wasm has arrived
	@# (BENCHMARKS.md, "The first view before the app"); the time is the figure a user feels.
	@# The year's programme (issue 26) adds 68 KB gzip (616 KB), most of it its page's yew
	@# components (BENCHMARKS.md, "The year's programme"). Comparing received quotes (issue 27)
	@# adds 70 KB gzip (686 KB), again mostly its page's components (BENCHMARKS.md, "Comparing
	@# received quotes"). Issue 28's data, embedded ahead of its panel (each module's observe
	@# and kpi, data/worth.toml), and the quote lines' kinds add 3.9 KB more (690 KB); the line
	@# moves to 700 KB so that the next growth is seen. Issue 28's panel (its fields, answer,
	@# chart and measurement plan, the joint draws, its texts) adds 33 KB gzip (724 KB,
	@# BENCHMARKS.md, "Is it worth it"); the line moves to 735 KB. Issue 25's split puts the
	@# places other than the estimate, the worth panel's body and the charts' drawing in modules
	@# fetched when first shown (src/app/later.rs): what the app needs before it is live falls to
	@# 520 KB gzip (its own line: 530 KB), while the whole first visit, with what the service
	@# worker keeps at install, grows to 772 KB, since code split apart is optimised apart
	@# (BENCHMARKS.md, "Split by part"); that line moves to 790 KB. The reducers of the year,
	@# the comparison and the quote desk then go with their places (src/store/parts.rs): 483 KB
	@# before the app is live, and its line becomes issue 24's bar, 2 % over the 476,165 B the
	@# whole first visit was before (486 KB).
	@scripts/bundle-size.sh --max-live 486000 --max 790000
	cargo test --test e2e -- --ignored --nocapture

bench:
	cargo bench --bench estimate

## Time to first estimate and per-change update in headless Chromium (BENCHMARKS.md)
measure: dist
	python3 scripts/measure-browser.py 20 100

## Screenshots of the quote page and its print views into docs/, to look at
screenshots: dist
	python3 scripts/screenshots.py docs
