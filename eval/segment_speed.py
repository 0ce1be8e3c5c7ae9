#!/usr/bin/env python3
"""Words per second of muhtasari and sentencex ("sw") on the same MasakhaNEWS texts, in one run.

    cargo build --release --example segeval
    python3 eval/segment_speed.py ../shared/eval/masakhanews/dev.tsv target/release/examples/segeval

Texts: the third tab-separated column of every row after the header, as the criterion
benchmark reads them. Words: whitespace-separated tokens. Best of five rounds each.
"""

import csv
import subprocess
import sys
import time


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    path, segeval = argv
    try:
        with open(path, encoding="utf-8") as f:
            csv.field_size_limit(10**9)
            rows = list(csv.DictReader(f, delimiter="\t"))
    except OSError:
        print(f"{path}: absent, skipped")
        return 0
    # Read as muhtasari reads a TSV table: quoted cells unquoted, `\n` escapes decoded.
    texts = [r["text"].replace("\\n", "\n") for r in rows]
    words = sum(len(t.split()) for t in texts)

    out = subprocess.run([segeval, "--speed", path], capture_output=True, text=True, check=True)
    sys.stdout.write(out.stdout)

    import sentencex

    best, units = float("inf"), 0
    for _ in range(5):
        clock = time.perf_counter()
        units = sum(len(list(sentencex.segment("sw", t))) for t in texts)
        best = min(best, time.perf_counter() - clock)
    print(f"{path}: sentencex(sw) {len(texts)} texts, {words} words, {units} units, "
          f"{words / best:.0f} words/s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
