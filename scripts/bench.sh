#!/usr/bin/env bash
# Installs what is missing, builds the release and the stack baseline (bench/baseline), and
# prints the benchmark tables (bench.mjs in Chromium, engines.mjs in Chromium, Firefox and WebKit,
# first-chart-profile.mjs: where the time to the first chart goes, by phase).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release
bench/baseline/build.sh
node bench/bench.mjs
node bench/engines.mjs
node bench/first-chart-profile.mjs
