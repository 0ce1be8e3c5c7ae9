#!/usr/bin/env python3
"""Capitalised Swahili words the gloss passes through as English names.

For each corpus of ../shared/eval it glosses the Swahili (`muhtasari gloss --format json`) and
collects the words of `name` items whose English keeps the word unchanged. Where the corpus is
parallel (FLORES-200 devtest, TICO-19 test, LAFAND-MT dev) a kept word that does not occur in
the aligned English sentence is counted as "absent": mostly a Swahili word shown as English
(`Uropa`, `Mfalme`, `Baraza`), sometimes a name the English spells differently. MasakhaNEWS dev
has no English; its kept words are counted and listed only.

Prints, per corpus and binary: name items, kept words, kept words absent from the English (per
1,000 kept). With --list N, the N most frequent absent words of the first binary, with the
share of their occurrences that are absent and an English context word, to find entries to add.

Usage: python3 eval/name_passthrough.py [--shared ../shared] [--list N] BIN [BIN ...]
"""
import argparse, csv, json, os, re, subprocess, sys
from collections import Counter, defaultdict

csv.field_size_limit(10**9)
WORD = re.compile(r"[^\W\d_][\w'’-]*", re.U)


def corpora(ev):
    """(name, [(sw, en or None)]) for every corpus present."""
    out = []
    p = os.path.join(ev, "flores200/devtest")
    if os.path.exists(p):
        sw = open(os.path.join(p, "swh_Latn.devtest"), encoding="utf-8").read().splitlines()
        en = open(os.path.join(p, "eng_Latn.devtest"), encoding="utf-8").read().splitlines()
        out.append(("flores", list(zip(sw, en))))
    p = os.path.join(ev, "tico19")
    if os.path.exists(p):
        sw = open(os.path.join(p, "tico19-test.swa"), encoding="utf-8").read().splitlines()
        en = open(os.path.join(p, "tico19-test.eng"), encoding="utf-8").read().splitlines()
        out.append(("tico", list(zip(sw, en))))
    p = os.path.join(ev, "lafand-mt/dev.tsv")
    if os.path.exists(p):
        rows = list(csv.DictReader(open(p, encoding="utf-8"), delimiter="\t",
                                   quoting=csv.QUOTE_NONE))
        out.append(("lafand", [(r["swa"], r["eng"]) for r in rows]))
    p = os.path.join(ev, "masakhanews/dev.tsv")
    if os.path.exists(p):
        rows = list(csv.DictReader(open(p, encoding="utf-8"), delimiter="\t"))
        out.append(("masakhanews", [(r["text"], None) for r in rows]))
    return out


def gloss_lines(bin_, lines):
    """Name items per line: [(line index, sw, en)]. Lines are glossed as paragraphs of one text,
    mapped back by character offset."""
    text, starts = [], []
    pos = 0
    for l in lines:
        l = " ".join(l.split())
        starts.append(pos)
        text.append(l)
        pos += len(l) + 2
    body = "\n\n".join(text)
    r = subprocess.run([bin_, "gloss", "--format", "json", "-"], input=body,
                       capture_output=True, text=True, timeout=1800)
    if r.returncode != 0:
        sys.exit(f"{bin_} gloss failed: {r.stderr[:500]}")
    # offsets are bytes or chars: map through the encoded text when they differ
    enc = body.encode("utf-8")
    byte_starts, b = [], 0
    for t in text:
        byte_starts.append(b)
        b += len(t.encode("utf-8")) + 2
    out = []
    import bisect
    for s in json.loads(r.stdout):
        for g in s["gloss"]:
            if g["kind"] != "name":
                continue
            st = g["start"]
            use_bytes = enc[st:g["end"]].decode("utf-8", "replace") == g["sw"]
            table = byte_starts if use_bytes else starts
            i = bisect.bisect_right(table, st) - 1
            out.append((i, g["sw"], g["en"]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--list", type=int, default=0)
    ap.add_argument("bins", nargs="+")
    a = ap.parse_args()
    ev = os.path.join(a.shared, "eval")
    if not os.path.isdir(ev):
        sys.exit(f"skipped: {ev} not found")
    cs = corpora(ev)
    absent_words = Counter()
    kept_words = Counter()
    eng_ctx = defaultdict(Counter)
    print(f"{'corpus':12} {'binary':16} {'names':>7} {'kept':>7} {'absent':>7} {'/1000':>7}")
    for ci, (name, pairs) in enumerate(cs):
        for bi, b in enumerate(a.bins):
            items = gloss_lines(b, [p[0] for p in pairs])
            names = kept = absent = 0
            for i, sw, en in items:
                names += 1
                ewords = set(WORD.findall(en))
                eng = pairs[i][1]
                engl = set(w.lower() for w in WORD.findall(eng)) if eng is not None else None
                for w in WORD.findall(sw):
                    if not w[0].isupper() or w not in ewords:
                        continue
                    kept += 1
                    if bi == 0:
                        kept_words[w] += 1
                    if engl is not None and w.lower() not in engl:
                        absent += 1
                        if bi == 0:
                            absent_words[w] += 1
                            for x in WORD.findall(eng):
                                if x[0].isupper():
                                    eng_ctx[w][x] += 1
            rate = absent * 1000 / kept if kept else 0
            shown = "-" if pairs[0][1] is None else f"{absent}"
            shownr = "-" if pairs[0][1] is None else f"{rate:.1f}"
            print(f"{name:12} {os.path.basename(b)[:16]:16} {names:7} {kept:7} {shown:>7} {shownr:>7}")
    if a.list:
        print(f"\nmost frequent absent words ({os.path.basename(a.bins[0])}): word, absent, kept (all corpora), capitalised English words near")
        for w, n in absent_words.most_common(a.list):
            ctx = ", ".join(f"{x}" for x, _ in eng_ctx[w].most_common(4))
            print(f"{w:20} {n:5} {kept_words[w]:5}  {ctx}")
        print("\nmost frequent kept words, MasakhaNEWS included (first binary)")
        print(", ".join(f"{w} {n}" for w, n in kept_words.most_common(a.list)))


if __name__ == "__main__":
    main()
