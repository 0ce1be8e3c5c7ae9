#!/usr/bin/env python3
"""Group the published pairs qaeval flagged with an error by the check and mechanism that
fired, and print a shuffled sample of them to read.

Reads target/qa-eval/<corpus>.flagged.txt (written by `cargo run --release --example
qaeval`: index, SW, EN, then one `check|message` line per error-severity issue). The
mechanism is the message with its quoted words taken out, so issues of one rule count
together; for negation, the negative Swahili word is kept (its form is the mechanism).

Usage: python3 eval/qa_flagged.py [--dir target/qa-eval] [--corpus tico lafand]
                                  [--sample 20] [--seed 8]
"""
import argparse, collections, os, random, re


def blocks(path):
    with open(path, encoding="utf-8") as fh:
        for b in fh.read().strip().split("\n\n"):
            lines = b.split("\n")
            if len(lines) >= 4:
                yield int(lines[0]), lines[1], lines[2], [l.strip() for l in lines[3:]]


def mechanism(issue):
    check, msg = issue.split("|", 1)
    if check == "negation":
        word = re.match(r'"([^"]*)"', msg)
        return f"negation: {word.group(1).lower() if word else msg}"
    shape = re.sub(r'"[^"]*"', "X", msg)
    shape = re.sub(r"\([^)]*\)", "(…)", shape)
    shape = re.sub(r"\d+(\.\d+)?%?", "N", shape)
    return f"{check}: {shape[:90]}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="target/qa-eval")
    ap.add_argument("--corpus", nargs="+", default=["tico", "lafand"])
    ap.add_argument("--sample", type=int, default=20)
    ap.add_argument("--seed", type=int, default=8)
    a = ap.parse_args()
    for corpus in a.corpus:
        flagged = list(blocks(os.path.join(a.dir, f"{corpus}.flagged.txt")))
        by_check = collections.Counter()
        by_mech = collections.Counter()
        for _, _, _, issues in flagged:
            for c in {i.split("|", 1)[0] for i in issues}:
                by_check[c] += 1
            for m in {mechanism(i) for i in issues}:
                by_mech[m] += 1
        print(f"## {corpus}: {len(flagged)} published pairs with an error")
        print("pairs by check:", ", ".join(f"{c} {n}" for c, n in by_check.most_common()))
        print("mechanisms firing on two pairs or more:")
        for m, n in by_mech.most_common():
            if n >= 2:
                print(f"  {n:4d}  {m}")
        rng = random.Random(a.seed)
        sample = rng.sample(flagged, min(a.sample, len(flagged)))
        print(f"sample of {len(sample)} (seed {a.seed}):")
        for i, sw, en, issues in sorted(sample):
            print(f"\n{i}\n{sw}\n{en}")
            for x in issues:
                print(f"  {x}")
        print()


if __name__ == "__main__":
    main()
