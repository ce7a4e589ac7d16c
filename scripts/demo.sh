#!/usr/bin/env bash
# Set up and run dateline's main job on its embedded default: ingest the bundled examples
# (the Tehran article and 50 Wikinews political stories) into a SQLite event store and show
# what it holds. Each run rebuilds the store, so it always shows what this checkout extracts
# (an ingest into an existing store skips the articles it holds already).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DB=out/dateline.db
rm -f "$DB"
.venv/bin/dateline ingest examples/tehran-taliban-talks-2018-12-26.txt \
  examples/wikinews/wikinews-politics.jsonl --published 2018-12-26 --db "$DB"
.venv/bin/dateline summary --db "$DB"
.venv/bin/dateline events --db "$DB" --limit 20
echo "The store is $DB: try '.venv/bin/dateline events --db $DB --actor IRN' or" \
  "'.venv/bin/dateline export --db $DB --format plover -o out/events.plover.jsonl'"
