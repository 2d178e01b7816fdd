#!/usr/bin/env bash
# Installs what is missing, then serves the app with live reload on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
exec trunk serve --address 127.0.0.1 --port 8080 "$@"
