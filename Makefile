# Two commands: `make serve` and `make test`. Each installs whatever is
# missing first (a few seconds when everything is there), so both work on a
# fresh machine with only rustup, node/npm and, for the browser, apt.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
# npm's binaryen provides wasm-opt: Debian's binaryen is too old (blank page).
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

TRUNK_VERSION := 0.21.14
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
CHROMIUM ?= /usr/bin/chromium
# Drives Chromium for the component tests (wasm-bindgen-test-runner).
CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: serve test data bench build site-build seo-test tools rust-tools node-tools browser fonts fmt lint unit component-test data-package-test browser-test size-report size-budget clean

# Serves a release build that rebuilds on every change, from its own folder so
# that dist/ (minified, with its precompressed copies) is never left stale.
serve: tools fonts
	trunk serve --release --offline --dist target/serve-dist

test: tools browser fonts lint data unit component-test build site-build data-package-test size-report size-budget seo-test browser-test

# Benchmarks: figures to read, not pass/fail (see docs/performance.md).
bench: tools browser build
	cargo bench --bench render -- --noplot
	node scripts/size-budget.mjs dist
	CHROMIUM_PATH=$(CHROMIUM) node scripts/bench-browser.mjs dist
	CHROMIUM_PATH=$(CHROMIUM) node scripts/bench-lighthouse.mjs dist
	CHROMIUM_PATH=$(CHROMIUM) node scripts/bench-phone.mjs dist
	CHROMIUM_PATH=$(CHROMIUM) node scripts/bench-phone.mjs dist 7 desktop
	node scripts/wasm-size-by-crate.mjs target/wasm32-unknown-unknown/release/xiaomi-ev-dashboard.wasm

tools: rust-tools node-tools

rust-tools:
	@rustup show active-toolchain > /dev/null  # installs the pinned toolchain if missing
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy rustfmt
	@if ! trunk --version 2>/dev/null | grep -qF "$(TRUNK_VERSION)"; then \
	  echo "Installing trunk $(TRUNK_VERSION) (about 10 minutes, once)"; \
	  cargo install trunk --version $(TRUNK_VERSION) --locked; fi
	@if ! wasm-bindgen --version 2>/dev/null | grep -qF "$(WASM_BINDGEN_VERSION)"; then \
	  echo "Installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about 5 minutes, once)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); fi

node-tools: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# The Frictionless reference validator, in a virtual environment of its own.
FRICTIONLESS_VERSION := 5.21.0
.venv/.installed:
	python3 -m venv .venv
	.venv/bin/pip install --quiet --disable-pip-version-check "frictionless==$(FRICTIONLESS_VERSION)"
	@touch $@

browser:
	@if [ -x "$(CHROMIUM)" ] && [ -x "$(CHROMEDRIVER)" ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  echo "Installing Chromium, its WebDriver and CJK fonts from Debian"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-cjk > /dev/null; \
	else \
	  echo "Chromium or chromedriver is missing: install them with 'sudo apt-get install chromium chromium-driver fonts-noto-cjk', or set CHROMIUM= and CHROMEDRIVER= to their paths"; \
	  exit 1; fi

# The link previews are drawn on the host with the system's fonts: without a
# CJK font the Chinese ones would show boxes (the build refuses to write them).
fonts:
	@if fc-list :lang=zh 2>/dev/null | grep -q .; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  echo "Installing the Noto CJK fonts from Debian"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fontconfig fonts-noto-cjk > /dev/null; \
	else \
	  echo "No CJK font is installed: install one with 'sudo apt-get install fonts-noto-cjk'"; \
	  exit 1; fi

fmt:
	cargo fmt

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --test components -- -D warnings

unit:
	cargo test

# Components mounted one at a time in Chromium (tests/components.rs);
# webdriver.json gives Chromium the flags it needs to run as root.
component-test:
	CHROMEDRIVER=$(CHROMEDRIVER) CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test --target wasm32-unknown-unknown --test components

# Validates data/dataset.json and prints the figures the dashboard will show
# from it; a bad edit prints every error with its line and column, exit 1.
# A valid one is published as data/versions/<as_of>.json (commit it); an
# edit to a published version without a new as_of is refused. Runs before
# the unit tests, which check that the live dataset is published.
data:
	cargo run --quiet --bin dataset-report -- data/dataset.json

build: tools fonts
	trunk build --release --offline
	node scripts/optimise-wasm.mjs dist
	node scripts/minify-dist.mjs dist
	node scripts/write-service-worker.mjs dist
	node scripts/compress-dist.mjs dist

# The same app as published at a known address (SITE_URL): absolute canonical
# and hreflang addresses, the sitemap, robots.txt naming it. The browser tests
# serve it at that address (playwright.config.js); about a minute, as the
# wasm is already compiled (and optimised: the app's code is the same).
SITE_TEST_URL := http://127.0.0.1:8093/
site-build: build
	SITE_URL=$(SITE_TEST_URL) trunk build --release --offline --dist target/site-dist
	cp dist/xiaomi-ev-dashboard_bg.wasm dist/xiaomi-ev-dashboard.js target/site-dist/  # the same code, optimised once
	node scripts/write-service-worker.mjs target/site-dist

# Lighthouse's SEO audits at 100 on the default build and the published one.
seo-test:
	CHROMIUM_PATH=$(CHROMIUM) node scripts/seo-check.mjs dist target/site-dist $(SITE_TEST_URL)

# The build's data package, as written and as the zip holds it, validated by
# the Frictionless reference validator (types, constraints, descriptor).
data-package-test: .venv/.installed
	.venv/bin/frictionless validate dist/data/xiaomi-ev-data/datapackage.json
	rm -rf target/data-package-zip
	.venv/bin/python -m zipfile -e dist/data/xiaomi-ev-data.zip target/data-package-zip
	.venv/bin/frictionless validate target/data-package-zip/xiaomi-ev-data/datapackage.json

size-report:
	node scripts/size-report.mjs dist

size-budget:
	node scripts/size-budget.mjs dist

browser-test:
	CHROMIUM_PATH=$(CHROMIUM) npx playwright test

clean:
	rm -rf dist test-artifacts test-results
