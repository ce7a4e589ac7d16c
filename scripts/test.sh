#!/usr/bin/env bash
# Set up and run every check: ruff, mypy, and the whole pytest suite (slow tests included).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check src tests bench scripts
.venv/bin/mypy
.venv/bin/pytest "$@"
