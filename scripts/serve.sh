#!/usr/bin/env bash
# Installs what is missing, builds the release, and serves dist/ on http://127.0.0.1:8080 as a
# production host would: the precompressed .br/.gz files the build writes, where accepted.
# `scripts/serve.sh --dev` runs `trunk serve` instead (a debug build with live reload).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
if [ "${1:-}" = "--dev" ]; then
  shift
  exec trunk serve --address 127.0.0.1 --port 8080 "$@"
fi
trunk build --release
exec node scripts/static-server.mjs
