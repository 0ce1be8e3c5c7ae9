#!/usr/bin/env python3
"""Gloss items per 1,000 words on MasakhaNEWS dev, by article category and by item kind,
for one or more builds of muhtasari side by side (e.g. the base commit's and the branch's).
Also counts names passed through unchanged (English = Swahili), the gloss's riskiest items.

Usage: python3 eval/gloss_density.py [--shared ../shared] BIN [BIN ...]
"""
import argparse, csv, json, os, re, subprocess, sys
from collections import Counter, defaultdict

csv.field_size_limit(10**9)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("bins", nargs="+")
    a = ap.parse_args()
    path = os.path.join(a.shared, "eval", "masakhanews", "dev.tsv")
    if not os.path.exists(path):
        sys.exit(f"skipped: {path} not found")
    rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"))
    words = Counter()
    for r in rows:
        words[r["category"]] += len(re.findall(r"\w+", r["text"]))
    cats = sorted(words)
    table = {}
    for b in a.bins:
        per_cat, per_kind, passed = Counter(), Counter(), 0
        for r in rows:
            out = subprocess.run([b, "gloss", "--format", "json", "-"], input=r["text"],
                                 capture_output=True, text=True, timeout=120)
            if out.returncode != 0:
                sys.exit(f"{b} failed: {out.stderr}")
            for s in json.loads(out.stdout):
                for g in s["gloss"]:
                    per_cat[r["category"]] += 1
                    per_kind[g["kind"]] += 1
                    if g["kind"] == "name" and g["en"] == g["sw"]:
                        passed += 1
        table[b] = (per_cat, per_kind, passed)
    total = sum(words.values())
    print(f"MasakhaNEWS dev: {len(rows)} articles, {total} words; gloss items per 1,000 words")
    print(f"{'category':14} {'words':>7} " + " ".join(f"{os.path.basename(b)[:14]:>14}" for b in a.bins))
    for c in cats + ["ALL"]:
        w = total if c == "ALL" else words[c]
        vals = [(sum(t[0].values()) if c == "ALL" else t[0][c]) * 1000 / w for t in table.values()]
        print(f"{c:14} {w:7} " + " ".join(f"{v:14.1f}" for v in vals))
    kinds = sorted({k for t in table.values() for k in t[1]})
    print("\nby kind (items per 1,000 words)")
    for k in kinds:
        print(f"{k:14} {'':7} " + " ".join(f"{t[1][k] * 1000 / total:14.1f}" for t in table.values()))
    print(f"{'names passed through':22}" + " ".join(f"{t[2]:14}" for t in table.values()))


if __name__ == "__main__":
    main()
