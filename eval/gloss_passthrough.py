#!/usr/bin/env python3
"""Name pass-through of the English gloss, before and after: how many capitalised pieces two
builds of muhtasari echo as English names on real sentences, and how many of those are
ordinary Swahili words by a reference word list the user has (hunspell-sw's sw_TZ.dic, read
here at run time, never shipped: its lower-case entries that it does not also list with a
capital). No judge is needed, so the figure is a proxy: a passed-through dictionary word is
almost always an error (`Baraza`, `Taifa`); a passed-through other word is mostly a real name.

--new-words FILE runs NEW with `gloss --words FILE` (a user's word list read at run time).

Sentences: FLORES-200 devtest, TICO-19 test and LAFAND-MT dev from ../shared/eval (all of
them, or --n per corpus, seeded). Each build glosses each corpus in one call, one sentence a
paragraph.

Usage (from the repository root):
  python3 eval/gloss_passthrough.py --old OLD_BIN --new NEW_BIN [--n 0] [--seed 16]
      [--dic /usr/share/hunspell/sw_TZ.dic] [--show 15] [--new-words FILE]
"""
import argparse, collections, json, os, random, subprocess, sys

sys.path.insert(0, os.path.dirname(__file__))
from gloss_packets import flores, tico, lafand  # noqa: E402


def dictionary(path):
    if not os.path.exists(path):
        sys.exit(f"skipped: {path} not found (apt-get install hunspell-sw)")
    raw = open(path, "rb").read().decode("latin-1").splitlines()[1:]
    words = [w.split("/")[0].strip() for w in raw]
    upper = {w.lower() for w in words if w[:1].isupper()}
    return {w for w in words if w[:1].islower() and len(w) >= 3 and w.isalpha()
            and w not in upper}


def gloss_all(bin_, sentences, extra=()):
    text = "\n\n".join(s.replace("\n", " ") for s in sentences) + "\n"
    r = subprocess.run([bin_, "gloss", "--format", "json", *extra, "-"], input=text,
                       capture_output=True, text=True, timeout=1800)
    if r.returncode != 0:
        sys.exit(f"{bin_} gloss failed: {r.stderr[:500]}")
    return [g for s in json.loads(r.stdout) for g in s.get("gloss", [])]


def passthrough(items, dic):
    out = {"items": 0, "dictionary": 0, "other": 0, "spelt": 0}
    words = collections.Counter()
    for g in items:
        if g["kind"] != "name" or g.get("entry"):
            continue
        note = g.get("note") or ""
        if note.startswith("Swahili spelling"):
            out["spelt"] += 1
            words["SPELT " + g["sw"] + " -> " + g["en"]] += 1
            continue
        if g["en"] != g["sw"]:
            continue
        out["items"] += 1
        if any(w.lower().strip(".,'\"") in dic for w in g["sw"].split()):
            out["dictionary"] += 1
            words["DICT " + g["sw"]] += 1
        else:
            out["other"] += 1
            words["NAME " + g["sw"]] += 1
    return out, words


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--old", required=True)
    ap.add_argument("--new", required=True)
    ap.add_argument("--shared", default="../shared/eval")
    ap.add_argument("--dic", default="/usr/share/hunspell/sw_TZ.dic")
    ap.add_argument("--n", type=int, default=0, help="sentences per corpus (0: all)")
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--new-words", help="a word list NEW reads with `gloss --words`")
    ap.add_argument("--show", type=int, default=15, help="differing items to print per side")
    a = ap.parse_args()
    if not os.path.isdir(a.shared):
        sys.exit(f"skipped: {a.shared} not found")
    dic = dictionary(a.dic)
    rng = random.Random(a.seed)
    print(f"{'corpus':8} {'sents':>5} | {'system':4} {'passed':>6} {'dict':>5} {'other':>6}"
          f" {'spelt':>5}")
    total = {"old": collections.Counter(), "new": collections.Counter()}
    seen = {"old": collections.Counter(), "new": collections.Counter()}
    for name, load in (("flores", flores), ("tico19", tico), ("lafand", lafand)):
        rows = load(a.shared)
        if a.n:
            rows = rng.sample(rows, min(a.n, len(rows)))
        sents = [r[2] for r in rows]
        for system, bin_ in (("old", a.old), ("new", a.new)):
            extra = ["--words", a.new_words] if system == "new" and a.new_words else []
            c, words = passthrough(gloss_all(bin_, sents, extra), dic)
            total[system].update(c)
            seen[system].update(words)
            print(f"{name:8} {len(sents):5} | {system:4} {c['items']:6} {c['dictionary']:5}"
                  f" {c['other']:6} {c['spelt']:5}")
    for system in ("old", "new"):
        c = total[system]
        print(f"{'all':8} {'':5} | {system:4} {c['items']:6} {c['dictionary']:5}"
              f" {c['other']:6} {c['spelt']:5}")
    if a.show:
        for this, that in (("old", "new"), ("new", "old")):
            only = seen[this] - seen[that]
            print(f"\nonly {this} (top {a.show}):")
            for w, n in only.most_common(a.show):
                print(f"  {n:3} {w}")


if __name__ == "__main__":
    main()
