#!/usr/bin/env bash
# The tuning grid of `glossary candidates` behind `Options::default` (noun frame weight,
# align weight, keyness constant, modifier penalty), each setting measured by
# `examples/candidates_eval.rs` on seeds 1–10 at ≥10 segments for TICO-19, FLORES devtest and
# LAFAND dev. Prints one line per setting and corpus (the mean row of the eval), so a
# setting can be chosen on one corpus and read on the others (cross-validation).
#   bash eval/candidates_grid.sh [../shared]
set -euo pipefail
shared=${1:-../shared}
if [ ! -d "$shared/eval" ]; then echo "skipped: $shared/eval not found"; exit 0; fi
cargo build --release --quiet --example candidates_eval
for f in 0.5 1; do for a in 0.5 0.7; do for k in 30 100; do for m in 0.3 0.6; do
  for c in tico flores lafand; do
    ./target/release/examples/candidates_eval --shared "$shared" --seeds 1,2,3,4,5,6,7,8,9,10 \
      --min-occ 10 --only "$c" --set frame=$f --set align=$a --set k=$k --set modifier=$m \
      | grep '| mean |' | sed "s/^/frame=$f align=$a k=$k modifier=$m /"
  done
done; done; done; done
