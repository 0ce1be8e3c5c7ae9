#!/usr/bin/env python3
"""Build the translation-QA test sets from real parallel data in ../shared/eval.

For each corpus (FLORES-200 devtest, TICO-19 test, LAFAND-MT dev) it writes
target/qa-eval/<corpus>.published.jsonl (the published pairs as they are) and
target/qa-eval/<corpus>.<kind>.jsonl, the same pairs with ONE error planted in the English,
for every pair where the kind applies (chosen by rule with a fixed seed, never by hand):

  number    a number written in digits in the English changed (another value)
  negation  an English negation removed (not, n't, never, no, without, …)
  term      the English of a glossary term found in the Swahili (any inflection) swapped
            for the English of another glossary entry of the same part of speech
  name      a name written in both sides (or a glossary name's English) replaced by a name
            from another pair of the same corpus
  month     an English month name changed to another month
  clause    a clause (after a comma or semicolon, 4+ words) dropped from the English

Each planted line: {"i": index of the published pair, "sw", "en" (planted), "kind", "what",
"half"}. `half` splits every corpus in two by a fixed hash of the pair's block of ten
consecutive pairs (so an article's sentences mostly stay together): "dev" is the half that
rules and learned parts (the severity model, the word-association table) may be developed
and trained on, "test" the held-out half they never see. A planted pair has its published
pair's half.
Glossary hits come from the project's own matcher (`muhtasari glossary find`), the English
of entries from `muhtasari glossary export`. Then run `cargo run --release --example qaeval`.

Usage (repository root, after `cargo build --release`):
  python3 eval/qa_sets.py [--bin target/release/muhtasari] [--shared ../shared] [--out target/qa-eval]
                          [--wrong preferred|alt]
"""
import argparse, csv, hashlib, io, json, os, random, re, subprocess, sys

csv.field_size_limit(10**9)

NEG = re.compile(r"\b(not|never|no|none|nobody|nothing|neither|nor|without|cannot)\b|n't\b", re.I)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTH_RE = re.compile(r"\b(" + "|".join(m for m in MONTHS if m not in ("May", "March")) + r")\b")
NUM_RE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w])")
SUFFIX = r"(?:s|es|ed|d|ing|ies|ied)?"


def half(corpus, i):
    """"dev" or "test": the fixed split of a corpus's pair `i` (blocks of ten pairs)."""
    h = hashlib.sha256(f"{corpus}:{i // 10}".encode()).digest()[0]
    return "dev" if h % 2 == 0 else "test"


def run(bin_, args, stdin=None):
    r = subprocess.run([bin_] + args, input=stdin, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"{bin_} {' '.join(args)} failed: {r.stderr}")
    return r.stdout


def load(shared):
    ev = os.path.join(shared, "eval")
    out = {}
    f = os.path.join(ev, "flores200", "devtest")
    sw = open(os.path.join(f, "swh_Latn.devtest"), encoding="utf-8").read().splitlines()
    en = open(os.path.join(f, "eng_Latn.devtest"), encoding="utf-8").read().splitlines()
    out["flores"] = list(zip(sw, en))
    t = os.path.join(ev, "tico19")
    sw = open(os.path.join(t, "tico19-test.swa"), encoding="utf-8").read().splitlines()
    en = open(os.path.join(t, "tico19-test.eng"), encoding="utf-8").read().splitlines()
    out["tico"] = list(zip(sw, en))
    rows = []
    with open(os.path.join(ev, "lafand-mt", "dev.tsv"), encoding="utf-8") as fh:
        r = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        head = next(r)
        ie, isw = head.index("eng"), head.index("swa")
        for row in r:
            if len(row) > max(ie, isw) and row[ie].strip() and row[isw].strip():
                rows.append((row[isw], row[ie]))
    out["lafand"] = rows
    return {k: [(s.strip(), e.strip()) for s, e in v if s.strip() and e.strip()] for k, v in out.items()}


def glossary(bin_):
    rows = list(csv.DictReader(io.StringIO(run(bin_, ["glossary", "export", "--format", "csv"]))))
    g = {}
    for r in rows:
        eng = [r["en"]] + [a.strip() for a in r["alt"].split("|") if a.strip()]
        if r["plural_en"]:
            eng.append(r["plural_en"])
        g[r["id"]] = (r["pos"], eng)
    return g


def hits_per_line(bin_, lines):
    """Glossary hits of each Swahili line, by running the matcher once on all lines."""
    out = [[] for _ in lines]
    # One line per pair; find on the whole text and map offsets back to lines.
    text = "\n\n".join(l.replace("\n", " ") for l in lines) + "\n"
    data = text.encode("utf-8")
    starts, pos = [], 0
    for l in lines:
        starts.append(pos)
        pos += len(l.replace("\n", " ").encode("utf-8")) + 2
    hits = json.loads(run(bin_, ["glossary", "find", "--format", "json", "--max-bytes", "100000000", "-"], stdin=text))
    import bisect
    for h in hits:
        i = bisect.bisect_right(starts, h["start"]) - 1
        out[i].append(h)
    return out


def rendering_re(r):
    words = r.split()
    return re.compile(r"\b" + r"\s+".join(re.escape(w) + (SUFFIX if k == len(words) - 1 else "") for k, w in enumerate(words)) + r"\b", re.I)


def plant_number(rng, sw, en, ctx):
    ms = list(NUM_RE.finditer(en))
    if not ms:
        return None
    m = rng.choice(ms)
    s = m.group(0)
    digits = [i for i, c in enumerate(s) if c.isdigit()]
    k = rng.choice(digits)
    new = s[:k] + str((int(s[k]) + rng.randint(1, 8)) % 10) + s[k + 1:]
    if new[0] == "0" and len(new) > 1 and new[1].isdigit():
        new = "1" + new[1:]
    if new == s:
        return None
    return en[:m.start()] + new + en[m.end():], f"{s} -> {new}"


def plant_negation(rng, sw, en, ctx):
    # `not only … but` does not negate; `nor` after another negation of its sentence
    # (`not present nor involved`, `didn't have corn, nor potatoes`) turned into `or` keeps
    # the meaning: not an error, so not planted.
    def nor_after_negation(m):
        if m.group(0).lower() != "nor":
            return False
        before = re.split(r"[.!?;]", en[:m.start()])[-1]
        return NEG.search(before) is not None
    ms = [m for m in NEG.finditer(en)
          if not re.match(r"\s+only\b", en[m.end():]) and not nor_after_negation(m)]
    if not ms:
        return None
    m = rng.choice(ms)
    w = m.group(0)
    if w.lower() == "n't":
        before = en[:m.start()]
        fix = {"ca": "can", "wo": "will", "sha": "shall"}
        last = re.search(r"(\w+)$", before)
        if last and last.group(1).lower() in fix:
            before = before[:last.start()] + fix[last.group(1).lower()]
        return before + en[m.end():], f"{w} removed"
    repl = {"cannot": "can", "without": "with", "none": "all", "nobody": "everybody",
            "nothing": "everything", "never": "", "no": "", "not": "", "neither": "either",
            "nor": "or"}[w.lower()]
    new = (en[:m.start()] + repl + en[m.end():]).replace("  ", " ")
    return new, f"{w} removed"


def plant_term(rng, sw, en, ctx):
    g, hits, by_pos = ctx["glossary"], ctx["hits"], ctx["by_pos"]
    cands = []
    for h in hits:
        pos, eng = g.get(h["id"], (None, []))
        if pos in (None, "name"):
            continue
        for r in sorted(eng, key=len, reverse=True):
            m = rendering_re(r).search(en)
            if m:
                cands.append((h, pos, eng, m))
                break
    if not cands:
        return None
    h, pos, eng, m = rng.choice(cands)
    pool = [e for e in by_pos[pos] if e[0] != h["id"]]
    if not pool:
        return None
    if ctx["wrong"] == "alt":
        # The leakage check: the wrong word is another entry's alternative English, not
        # its preferred one (the wrong-term rule looks for preferred English only).
        alts = ctx["alts"]
        pool = [e for e in pool if alts.get(e[0])]
        if not pool:
            return None
    low = {x.lower() for x in eng}
    for _ in range(20):
        other_id, other_eng = rng.choice(pool)
        wrong = other_eng[0] if ctx["wrong"] == "preferred" else rng.choice(ctx["alts"][other_id])
        if wrong.lower() not in low and not rendering_re(wrong).search(en):
            return en[:m.start()] + wrong + en[m.end():], f"{m.group(0)} -> {wrong} ({h['id']})"
    return None


def plant_name(rng, sw, en, ctx):
    g, hits, pool = ctx["glossary"], ctx["hits"], ctx["names"]
    cands = []
    for h in hits:
        pos, eng = g.get(h["id"], (None, []))
        if pos == "name":
            for r in eng:
                m = re.search(r"\b" + re.escape(r) + r"\b", en)
                if m:
                    cands.append(m)
                    break
    for m in re.finditer(r"(?<![.!?] )(?<!^)\b[A-Z][a-z]{2,}\b", en):
        if re.search(r"\b" + re.escape(m.group(0)) + r"\b", sw) and m.start() > 0:
            cands.append(m)
    if not cands:
        return None
    m = rng.choice(cands)
    for _ in range(20):
        other = rng.choice(pool)
        if other not in en and other not in sw and other[:4].lower() != m.group(0)[:4].lower():
            return en[:m.start()] + other + en[m.end():], f"{m.group(0)} -> {other}"
    return None


def plant_month(rng, sw, en, ctx):
    ms = list(MONTH_RE.finditer(en))
    if not ms:
        return None
    m = rng.choice(ms)
    other = rng.choice([x for x in MONTHS if x != m.group(0) and x not in ("May", "March")])
    return en[:m.start()] + other + en[m.end():], f"{m.group(0)} -> {other}"


def plant_clause(rng, sw, en, ctx):
    parts = re.split(r"(?<=[,;])\s+", en)
    if len(parts) < 2:
        return None
    cands = [k for k in range(1, len(parts)) if len(parts[k].split()) >= 4]
    if not cands:
        return None
    k = rng.choice(cands)
    kept = parts[:k] + parts[k + 1:]
    new = " ".join(kept)
    if k == len(parts) - 1:
        new = new.rstrip(",;") + ("." if en.rstrip().endswith(".") else "")
    return new, f"dropped: {parts[k]}"


KINDS = {"number": plant_number, "negation": plant_negation, "term": plant_term,
         "name": plant_name, "month": plant_month, "clause": plant_clause}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/muhtasari")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--out", default="target/qa-eval")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--wrong", choices=["preferred", "alt"], default="preferred",
                    help="term plants: the wrong word is another entry's preferred English (default) or one of its alt renderings")
    a = ap.parse_args()
    if not os.path.isdir(os.path.join(a.shared, "eval")):
        print("skipped: ../shared not found")
        return
    os.makedirs(a.out, exist_ok=True)
    g = glossary(a.bin)
    plural = {r["id"]: r["plural_en"] for r in csv.DictReader(io.StringIO(
        run(a.bin, ["glossary", "export", "--format", "csv"]))) if r["plural_en"]}
    by_pos = {}
    alts = {id_: [x for x in eng[1:] if x != plural.get(id_)] for id_, (_, eng) in g.items()}
    for id_, (pos, eng) in g.items():
        by_pos.setdefault(pos, []).append((id_, eng))
    for corpus, pairs in load(a.shared).items():
        rng = random.Random(f"{a.seed}-{corpus}")
        hits = hits_per_line(a.bin, [s for s, _ in pairs])
        names = sorted({m.group(0) for _, e in pairs for m in re.finditer(r"(?<=\w )[A-Z][a-z]{3,}\b", e)})
        with open(os.path.join(a.out, f"{corpus}.published.jsonl"), "w", encoding="utf-8") as fh:
            for i, (s, e) in enumerate(pairs):
                fh.write(json.dumps({"i": i, "sw": s, "en": e, "half": half(corpus, i)}, ensure_ascii=False) + "\n")
        counts = {}
        for kind, fn in KINDS.items():
            n = 0
            with open(os.path.join(a.out, f"{corpus}.{kind}.jsonl"), "w", encoding="utf-8") as fh:
                for i, (s, e) in enumerate(pairs):
                    ctx = {"glossary": g, "hits": hits[i], "by_pos": by_pos, "names": names, "wrong": a.wrong, "alts": alts}
                    r = fn(rng, s, e, ctx)
                    if r is None or r[0].strip() == e.strip():
                        continue
                    fh.write(json.dumps({"i": i, "sw": s, "en": r[0], "kind": kind, "what": r[1],
                                        "half": half(corpus, i)}, ensure_ascii=False) + "\n")
                    n += 1
            counts[kind] = n
        print(corpus, len(pairs), "pairs;", ", ".join(f"{k} {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
