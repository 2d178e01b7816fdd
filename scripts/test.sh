#!/usr/bin/env bash
# Installs what is missing, then runs every check and test: formatting, lints for the host
# and for wasm32, Rust unit tests, a release build, and the browser tests against dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (host)"
cargo clippy --all-targets -- -D warnings

step "cargo clippy (wasm32)"
cargo clippy --target wasm32-unknown-unknown -- -D warnings

step "cargo test (model and chart unit tests)"
cargo test

step "trunk build --release"
trunk build --release

step "browser tests (Playwright + Debian chromium against dist/)"
node --test --test-concurrency=1 --test-timeout=180000 e2e/

step "cross-engine suite in Firefox ESR (puppeteer-core over WebDriver BiDi)"
node --test --test-concurrency=1 --test-timeout=180000 e2e/engines/firefox.mjs

step "the classroom copy from file:// in Firefox ESR"
node --test --test-concurrency=1 --test-timeout=180000 e2e/engines/classroom-firefox.mjs

step "cross-engine suite in WebKit (WebKitWebDriver + MiniBrowser under Xvfb)"
node --test --test-concurrency=1 --test-timeout=180000 e2e/engines/webkit.mjs
