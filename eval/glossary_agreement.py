#!/usr/bin/env python3
"""Glossary precision against aligned English, and hit density on news.

For every hit of `muhtasari glossary find` on the Swahili side of a line-aligned corpus,
check whether the entry's English (`en`, `alt` or `plural_en`, any inflection: -s, -es,
-ed, -d, -ing, -ies, -ied, -er, -ers, -ment, -tion, British/American -ise/-ize) appears in the
aligned English line. Report the agreement rate overall and for the 20 most frequent entries,
with sample disagreements to read. Also hits per 1,000 words on masakhanews dev.tsv.

Usage (from the repository root, after `cargo build --release`):
  python3 eval/glossary_agreement.py [--bin target/release/muhtasari] [--shared ../shared]
        [--show 3]
"""
import argparse, csv, io, json, os, re, subprocess, sys
from collections import Counter, defaultdict

csv.field_size_limit(10**9)


def run(bin_, args, stdin=None):
    r = subprocess.run([bin_] + args, input=stdin, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"{bin_} {' '.join(args)} failed: {r.stderr}")
    return r.stdout


def glossary(bin_):
    rows = list(csv.DictReader(io.StringIO(run(bin_, ["glossary", "export", "--format", "csv"]))))
    out = {}
    for r in rows:
        eng = [r["en"]] + [a.strip() for a in r["alt"].split("|") if a.strip()]
        if r["plural_en"]:
            eng.append(r["plural_en"])
        out[r["id"]] = eng
    return out


SUFFIX = r"(?:s|es|ed|d|ing|ies|ied|er|ers|ment|ments|tion|tions|ion|ions|ive|al|ly)?"


def word_re(w):
    w = w.lower()
    stems = {re.escape(w)}
    if w.endswith("e"):
        stems.add(re.escape(w[:-1]))  # increase -> increasing
    if w.endswith("y"):
        stems.add(re.escape(w[:-1]))  # ally -> allies
    if w.endswith("ise"):
        stems.add(re.escape(w[:-3]) + "i[sz]e")
    if len(w) > 3 and w[-1] not in "aeiouy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        stems.add(re.escape(w + w[-1]))  # ban -> banned
    return "(?:" + "|".join(sorted(stems)) + ")" + SUFFIX


def english_re(phrase):
    words = re.findall(r"[\w']+", phrase)
    if not words:
        return None
    # function words in a multi-word English term may be absent ("state visit" ok)
    return re.compile(r"\b" + r"\W+(?:\w+\W+)?".join(word_re(w) for w in words) + r"\b", re.I)


def find_hits(bin_, lines):
    """One `find` run over all lines joined by blank lines; hits mapped back to lines."""
    sep = "\n\n"
    text = sep.join(lines)
    starts, pos = [], 0
    for l in lines:
        starts.append(pos)
        pos += len(l.encode()) + len(sep)
    import bisect
    hits = json.loads(run(bin_, ["glossary", "find", "--format", "json", "-"], stdin=text))
    per_line = defaultdict(list)
    for h in hits:
        i = bisect.bisect_right(starts, h["start"]) - 1
        per_line[i].append(h)
    return per_line


def agreement(name, bin_, gl, sw, en, show):
    per_line = find_hits(bin_, sw)
    total = agree = 0
    by_entry = Counter()
    ok_entry = Counter()
    bad = defaultdict(list)
    cache = {}
    for i, hits in per_line.items():
        for h in hits:
            eid = h["id"]
            pats = cache.setdefault(eid, [p for p in (english_re(e) for e in gl.get(eid, [])) if p])
            hit = any(p.search(en[i]) for p in pats)
            total += 1
            by_entry[eid] += 1
            if hit:
                agree += 1
                ok_entry[eid] += 1
            else:
                bad[eid].append((h["surface"], sw[i], en[i]))
    print(f"\n## {name}: {len(sw)} lines, {total} hits, agreement {agree}/{total} = "
          f"{100.0 * agree / max(total, 1):.1f}%")
    print("top 20 entries: id  hits  agree%  (English)")
    for eid, n in by_entry.most_common(20):
        print(f"  {eid:28s} {n:5d}  {100.0 * ok_entry[eid] / n:5.1f}%  ({' / '.join(gl.get(eid, [])[:3])})")
        for s, a, b in bad[eid][:show]:
            print(f"      ✗ {s!r}: {a[:110]!r}\n        EN: {b[:110]!r}")
    return total, agree


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/muhtasari")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--show", type=int, default=2)
    a = ap.parse_args()
    ev = os.path.join(a.shared, "eval")
    if not os.path.isdir(ev):
        print(f"note: {ev} absent; nothing to measure")
        return
    gl = glossary(a.bin)
    read = lambda p: open(os.path.join(ev, p), encoding="utf-8").read().split("\n")
    T = A = 0
    for name, s, e in [("tico19", "tico19/tico19-test.swa", "tico19/tico19-test.eng"),
                       ("flores200", "flores200/devtest/swh_Latn.devtest", "flores200/devtest/eng_Latn.devtest")]:
        sw, en = read(s), read(e)
        n = min(len(sw), len(en))
        t, ag = agreement(name, a.bin, gl, sw[:n], en[:n], a.show)
        T += t
        A += ag
    print(f"\n## overall: agreement {A}/{T} = {100.0 * A / max(T, 1):.1f}%")
    # Hits per 1,000 words on masakhanews dev.tsv (headline + text).
    with open(os.path.join(ev, "masakhanews/dev.tsv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    texts = [r["headline"] + "\n\n" + r["text"] for r in rows]
    words = sum(len(re.findall(r"\w+", t)) for t in texts)
    per_line = find_hits(a.bin, texts)
    hits = sum(len(v) for v in per_line.values())
    ids = Counter(h["id"] for v in per_line.values() for h in v)
    verbs = [h for v in per_line.values() for h in v if h.get("pos") == "verb"]
    neg = sum(1 for h in verbs if h.get("polarity") == "negative")
    print(f"\n## masakhanews dev.tsv: {len(rows)} articles, {words} words, {hits} hits = "
          f"{1000.0 * hits / words:.1f} hits per 1,000 words; {len(ids)} distinct entries; "
          f"{len(verbs)} verb hits ({neg} negative)")


if __name__ == "__main__":
    main()
