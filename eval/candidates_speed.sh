#!/usr/bin/env bash
# Speed of `glossary candidates` on 10 MB of Swahili built by concatenating the Swahili of
# the eval corpora (TICO-19, FLORES devtest, LAFAND dev, MasakhaNEWS dev) until 10,000,000
# bytes, as one plain-text input, on two cores. Prints the wall time and the candidate count.
#   bash eval/candidates_speed.sh [../shared]
set -euo pipefail
shared=${1:-../shared}
eval_dir="$shared/eval"
if [ ! -d "$eval_dir" ]; then echo "skipped: $eval_dir not found"; exit 0; fi
cargo build --release --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
{
  cat "$eval_dir/tico19/tico19-test.swa" "$eval_dir/flores200/devtest/swh_Latn.devtest"
  cut -f2 "$eval_dir/lafand-mt/dev.tsv" | tail -n +2
  cut -f3 "$eval_dir/masakhanews/dev.tsv" | tail -n +2
} > "$tmp/one.txt"
while [ "$(stat -c %s "$tmp/big.txt" 2>/dev/null || echo 0)" -lt 10000000 ]; do
  cat "$tmp/one.txt" >> "$tmp/big.txt"
done
head -c 10000000 "$tmp/big.txt" > "$tmp/sw10mb.txt"
# Cut at the last newline so no word is split.
sed -i '$ d' "$tmp/sw10mb.txt"
ls -l "$tmp/sw10mb.txt" | awk '{print "input bytes:", $5}'
TIMEFORMAT="wall %R s, user %U s, sys %S s (two cores)"
time taskset -c 0,1 ./target/release/muhtasari glossary candidates --format tsv --top 200 \
  "$tmp/sw10mb.txt" > "$tmp/out.tsv"
echo "candidates: $(grep -c '^term' "$tmp/out.tsv") terms, $(grep -c '^name' "$tmp/out.tsv") names"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
