#!/usr/bin/env python3
"""Lists every unit whose kind or extent changed between two runs of the segmenter.

    cargo run --example segeval -- --dump FILES... > before.jsonl   # on the old code
    cargo run --example segeval -- --dump FILES... > after.jsonl    # on the new code
    python3 eval/segment_kind_diff.py before.jsonl after.jsonl

Each dump holds one JSON object per unit (`file`, `doc`, `start`, `end`, `kind`, `text`), as
`segeval --dump` writes it. A unit with the same span and another kind is printed as
`kind  old -> new  text`; units whose spans changed are printed as a region: the old units,
then the new ones that cover the same bytes. A summary of the kind changes closes the list.
"""

import collections
import json
import sys


def load(path):
    docs = collections.OrderedDict()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                u = json.loads(line)
                docs.setdefault((u["file"], u["doc"]), []).append(u)
    return docs


def show(u, width=110):
    text = u["text"].replace("\n", "⏎")
    if len(text) > width:
        text = text[: width - 1] + "…"
    return f"{u['kind']:<11} {text}"


def regions(old, new):
    """Groups units not shared by both runs into regions of overlapping spans."""
    shared = {(u["start"], u["end"]) for u in old} & {(u["start"], u["end"]) for u in new}
    rest = [("-", u) for u in old if (u["start"], u["end"]) not in shared]
    rest += [("+", u) for u in new if (u["start"], u["end"]) not in shared]
    rest.sort(key=lambda x: (x[1]["start"], x[0]))
    out, end = [], -1
    for side, u in rest:
        if out and u["start"] < end:
            out[-1].append((side, u))
            end = max(end, u["end"])
        else:
            out.append([(side, u)])
            end = u["end"]
    return out


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    before, after = load(argv[1]), load(argv[2])
    changes = collections.Counter()
    docs_changed = 0
    for key in list(before) + [k for k in after if k not in before]:
        old, new = before.get(key, []), after.get(key, [])
        lines = []
        new_by_span = {(u["start"], u["end"]): u for u in new}
        for u in old:
            v = new_by_span.get((u["start"], u["end"]))
            if v and v["kind"] != u["kind"]:
                changes[(u["kind"], v["kind"])] += 1
                lines.append(f"  kind  {u['kind']} -> {show(v)}")
        for region in regions(old, new):
            olds = [u for s, u in region if s == "-"]
            news = [u for s, u in region if s == "+"]
            changes[(" + ".join(u["kind"] for u in olds) or "(none)",
                     " + ".join(u["kind"] for u in news) or "(none)")] += 1
            lines.append("  span")
            lines += [f"    - {show(u)}" for u in olds]
            lines += [f"    + {show(u)}" for u in news]
        if lines:
            docs_changed += 1
            print(f"== {key[0]} {key[1]}")
            print("\n".join(lines))
    units = (sum(len(v) for v in before.values()), sum(len(v) for v in after.values()))
    print(f"\n{docs_changed} documents changed; units {units[0]} -> {units[1]}")
    for (a, b), n in changes.most_common():
        print(f"{n:>5}  {a} -> {b}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
