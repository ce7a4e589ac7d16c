#!/usr/bin/env bash
# Set up and run every check: ruff, mypy, and the whole pytest suite (slow tests included).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check src tests bench scripts
.venv/bin/mypy
# Debian's Chromium for the browser tests (they skip, saying why, without it).
bash scripts/install_chromium.sh || echo "chromium could not be installed: browser tests will skip" >&2
# A throwaway PostgreSQL server for the store's tests (they skip, saying why, without one).
source scripts/start_postgres.sh
trap _dl_pg_stop EXIT
.venv/bin/pytest "$@"
