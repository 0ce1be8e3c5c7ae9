#!/usr/bin/env python3
"""How often the published English uses the verb form the gloss shows, held out.

The pool and halves are those of eval/gloss_first_english.py (unjudged FLORES devtest,
TICO-19, LAFAND dev; half A = even first byte of the SHA-1 of the Swahili sentence).

  contexts  (half A, to choose): every affirmative infinitive item "to V" of --bin, by the
            word before it (a connective, a preposition, a comma, a sentence start), with
            how often the reference has the -ing form of V (exact word) and "to V" (exact
            pair). A context is read -ing when -ing is found ≥ 2× as often as "to V" and
            ≥ 4 more.
  report    (half B): glosses with --bin OLD and --bin NEW and, for the items whose English
            changed between an infinitive "to V" and an -ing form, how often the reference
            has each form (exact word; a proxy, not a judgment), by context.

Usage (from the repository root):
  python3 eval/gloss_verb_forms.py contexts --bin BIN [--shared ../shared/eval]
  python3 eval/gloss_verb_forms.py report --bin OLD --bin NEW [--shared ../shared/eval]
"""
import argparse, collections, importlib.util, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("gfe", os.path.join(HERE, "gloss_first_english.py"))
gfe = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gfe)

CONNECTIVES = {"ya", "wa", "za", "la", "cha", "vya", "kwa", "katika", "bila", "kuhusu", "na",
               "hadi", "mpaka", "ili", "kama"}
PHRASES = {"baada ya", "kabla ya", "badala ya", "juu ya", "dhidi ya", "ajili ya"}


def gerund(v):
    """The -ing form, as src/english/verbs.rs `gerund`."""
    vow = "aeiou"
    if v == "be":
        return "being"
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if len(v) > 1 and v.endswith("e") and v[-2] not in "eyo":
        return v[:-1] + "ing"
    if (len(v) == 3 or (len(v) == 4 and v[0] not in vow)) and v[-3] not in vow \
            and v[-2] in vow and v[-1] not in vow + "wxy":
        return v + v[-1] + "ing"
    return v + "ing"


def sentences(shared, want):
    pool = gfe.load_module("gloss_entry_agreement").pools(shared)
    out, pos = [], 0
    for p in pool:
        if gfe.half(p[2]) != want:
            continue
        t = p[2].replace("\n", " ")
        out.append((p[0], p[1], t, p[3], pos))
        pos += len(t.encode("utf-8")) + 2
    print(f"half {want}: {len(out)} of {len(pool)} unjudged sentences")
    return out


def context(sent, it):
    before = sent[2].encode("utf-8")[:it["start"] - sent[4]].decode("utf-8", "replace").rstrip()
    if not before or before[-1] in ".;:!?\"“”'‘(":
        return "start"
    if before[-1] == ",":
        return ","
    words = before.lower().split()
    two = " ".join(words[-2:])
    if two in PHRASES:
        return two
    return words[-1] if words[-1] in CONNECTIVES else "other"


def verb_word(en):
    """The verb of "to V …" (None for "to be …" and other shapes)."""
    w = en.split()
    return w[1] if len(w) > 1 and w[0] == "to" and w[1] != "be" else None


def forms_in(ref, v):
    words = [gfe.norm(w) for w in re.findall(r"[a-z]+", ref.lower())]
    ing = gfe.norm(gerund(v)) in words
    to = any(a == "to" and b == gfe.norm(v) for a, b in zip(words, words[1:]))
    return ing, to


def contexts(a):
    sents = sentences(a.shared, "A")
    per = collections.defaultdict(collections.Counter)
    for i, it in gfe.gloss(a.bin[0], sents):
        if it.get("tense") != "infinitive" or it.get("polarity") != "affirmative":
            continue
        v = verb_word(it["en"])
        if not v:
            continue
        ing, to = forms_in(sents[i][3], v)
        per[context(sents[i], it)]["ing" if ing and not to else "to" if to and not ing
                                  else "both" if ing else "neither"] += 1
    print("context        items  -ing only  'to V' only  both  neither   read -ing?")
    for ctx, c in sorted(per.items(), key=lambda x: -sum(x[1].values())):
        rule = c["ing"] >= 2 * c["to"] and c["ing"] - c["to"] >= 4
        print(f"{ctx:14s} {sum(c.values()):5d} {c['ing']:9d} {c['to']:11d} {c['both']:5d}"
              f" {c['neither']:8d}   {'yes' if rule else ''}")


def report(a):
    sents = sentences(a.shared, "B")
    old, new = (dict(((i, it["start"], it["end"]), it) for i, it in gfe.gloss(b, sents))
                for b in a.bin[:2])
    per = collections.defaultdict(collections.Counter)
    for key, o in old.items():
        n = new.get(key)
        v = verb_word(o["en"])
        if not n or not v or n["en"] == o["en"] or o.get("tense") != "infinitive":
            continue
        if not n["en"].split()[0].endswith("ing"):
            continue
        ing, to = forms_in(sents[key[0]][3], v)
        c = per[context(sents[key[0]], o)]
        c["items"] += 1
        c["ing"] += ing
        c["to"] += to
    print("items changed 'to V' → '-ing', by context: reference has -ing / has 'to V'")
    tot = collections.Counter()
    for ctx, c in sorted(per.items(), key=lambda x: -x[1]["items"]):
        tot.update(c)
        print(f"  {ctx:12s} {c['items']:4d}   -ing {c['ing']:4d}   to V {c['to']:4d}")
    print(f"  all          {tot['items']:4d}   -ing {tot['ing']:4d}   to V {tot['to']:4d}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["contexts", "report"])
    ap.add_argument("--bin", action="append", required=True)
    ap.add_argument("--shared", default="../shared/eval")
    a = ap.parse_args()
    if not os.path.isdir(a.shared):
        sys.exit(f"skipped: {a.shared} not found")
    (contexts if a.mode == "contexts" else report)(a)


if __name__ == "__main__":
    main()
