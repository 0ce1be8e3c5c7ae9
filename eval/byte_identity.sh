#!/bin/bash
# Byte identity of a speed change: writes what `muhtasari` (brief, summarize) and `sumeval`
# print on the test fixtures, the two seed articles and the MasakhaNEWS dev set into OUTDIR;
# run it with the build before and after the change and compare with
# `diff -r -I 'picks written to' BEFORE AFTER` (sumeval prints its own output path).
#   cargo build --release --bin muhtasari --example sumeval
#   cp target/release/muhtasari target/release/examples/sumeval /tmp/before/   # then change, rebuild
#   eval/byte_identity.sh /tmp/before/muhtasari /tmp/before/sumeval /tmp/out-before
#   eval/byte_identity.sh target/release/muhtasari target/release/examples/sumeval /tmp/out-after
# Skips (exit 0) the data it cannot find in ../shared.
set -u
B=$1; S=$2; O=$3
cd "$(dirname "$0")/.." || exit 1
mkdir -p "$O"
for f in tests/fixtures/*.txt ../shared/seeds/0*.txt; do
  [ -e "$f" ] || { echo "skipped: $f not found"; continue; }
  n=$(basename "$f" .txt)
  "$B" brief --format json "$f" > "$O/brief-$n.json" 2> "$O/brief-$n.err"
  "$B" brief --format md "$f" > "$O/brief-$n.md" 2>/dev/null
  "$B" summarize --format json "$f" > "$O/sum-$n.json" 2>/dev/null
done
"$B" brief --format json tests/fixtures/ > "$O/brief-fixtures-dir.json" 2>/dev/null
"$B" summarize --format json tests/fixtures/ > "$O/sum-fixtures-dir.json" 2>/dev/null
DEV=../shared/eval/masakhanews/dev.tsv
if [ -e "$DEV" ]; then
  "$B" brief --format json "$DEV" > "$O/brief-dev.json" 2>/dev/null
  "$B" brief --format jsonl "$DEV" > "$O/brief-dev.jsonl" 2>/dev/null
  "$B" summarize --format json "$DEV" > "$O/sum-dev.json" 2>/dev/null
  "$B" summarize --format json -n 3 "$DEV" > "$O/sum3-dev.json" 2>/dev/null
  "$S" "$DEV" --editor "$O/editor.jsonl" --dump "$O/scores.tsv" > "$O/sumeval.txt" 2>&1
else
  echo "skipped: ../shared not found ($DEV)"
fi
