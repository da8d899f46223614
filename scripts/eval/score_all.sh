#!/usr/bin/env bash
# Conflict and attribution figures of one build over every annotated set.
# Usage: scripts/eval/score_all.sh [BINARY]   (run from the repository root)
set -u
bin=${1:-target/release/claimcheck}
ev=../shared/eval
for set in $ev/polnear-conflicts-dev $ev/polnear-conflicts-train tests/data/polnear-conflicts-extra \
           tests/data/polnear-train-judged $ev/articles-dev tests/data/blind/set1 tests/data/blind/set2 \
           tests/data/blind/set3 $ev/seed; do
  printf '%-40s ' "$(basename "$set")"
  python3 $ev/score_articles.py "$set" -- "$bin" --format jsonl | grep -E '^(conflicts|traps)' | tr '\n' ' '
  echo
done
python3 $ev/score_attribution.py $ev/polnear-dev -- "$bin" --format jsonl | head -20
