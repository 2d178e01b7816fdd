#!/usr/bin/env bash
# Installs what is missing, builds the release, and prints the benchmark tables.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --release
node bench/bench.mjs
