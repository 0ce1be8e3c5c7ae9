#!/usr/bin/env python3
"""Which of a glossary entry's English (`en`, then `alt`) the published English uses, held out.

The pool is every FLORES-200 devtest, TICO-19 and LAFAND-MT dev sentence no blind round used
(as eval/gloss_entry_agreement.py), split in two halves by a fixed hash of the Swahili sentence
(first byte of its SHA-1: even = half A, odd = half B). Choose on half A, report on half B,
never the other way round.

  choose   glosses half A and, for each entry whose item shows the entry's own first English
           (no cue-chosen sense, not `plural_en`), counts which of `en`/`alt` occur in the
           reference (every content word, with its English inflections). It proposes an `alt`
           as first English when the entry has at least --min-items (12) such items, the alt
           is found in at least --min-found (5) of them and in --min-share (20%), in at least
           --ratio (2) times as many as `en` and in --margin (4) more. It also lists entries with senses whose uncued English is
           rarely found (`needs_cue` candidates) and frequent word-by-word pairs.
  report   glosses half B with each --bin (base first) and gives, per binary, the items shown,
           the share found in the reference, and per entry of --ids the same; with --proposals
           (the TSV `choose` wrote) it also gives each proposal's old/new first English found
           on half B's items of the base binary.

A proxy, not a judgment: a right paraphrase counts as a miss.

Usage (from the repository root):
  python3 eval/gloss_first_english.py choose --bin BIN [--out proposals.tsv]
  python3 eval/gloss_first_english.py report --bin OLD --bin NEW [--proposals proposals.tsv]
        [--ids FILE] [--shared ../shared/eval]
"""
import argparse, collections, glob, hashlib, importlib.util, os, re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SKIP = {"the", "to", "a", "an", "of", "in", "at", "be", "been", "is", "are", "was", "were",
        "has", "have", "had", "not", "which", "who", "did", "do", "does", "will", "would",
        "may", "on", "for", "and", "or", "by", "with", "as", "it", "its", "their", "his",
        "her", "they", "he", "she", "we", "you", "i", "being", "that", "from", "up", "out",
        "into", "one", "someone", "something", "oneself", "s"}
# Spelling pairs read as one (applied to both sides).
SPELLING = [(r"isation", "ization"), (r"ise(s|d)?$", r"ize\1"), (r"ising$", "izing"),
            (r"our$", "or"), (r"ours$", "ors"), (r"programme", "program"),
            (r"centre", "center"), (r"defence", "defense"), (r"travell", "travel"),
            (r"licence", "license"), (r"offence", "offense")]


def load_module(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def half(sw):
    return "A" if hashlib.sha1(sw.encode("utf-8")).digest()[0] % 2 == 0 else "B"


def norm(w):
    for a, b in SPELLING:
        w = re.sub(a, b, w)
    return w


def english_data():
    nums = yaml.safe_load(open(os.path.join(ROOT, "glossary/lang/numbers.yaml"), encoding="utf-8"))
    pl = yaml.safe_load(open(os.path.join(ROOT, "glossary/lang/english_plurals.yaml"),
                             encoding="utf-8"))
    irregular = collections.defaultdict(set)
    for table in ("participles", "pasts"):
        for v, p in (nums.get(table) or {}).items():
            irregular[v].add(p)
    for p, s in (pl.get("plurals") or {}).items():
        irregular[s].add(p)
    return irregular


IRREGULAR = english_data()


def forms(w):
    out = {w, w + "s", w + "es", w + "ed", w + "d", w + "ing", w + "er", w + "ers"}
    if w.endswith("y"):
        out |= {w[:-1] + "ies", w[:-1] + "ied"}
    if w.endswith("e"):
        out |= {w[:-1] + "ing"}
    if len(w) > 2 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou":
        out |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    if w.endswith("ly"):
        out.add(w[:-2])
    out |= IRREGULAR.get(w, set())
    return {norm(f) for f in out}


def content(text):
    return [w for w in re.findall(r"[a-z]+", text.lower()) if w not in SKIP]


def found(option, ref_words):
    """Every content word of `option` occurs in the reference (a set of normalised words)."""
    ws = content(option)
    return bool(ws) and all(forms(w) & ref_words for w in ws)


def ref_set(text):
    return {norm(w) for w in re.findall(r"[a-z]+", text.lower())}


def glossary():
    entries = {}
    for f in sorted(glob.glob(os.path.join(ROOT, "glossary", "*.yaml"))):
        for e in (yaml.safe_load(open(f, encoding="utf-8")) or {}).get("entries") or []:
            e["_file"] = os.path.basename(f)
            entries[e["id"]] = e
    return entries


def gloss(bin_, sents):
    return load_module("gloss_entry_agreement").gloss_items(bin_, sents)


def own_first(g, e):
    """The item shows the entry's own first English (inflected), not a sense or plural_en."""
    if g.get("sense") or not e:
        return False
    if e.get("plural_en") and found(e["plural_en"], ref_set(g["en"])) \
            and not found(e["en"], ref_set(g["en"])):
        return False
    return found(e["en"], ref_set(g["en"]))


def tally(items, sents, entries):
    """Per entry: items showing its own first English, and how many of them find each option."""
    per = collections.defaultdict(lambda: [0, collections.Counter(), 0, []])
    for i, g in items:
        e = entries.get(g.get("entry"))
        if not own_first(g, e):
            continue
        ref = ref_set(sents[i][3])
        opts = [e["en"]] + list(e.get("alt") or [])
        st = per[e["id"]]
        st[0] += 1
        hit = False
        for o in opts:
            if found(o, ref):
                st[1][o] += 1
                hit = True
        st[2] += hit
        if not hit and len(st[3]) < 3:
            st[3].append(f"{g['sw']} → {g['en']} || {sents[i][3][:120]}")
    return per


def choose(a, sents, entries):
    items = gloss(a.bin[0], sents)
    per = tally(items, sents, entries)
    rows = []
    print(f"# proposals: min items {a.min_items}, alt found ≥ {a.min_found} and in "
          f"≥ {a.min_share:.0%} of the items, "
          f"≥ {a.ratio}× and ≥ +{a.margin} over en")
    for eid, (n, c, anyf, ex) in sorted(per.items(), key=lambda x: -x[1][0]):
        e = entries[eid]
        if n < a.min_items:
            continue
        fe = c[e["en"]]
        best = max((o for o in e.get("alt") or []), key=lambda o: c[o], default=None)
        if best is None:
            continue
        fb = c[best]
        if fb >= a.min_found and fb >= a.min_share * n and fb >= a.ratio * fe \
                and fb - fe >= a.margin:
            rows.append((eid, e["en"], best, n, fe, fb))
            print(f"{eid:28s} {e['en']!r:22s} → {best!r:22s} items {n:4d}  en {fe:3d}  alt {fb:3d}"
                  f"  ({e['_file']})")
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write("entry\told_en\tnew_en\titems_A\tfound_old_A\tfound_new_A\n")
            for r in rows:
                f.write("\t".join(map(str, r)) + "\n")
    # needs_cue candidates: entries with senses, not needs_cue, uncued English rarely found.
    print(f"\n# needs_cue candidates (senses, uncued items ≥ {a.min_cue_items}, "
          f"any en/alt found < {a.cue_share:.0%})")
    for eid, (n, c, anyf, ex) in sorted(per.items(), key=lambda x: -x[1][0]):
        e = entries[eid]
        if e.get("senses") and not e.get("needs_cue") and n >= a.min_cue_items \
                and anyf / n < a.cue_share:
            print(f"{eid:28s} {e['en']!r:22s} uncued items {n:4d}, any found {anyf:3d} "
                  f"({100 * anyf / n:.0f}%)")
            for x in ex:
                print("      ", x)
    print(f"\n# frequent entries whose en/alt are rarely found (items ≥ {a.min_items}, "
          f"< {a.cue_share:.0%}): read, not acted on automatically")
    for eid, (n, c, anyf, ex) in sorted(per.items(), key=lambda x: -x[1][0]):
        if n >= a.min_items and anyf / n < a.cue_share and not entries[eid].get("senses"):
            print(f"{eid:28s} {entries[eid]['en']!r:22s} items {n:4d}, any found {anyf:3d}")
            for x in ex:
                print("      ", x)
    # Word-by-word pairs: two adjacent term items (or joined by an associative) whose English
    # is not found in the reference, by Swahili pair.
    pairs = collections.Counter()
    by_sent = collections.defaultdict(list)
    for i, g in items:
        by_sent[i].append(g)
    for i, gs in by_sent.items():
        ref = ref_set(sents[i][3])
        text = sents[i][2]
        gs = [g for g in gs if g.get("kind") == "term"]
        for g1, g2 in zip(gs, gs[1:]):
            gap = text.encode("utf-8")[g1["end"] - sents[i][4]:g2["start"] - sents[i][4]] \
                .decode("utf-8", "replace").strip().lower()
            if gap not in ("", "ya", "wa", "la", "cha", "vya", "za", "kwa", "na"):
                continue
            if found(g1["en"], ref) and found(g2["en"], ref):
                continue
            pairs[(g1["sw"].lower() + " " + (gap + " " if gap else "") + g2["sw"].lower(),
                   g1["en"] + " + " + g2["en"])] += 1
    print("\n# word-by-word pairs, one piece not found (≥ 4 on half A)")
    for (p, en), k in pairs.most_common():
        if k < 4:
            break
        print(f"{k:4d}  {p:36s} {en}")


def report(a, sents, entries):
    ids = set(open(a.ids, encoding="utf-8").read().split()) if a.ids else None
    props = []
    if a.proposals:
        for line in open(a.proposals, encoding="utf-8").read().splitlines()[1:]:
            props.append(line.split("\t")[:3])
    runs = []
    for b in a.bin:
        items = gloss(b, sents)
        ok = [found(g["en"], ref_set(sents[i][3])) for i, g in items]
        term = [(i, g, k) for (i, g), k in zip(items, ok) if g.get("kind") == "term"]
        runs.append((b, items, ok, term))
        print(f"{b}: {len(items)} items, English found {sum(ok)} ({100 * sum(ok) / len(items):.1f}%);"
              f" glossary terms {len(term)}, found {sum(k for *_, k in term)} "
              f"({100 * sum(k for *_, k in term) / len(term):.1f}%)")
    if ids:
        print("\nper entry of --ids (items, found %), each binary")
        stats = []
        for b, items, ok, term in runs:
            st = collections.defaultdict(lambda: [0, 0])
            for i, g, k in term:
                if g.get("entry") in ids:
                    st[g["entry"]][0] += 1
                    st[g["entry"]][1] += k
            stats.append(st)
        tot = [(sum(v[0] for v in s.values()), sum(v[1] for v in s.values())) for s in stats]
        print("all of them: " + "  ".join(f"{n} items {100 * k / max(n, 1):.1f}%" for n, k in tot))
        for e in sorted(ids, key=lambda e: -max(s[e][0] for s in stats)):
            if any(s[e][0] for s in stats):
                print(f"  {e:28s} " + "  ".join(
                    f"{s[e][0]:4d} {100 * s[e][1] / max(s[e][0], 1):5.1f}%" for s in stats))
    if props:
        # The base binary shows each proposal's old first English: tally against it.
        base = dict(entries)
        for eid, old, new in props:
            e = dict(entries[eid])
            e["alt"] = [new] + [x for x in [e["en"]] + list(e.get("alt") or []) if x not in (old, new)]
            e["en"] = old
            base[eid] = e
        per = tally(runs[0][1], sents, base)
        print("\nproposals on half B (base binary's items showing the old first English)")
        n_all = fo = fn = 0
        for eid, old, new in props:
            n, c, _, _ = per.get(eid, (0, collections.Counter(), 0, []))
            n_all, fo, fn = n_all + n, fo + c[old], fn + c[new]
            print(f"  {eid:28s} {old!r:20s} {c[old]:3d}/{n:3d}   {new!r:20s} {c[new]:3d}/{n:3d}")
        print(f"  all: old first English found {fo}/{n_all} ({100 * fo / max(n_all, 1):.1f}%), "
              f"new {fn}/{n_all} ({100 * fn / max(n_all, 1):.1f}%)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["choose", "report"])
    ap.add_argument("--bin", action="append", required=True)
    ap.add_argument("--shared", default="../shared/eval")
    ap.add_argument("--out")
    ap.add_argument("--proposals")
    ap.add_argument("--ids")
    ap.add_argument("--min-items", type=int, default=12)
    ap.add_argument("--min-found", type=int, default=5)
    ap.add_argument("--min-share", type=float, default=0.2)
    ap.add_argument("--ratio", type=float, default=2.0)
    ap.add_argument("--margin", type=int, default=4)
    ap.add_argument("--min-cue-items", type=int, default=8)
    ap.add_argument("--cue-share", type=float, default=0.25)
    a = ap.parse_args()
    if not os.path.isdir(a.shared):
        sys.exit(f"skipped: {a.shared} not found")
    pool = load_module("gloss_entry_agreement").pools(a.shared)
    want = "A" if a.mode == "choose" else "B"
    sents = [p for p in pool if half(p[2]) == want]
    # Each sentence's byte offset in the joined input, for the word-by-word gaps.
    pos, out = 0, []
    for p in sents:
        out.append((p[0], p[1], p[2].replace("\n", " "), p[3], pos))
        pos += len(p[2].replace("\n", " ").encode("utf-8")) + 2
    print(f"half {want}: {len(out)} of {len(pool)} unjudged sentences")
    entries = glossary()
    (choose if a.mode == "choose" else report)(a, out, entries)


if __name__ == "__main__":
    main()
