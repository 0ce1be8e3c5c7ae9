#!/usr/bin/env python3
"""How often the gloss's English for chosen glossary entries appears in the published English.

Glosses every FLORES-200 devtest, TICO-19 and LAFAND-MT dev sentence that no blind judging round
used (the keys under eval/judgments/gloss/ are left out), one call per binary, and for each gloss
item of the chosen entries checks whether a content word of the English shown (stemmed: -s,
-es, -ed, -ing, -ly dropped) occurs in the sentence's published English. A proxy, not a
judgment: a right paraphrase ("gave" for "issued") counts as a miss, so read the misses it
prints. Run two binaries (base first) to compare the same entries in the same run.

Usage (from the repository root):
  python3 eval/gloss_entry_agreement.py --bin BASE --bin NEW [--since 6a6a23b | --ids FILE]
        [--show 3] [--shared ../shared/eval]
--since REV takes the ids of entries added or changed in glossary/*.yaml since REV (git diff).
"""
import argparse, bisect, collections, glob, importlib.util, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = {"the", "to", "a", "an", "of", "in", "at", "be", "been", "is", "are", "was", "were",
        "has", "have", "had", "not", "which", "who", "did", "do", "does", "will", "would"}


def pools(shared):
    spec = importlib.util.spec_from_file_location("gp", os.path.join(HERE, "gloss_packets.py"))
    gp = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gp)
    used = set()
    for k in glob.glob(os.path.join(HERE, "judgments", "gloss", "**", "key.json"), recursive=True):
        for s in json.load(open(k, encoding="utf-8"))["sentences"]:
            used.add((s["corpus"], s["line"]))
    out = []
    for pool in (gp.flores(shared), gp.tico(shared), gp.lafand(shared)):
        out += [p for p in pool if (p[0], p[1]) not in used]
    return out


def changed_ids(rev):
    diff = subprocess.run(["git", "diff", "-U200", rev, "--", "glossary/"], capture_output=True,
                          text=True, check=True).stdout
    ids, cur, touched = set(), None, False
    for line in diff.splitlines():
        m = re.match(r"^[ +-]  - id: (\S+)", line)
        if m:
            if cur and touched:
                ids.add(cur)
            cur, touched = m.group(1), line.startswith("+")
        elif line[:1] in "+-" and line[1:].strip() and not line.startswith(("+++", "---")):
            touched = True
    if cur and touched:
        ids.add(cur)
    return ids


def stem(w):
    return re.sub(r"(ies|es|s|ed|d|ing|ly)$", "", w.lower())


def gloss_items(bin_, sents):
    """Every gloss item of `bin_` over the sentences, as (sentence index, item), in order."""
    parts = [s[2].replace("\n", " ") for s in sents]
    starts, pos = [], 0
    for t in parts:
        starts.append(pos)
        pos += len(t.encode("utf-8")) + 2
    r = subprocess.run([bin_, "gloss", "--format", "json", "-"], input="\n\n".join(parts),
                       capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"{bin_} gloss failed: {r.stderr}")
    return [(bisect.bisect_right(starts, g["start"]) - 1, g)
            for se in json.loads(r.stdout) for g in se.get("gloss", [])]


def measure(bin_, sents, ids, show):
    stat = collections.defaultdict(lambda: [0, 0, []])
    for i, g in gloss_items(bin_, sents):
        if g.get("entry") not in ids:
            continue
        en = sents[i][3].lower()
        words = [w for w in re.findall(r"[a-z]+", g["en"].lower()) if w not in SKIP]
        ok = any(re.search(r"\b" + re.escape(stem(w)), en) for w in words)
        st = stat[g["entry"]]
        st[0] += 1
        st[1] += ok
        if not ok and len(st[2]) < show:
            st[2].append(f"{g['sw']} → {g['en']} || {sents[i][3][:140]}")
    return stat


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", action="append", required=True, help="base first, then new")
    ap.add_argument("--since", help="entries added or changed since this git revision")
    ap.add_argument("--ids", help="file of entry ids, one a line")
    ap.add_argument("--show", type=int, default=3)
    ap.add_argument("--shared", default="../shared/eval")
    a = ap.parse_args()
    if not os.path.isdir(a.shared):
        sys.exit(f"skipped: {a.shared} not found")
    if a.ids:
        ids = set(open(a.ids, encoding="utf-8").read().split())
    elif a.since:
        ids = changed_ids(a.since)
    else:
        sys.exit("give --since REV or --ids FILE")
    sents = pools(a.shared)
    print(f"{len(sents)} unjudged sentences, {len(ids)} entries")
    stats = [measure(b, sents, ids, a.show) for b in a.bin]
    for b, st in zip(a.bin, stats):
        n = sum(v[0] for v in st.values())
        k = sum(v[1] for v in st.values())
        print(f"{b}: {n} items of these entries, English found in the published line for "
              f"{k} ({100 * k / max(n, 1):.1f}%)")
    last = stats[-1]
    print(f"\nper entry (last binary; earlier binaries' items in brackets)")
    for e, (n, k, ex) in sorted(last.items(), key=lambda x: -x[1][0]):
        before = " ".join(f"[{s[e][0]} {100 * s[e][1] / s[e][0]:.0f}%]" if e in s else "[-]"
                          for s in stats[:-1])
        print(f"{e:32s} {n:5d} {100 * k / n:5.1f}%  {before}")
        for x in ex:
            print("      ", x)


if __name__ == "__main__":
    main()
