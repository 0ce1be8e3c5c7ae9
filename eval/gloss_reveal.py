#!/usr/bin/env python3
"""Reveal a judged gloss packet: per-system precision per kind, and content units covered.

Reads the key written by eval/gloss_packets.py and the judges' labels.tsv (label per item:
correct / acceptable / wrong; units per item: content-unit numbers it carries; one UNITS row
per sentence whose label is the number of content units, or whose units column lists them
as `1:… ; 2:…`). An item both systems gave counts
for both. A unit counts as covered by a system when an item of that system judged correct
or acceptable carries it.

Usage: python3 eval/gloss_reveal.py OUT/key.json OUT/labels.tsv
"""
import csv, json, re, sys
from collections import defaultdict

LABELS = {"correct", "acceptable", "wrong"}


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    key = json.load(open(sys.argv[1], encoding="utf-8"))
    by_item = {iid: by for s in key["sentences"] for iid, by in s["items"].items()}
    labels, units, n_units = {}, {}, {}
    errors = []
    with open(sys.argv[2], encoding="utf-8") as f:
        for ln, row in enumerate(csv.DictReader(f, delimiter="\t"), 2):
            lab = (row.get("label") or "").strip().lower()
            if row["item"] == "UNITS":
                listed = re.findall(r"(?:^|;)\s*(\d+)\s*:", row.get("units") or "")
                if not lab and listed:
                    # The judge listed the units themselves ("1:who… ; 2:…"): count them.
                    n_units[row["sid"]] = max(int(u) for u in listed)
                elif lab:
                    try:
                        n_units[row["sid"]] = int(lab)
                    except ValueError:
                        errors.append(f"line {ln}: UNITS label {lab!r} is not a number")
                continue
            if row["item"] not in by_item:
                errors.append(f"line {ln}: unknown item {row['item']}")
                continue
            if lab not in LABELS:
                errors.append(f"line {ln}: label {lab!r} is not correct/acceptable/wrong")
                continue
            labels[row["item"]] = lab
            us = (row.get("units") or "").replace(";", ",")
            units[row["item"]] = {u.strip() for u in us.split(",") if u.strip()}
    for e in errors[:20]:
        print("error:", e, file=sys.stderr)
    if errors:
        sys.exit(f"{len(errors)} label errors")
    count = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))  # sys -> kind -> [c, a, w]
    covered = defaultdict(int)
    total_units = 0
    for s in key["sentences"]:
        got = defaultdict(set)
        for iid, by in s["items"].items():
            lab = labels.get(iid)
            if lab is None:
                continue
            for system, kind in by.items():
                idx = ["correct", "acceptable", "wrong"].index(lab)
                count[system][kind][idx] += 1
                count[system]["ALL"][idx] += 1
                if lab != "wrong":
                    got[system] |= units.get(iid, set())
        n = n_units.get(s["sid"])
        if n:
            total_units += n
            for system in ("old", "new"):
                covered[system] += len({u for u in got[system] if u.isdigit() and 1 <= int(u) <= n})
    print("system  kind       items  correct  corr+acc")
    for system in ("old", "new"):
        for kind in sorted(count[system], key=lambda k: (k != "ALL", k)):
            c, a, w = count[system][kind]
            t = c + a + w
            print(f"{system:7} {kind:10} {t:5}  {c / t:7.1%}  {(c + a) / t:8.1%}")
    if total_units:
        for system in ("old", "new"):
            print(f"{system}: content units covered {covered[system]}/{total_units} "
                  f"= {covered[system] / total_units:.1%}")


if __name__ == "__main__":
    main()
