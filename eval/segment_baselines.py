#!/usr/bin/env python3
"""Score pySBD ("en") and sentencex ("sw") on segmentation gold, with the scorer of
`cargo run --release --example segeval`, and optionally muhtasari in the same run.

    pip install pysbd sentencex
    python3 eval/segment_baselines.py ../shared/eval/segmentation/flores-devtest.jsonl \
        ../shared/eval/segmentation/lafand-dev.jsonl [--muhtasari target/release/examples/segeval]

A boundary is the UTF-8 byte offset where a sentence after the first starts, moved past
whitespace; offsets listed in `ignore` count for nobody. A missing file is skipped.
"""

import json
import subprocess
import sys


def is_space(c):
    return c.isspace() or c in "\u00a0\u200b\ufeff\u2060"


def skip_space(text, at):
    """`at` is a character index; returns the char index past whitespace."""
    while at < len(text) and is_space(text[at]):
        at += 1
    return at


def byte_offsets(text):
    """Char index -> UTF-8 byte offset, for every char index and len(text)."""
    out, b = [], 0
    for c in text:
        out.append(b)
        b += len(c.encode("utf-8"))
    out.append(b)
    return out


def boundaries(text, pieces, bytes_at):
    """Byte offsets where each piece after the first starts, found in order in `text`."""
    out, pos, first = set(), 0, True
    for p in pieces:
        p = p.strip()
        if not p:
            continue
        at = text.find(p, pos)
        if at < 0:
            continue  # a segmenter that rewrote the text: the piece cannot be placed
        if not first:
            out.add(bytes_at[skip_space(text, at)])
        first = False
        pos = at + len(p)
    return out


def segmenters():
    import pysbd
    import sentencex

    seg_en = pysbd.Segmenter(language="en", clean=False, char_span=False)
    return {
        "pysbd(en)": lambda t: seg_en.segment(t),
        "sentencex(sw)": lambda t: list(sentencex.segment("sw", t)),
    }


def score(path, name, split):
    tp = fp = fn = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            doc = json.loads(line)
            text = doc["text"]
            bytes_at = byte_offsets(text)
            gold = boundaries(text, doc["sentences"], bytes_at)
            got = boundaries(text, split(text), bytes_at)
            for i in doc.get("ignore", []):
                gold.discard(i)
                got.discard(i)
            tp += len(gold & got)
            fp += len(got - gold)
            fn += len(gold - got)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{path}: {name} F1 {f1:.4f} P {p:.4f} R {r:.4f} (tp {tp} fp {fp} fn {fn})")


def main(argv):
    muhtasari = None
    paths = []
    it = iter(argv)
    for a in it:
        if a == "--muhtasari":
            muhtasari = next(it)
        else:
            paths.append(a)
    if not paths:
        print(__doc__)
        return 2
    segs = segmenters()
    for path in paths:
        try:
            open(path).close()
        except OSError:
            print(f"{path}: absent, skipped")
            continue
        if muhtasari:
            out = subprocess.run([muhtasari, "--quiet", path], capture_output=True, text=True)
            sys.stdout.write(out.stdout)
        for name, split in segs.items():
            score(path, name, split)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
