#!/usr/bin/env bash
# Builds the stack baseline (a minimal Leptos + charming app) with the app's release profile
# and wasm-opt settings; bench/bench.mjs reads target/baseline/dist/*.wasm.
set -euo pipefail
cd "$(dirname "$0")"
export PATH="$HOME/.cargo/bin:$PWD/../../node_modules/.bin:$PATH"
# Its own target dir: the app's builds and this one never invalidate each other.
CARGO_TARGET_DIR="$PWD/../../target/baseline/cargo" trunk build --release
