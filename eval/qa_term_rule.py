#!/usr/bin/env python3
"""Measure what a terms rule would cost and catch, before making it decide severity.

Reads target/qa-eval/<corpus>.features.jsonl (`cargo run --release --example qa_features`)
and <corpus>.flagged.txt (the published pairs with an error, written by qaeval), and, for each candidate rule over a terms issue's features (named in src/qa/model.rs),
reports per corpus: the published pairs that would get a new error (a terms issue that
meets the rule while the pair has no error yet: the false-alarm cost) and the planted term
swaps caught (a terms issue the published pair does not have, meeting the rule). Nothing
is tuned: the rules are read off the check's own evidence.

Usage: python3 eval/qa_term_rule.py [--dir target/qa-eval]
"""
import argparse, json, os, sys


def names():
    src = open(os.path.join(os.path.dirname(__file__), "..", "src", "qa", "model.rs")).read()
    block = src[src.index("pub const FEATURES"):]
    block = block[block.index("[", block.index("=")) + 1:block.index("];")]
    return [w.strip().strip('"') for w in block.split(",") if w.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="target/qa-eval")
    a = ap.parse_args()
    F = {n: i for i, n in enumerate(names())}
    rules = {
        "rule_error (the check's own verdict)": lambda x: x[F["rule_error"]] == 1,
        "has_en (an entry's English not in the Swahili stands in)": lambda x: x[F["has_en"]] == 1,
        "has_en and sw_unrendered == 0": lambda x: x[F["has_en"]] == 1 and x[F["sw_unrendered"]] == 0,
        # A preferred term of one sense (no `senses`, not `needs_cue`), whose English, alts
        # and inflections are all absent: the Swahili hit is unambiguous.
        "single_sense": lambda x: x[F["single_sense"]] == 1,
        "single_sense and rule_error": lambda x: x[F["single_sense"]] == 1 and x[F["rule_error"]] == 1,
        "single_sense and coverage >= 0.8": lambda x: x[F["single_sense"]] == 1 and x[F["coverage"]] >= 0.8,
    }
    print("| corpus | rule | published pairs newly with an error | planted term swaps caught |")
    for corpus in ["flores", "tico", "lafand"]:
        pub, planted = {}, []
        with open(os.path.join(a.dir, f"{corpus}.features.jsonl")) as fh:
            for line in fh:
                d = json.loads(line)
                if d["set"] == "published":
                    pub[d["i"]] = d
                elif d["set"] == "term":
                    planted.append(d)
        # The published pairs already with an error after the model graded them: qaeval's list.
        flagged = set()
        with open(os.path.join(a.dir, f"{corpus}.flagged.txt")) as fh:
            for block in fh.read().strip().split("\n\n"):
                if block.strip():
                    flagged.add(int(block.split("\n")[0]))
        for name, rule in rules.items():
            fa = 0
            for d in pub.values():
                has_err = d["i"] in flagged
                if not has_err and any(s["check"] == "terms" and rule(s["x"]) for s in d["issues"]):
                    fa += 1
            caught = 0
            for d in planted:
                keys = {s["key"] for s in pub[d["i"]]["issues"]}
                if any(s["check"] == "terms" and s["key"] not in keys and rule(s["x"]) for s in d["issues"]):
                    caught += 1
            print(f"| {corpus} | {name} | {fa}/{len(pub)} ({100*fa/len(pub):.1f}%) "
                  f"| {caught}/{len(planted)} ({100*caught/max(1,len(planted)):.1f}%) |")


if __name__ == "__main__":
    main()
