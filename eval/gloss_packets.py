#!/usr/bin/env python3
"""Blind judging packets for the English gloss: two builds of muhtasari, one set of sentences.

Draws N real sentences (seeded) from FLORES-200 devtest, TICO-19 and LAFAND-MT dev (a third
from each), glosses each with the OLD and the NEW binary (`muhtasari gloss --format json`,
one sentence at a time), and writes for judges:

  OUT/packet.md     per sentence: the Swahili, the published English, and the gloss items of
                    both systems, merged (an item both give is shown once) and shuffled, with
                    no word on which system gave which
  OUT/labels.tsv    the form judges fill in: one row per item (label: correct / acceptable /
                    wrong; units: the numbers of the content units the item carries usable
                    English for, e.g. `1,3`), and one UNITS row per sentence (label: how many
                    important content units the published English has; units: optional list)
  KEY               which system gave which item (JSON) — written OUTSIDE the judges' folder

Then `eval/gloss_reveal.py KEY OUT/labels.tsv` gives per-system precision per kind
and the share of content units covered.

--exclude KEY.json (repeatable) leaves out the sentences an earlier packet used (its key's
corpus and line), so a new round is judged on sentences no judge has seen. OUT/README.md tells
a judge what to do.

Usage (from the repository root):
  python3 eval/gloss_packets.py --old /work/notes/muhtasari-base \
      --new target/release/muhtasari --n 120 --seed 16 --out /work/notes/gloss-packets \
      --key /work/notes/gloss-key/key.json
"""
import argparse, csv, json, os, random, subprocess, sys

csv.field_size_limit(10**9)


def flores(shared):
    d = os.path.join(shared, "flores200", "devtest")
    sw = open(os.path.join(d, "swh_Latn.devtest"), encoding="utf-8").read().splitlines()
    en = open(os.path.join(d, "eng_Latn.devtest"), encoding="utf-8").read().splitlines()
    return [("flores", i + 1, s, e) for i, (s, e) in enumerate(zip(sw, en))]


def tico(shared):
    d = os.path.join(shared, "tico19")
    sw = open(os.path.join(d, "tico19-test.swa"), encoding="utf-8").read().splitlines()
    en = open(os.path.join(d, "tico19-test.eng"), encoding="utf-8").read().splitlines()
    return [("tico19", i + 1, s, e) for i, (s, e) in enumerate(zip(sw, en))]


def lafand(shared):
    out = []
    with open(os.path.join(shared, "lafand-mt", "dev.tsv"), encoding="utf-8") as f:
        for i, row in enumerate(csv.reader(f, delimiter="\t")):
            if i == 0 or len(row) < 2 or not row[0].strip() or not row[1].strip():
                continue
            out.append(("lafand", i + 1, row[1], row[0]))
    return out


def gloss(bin_, sw):
    r = subprocess.run([bin_, "gloss", "--format", "json", "-"], input=sw,
                       capture_output=True, text=True, timeout=60)
    if r.returncode != 0:
        sys.exit(f"{bin_} gloss failed on {sw!r}: {r.stderr}")
    items = []
    for sent in json.loads(r.stdout):
        for g in sent.get("gloss", []):
            items.append({"start": g["start"], "end": g["end"], "sw": g["sw"],
                          "en": g["en"], "kind": g["kind"]})
    return items


README = """# Judging the English gloss (blind)

You judge the English a tool gives for pieces of Swahili news sentences. There are {n}
sentences in `packet.md`. Each shows the Swahili sentence, its published English translation,
and a numbered list of items: a piece of the Swahili (in backticks) → the English the tool
gives for it. The items come from more than one version of the tool, merged and shuffled; do
not try to guess which gave which.

What to do, sentence by sentence:

1. Read the published English and count its **important content units**: who, did what, to
   whom, numbers, dates, places, named bodies (usually 3 to 10). Number them 1, 2, 3 … in
   your head or in a note.
2. In `labels.tsv`, on the sentence's **UNITS** row, write that count in the `label` column
   (you may list the units in `units`, optional).
3. For every item row of the sentence, fill in:
   - `label`: **correct** (the right English for that Swahili in this sentence), **acceptable**
     (understandable and not misleading: a near-synonym, a small slip of form, singular for
     plural) or **wrong** (misleading, wrong sense, untranslated Swahili presented as English,
     a name cut or mangled);
   - `units`: the numbers of the content units the item carries usable English for, separated
     by commas (`1,3`); leave it empty if none.
4. Judge each item on its own, against the published English and the Swahili; an item that is
   right but not in the published English (a paraphrase) is still correct.

Edit only the `label` and `units` columns; keep the file tab-separated and the rows in order.
Do not run the tool or look at its source. When you are done, save `labels.tsv` (or a copy
named `labels-<your name>.tsv`) in this folder.
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--old", required=True, help="binary of the base commit")
    ap.add_argument("--new", required=True, help="binary of the branch")
    ap.add_argument("--shared", default="../shared/eval")
    ap.add_argument("--n", type=int, default=120)
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--max-chars", type=int, default=400, help="skip longer sentences")
    ap.add_argument("--out", required=True, help="folder for the judges")
    ap.add_argument("--key", required=True, help="key file, outside --out")
    ap.add_argument("--exclude", action="append", default=[],
                    help="key of an earlier packet: its sentences are not drawn again")
    a = ap.parse_args()
    used = set()
    for path in a.exclude:
        for s in json.load(open(path, encoding="utf-8"))["sentences"]:
            used.add((s["corpus"], s["line"]))
    if not os.path.isdir(a.shared):
        sys.exit(f"skipped: {a.shared} not found")
    rng = random.Random(a.seed)
    pools = [flores(a.shared), tico(a.shared), lafand(a.shared)]
    picked = []
    for k, pool in enumerate(pools):
        pool = [p for p in pool
                if 20 <= len(p[2]) <= a.max_chars and (p[0], p[1]) not in used]
        want = a.n // 3 + (1 if k < a.n % 3 else 0)
        picked += rng.sample(pool, want)
    rng.shuffle(picked)
    os.makedirs(a.out, exist_ok=True)
    key = {"seed": a.seed, "old": a.old, "new": a.new, "excluded": a.exclude,
           "sentences": []}
    md = ["# Gloss judging packet", "",
          "For each sentence: list the important content units of the published English "
          "(who, did what, to whom, numbers, dates, places), number them 1, 2, …; then judge "
          "every gloss item as **correct** (right English for that Swahili in this sentence), "
          "**acceptable** (understandable, a near-synonym or a little off in form) or "
          "**wrong**, and say which content units it carries. Fill in labels.tsv.", ""]
    rows = [["sid", "item", "sw", "en", "label", "units"]]
    for n, (corpus, line, sw, en) in enumerate(picked, 1):
        sid = f"S{n:03d}"
        systems = {"old": gloss(a.old, sw), "new": gloss(a.new, sw)}
        merged = {}
        for name, items in systems.items():
            for it in items:
                k = (it["start"], it["end"], it["en"])
                merged.setdefault(k, {"sw": it["sw"], "en": it["en"], "by": {}})
                merged[k]["by"][name] = it["kind"]
        order = list(merged.values())
        rng.shuffle(order)
        md += [f"## {sid}", "", f"- Swahili: {sw}", f"- Published English: {en}", ""]
        ks = {"sid": sid, "corpus": corpus, "line": line, "items": {}}
        for j, it in enumerate(order, 1):
            iid = f"{sid}.{j}"
            md.append(f"{j}. `{it['sw']}` → {it['en']}")
            rows.append([sid, iid, it["sw"], it["en"], "", ""])
            ks["items"][iid] = it["by"]
        if not order:
            md.append("(no items)")
        md.append("")
        rows.append([sid, "UNITS", "", "", "", ""])
        key["sentences"].append(ks)
    with open(os.path.join(a.out, "packet.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(md) + "\n")
    with open(os.path.join(a.out, "README.md"), "w", encoding="utf-8") as f:
        f.write(README.format(n=len(picked)))
    with open(os.path.join(a.out, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter="\t", lineterminator="\n").writerows(rows)
    if os.path.abspath(os.path.dirname(a.key)) == os.path.abspath(a.out):
        sys.exit("--key must not be in the judges' folder")
    os.makedirs(os.path.dirname(os.path.abspath(a.key)), exist_ok=True)
    with open(a.key, "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    items = sum(len(s["items"]) for s in key["sentences"])
    print(f"{len(picked)} sentences, {items} distinct items -> {a.out}/packet.md, "
          f"{a.out}/labels.tsv (judges); key (keep apart): {a.key}")


if __name__ == "__main__":
    main()
