#!/usr/bin/env bash
# Set up and run dateline's main job on its embedded default: the bundled example article.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/dateline extract examples/tehran-taliban-talks-2018-12-26.txt \
  --published 2018-12-26 --summary -o out/tehran-taliban-talks-2018-12-26.json
echo "The record is in out/tehran-taliban-talks-2018-12-26.json"
