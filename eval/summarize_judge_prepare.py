"""Blind judging of three-sentence selections: prepares the judges' packets.

    cargo build --release --example sumeval
    python3 eval/summarize_judge_prepare.py --packets DIR --key DIR [--articles 48]
        [--per-packet 8] [--seed 13] [--exclude OLD/key.json ...] [--config FILE]
        [../shared/eval/masakhanews/dev.tsv]

For a seeded random draw of dev articles (from those with at least 5 sentences: with fewer,
the systems hardly differ; minus the dev rows of any earlier round's key given with
--exclude, so no judge sees an article twice), four systems each choose 3 sentences:
muhtasari (`sumeval --editor`, default config, or the summariser config --config names,
recorded in the key), LEAD-3, TextRank (Mihalcea & Tarau 2004:
word-overlap similarity over log lengths, PageRank, d = 0.85) and LexRank (Erkan & Radev
2004: tf-idf cosine over the article's sentences, threshold 0.1, PageRank on the degree-
normalised graph), both written here, plainly, over the same sentence units with the
project's stopwords. For each article the four selections are shuffled (seeded) and shown
as A, B, C, D, each in reading order; an article's text comes first.

Writes, in --packets DIR (no system name appears in it):
  packet-NN.md        the articles of group NN, each with its selections A-D;
  judgments-NN.tsv    a form to fill: one row per article, columns
                      judge, packet, item, A, B, C, D, unusable, note
                      (A-D: the rank of that selection, 1 = best, ties allowed by giving
                      equal ranks; unusable: space-separated picks an editor could not use,
                      as letter + sentence number, e.g. "B2 D3"; note: free text);
  README.md           the judge's instructions.
and in --key DIR (kept apart from the packets; judges must not see it):
  key.json            for each packet and item: the dev row, the letter of each system and
                      each system's sentence indices (no article text).
Read the judgments back with eval/summarize_judge_reveal.py. The packets hold dev article
text: keep them out of the repository; store only the filled TSVs there."""
import argparse
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SYSTEMS = ["muhtasari", "lead3", "textrank", "lexrank"]
LETTERS = "ABCD"
WORD = re.compile(r"\w+", re.U)


def stopwords():
    path = os.path.join(ROOT, "glossary", "lang", "stopwords.yaml")
    with open(path, encoding="utf-8") as f:
        body = f.read()
    body = re.sub(r"#.*", "", body)
    inner = body[body.index("[") + 1 : body.rindex("]")]
    return {w.strip() for w in inner.split(",") if w.strip()}


def tokens(sentence, stop):
    return [w for w in (t.lower() for t in WORD.findall(sentence)) if w not in stop and len(w) > 2]


def pagerank(weights, d=0.85, iterations=100):
    n = len(weights)
    out = [sum(row) for row in weights]
    score = [1.0 / n] * n
    for _ in range(iterations):
        new = []
        for j in range(n):
            s = sum(score[i] * weights[i][j] / out[i] for i in range(n) if out[i] > 0)
            new.append((1 - d) / n + d * s)
        if max(abs(a - b) for a, b in zip(new, score)) < 1e-9:
            score = new
            break
        score = new
    return score


def top3(score):
    order = sorted(range(len(score)), key=lambda i: (-score[i], i))
    return sorted(order[:3])


def textrank(sentences, stop):
    toks = [tokens(s, stop) for s in sentences]
    n = len(toks)
    w = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            if i != j and len(toks[i]) > 1 and len(toks[j]) > 1:
                overlap = len(set(toks[i]) & set(toks[j]))
                w[i][j] = overlap / (math.log(len(toks[i])) + math.log(len(toks[j])))
    return top3(pagerank(w))


def lexrank(sentences, stop, threshold=0.1):
    toks = [tokens(s, stop) for s in sentences]
    n = len(toks)
    df = {}
    for t in toks:
        for w in set(t):
            df[w] = df.get(w, 0) + 1
    vecs = []
    for t in toks:
        v = {}
        for w in t:
            v[w] = v.get(w, 0) + 1
        vecs.append({w: c * math.log(n / df[w]) for w, c in v.items()})

    def cos(a, b):
        dot = sum(x * b.get(w, 0.0) for w, x in a.items())
        na = math.sqrt(sum(x * x for x in a.values()))
        nb = math.sqrt(sum(x * x for x in b.values()))
        return dot / (na * nb) if na and nb else 0.0

    w = [[1.0 if i == j or cos(vecs[i], vecs[j]) > threshold else 0.0 for j in range(n)] for i in range(n)]
    return top3(pagerank(w))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data", nargs="?", default=os.path.join(ROOT, "..", "shared", "eval", "masakhanews", "dev.tsv"))
    ap.add_argument("--packets", required=True)
    ap.add_argument("--key", required=True)
    ap.add_argument("--articles", type=int, default=48)
    ap.add_argument("--per-packet", type=int, default=8)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--exclude", action="append", default=[],
                    help="key.json of an earlier round: its dev rows are not drawn again")
    ap.add_argument("--config", help="summariser config (YAML or JSON) for muhtasari's picks")
    a = ap.parse_args()
    if not os.path.exists(a.data):
        print(f"skipped: {a.data} not found (../shared absent)")
        return
    if os.path.abspath(a.packets).startswith(os.path.abspath(ROOT) + os.sep):
        sys.exit("the packets hold dev article text: write them outside the repository")
    key_dir = os.path.abspath(a.key)
    if (key_dir + os.sep).startswith(os.path.abspath(a.packets) + os.sep):
        sys.exit("the key must not be inside the packets folder: judges would see it")
    excluded = set()
    for path in a.exclude:
        with open(path, encoding="utf-8") as f:
            old = json.load(f)
        excluded |= {it["dev_row"] for items in old["packets"].values() for it in items.values()}
    exe = os.path.join(ROOT, "target", "release", "examples", "sumeval")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "picks.jsonl")
        config = ["--config", a.config] if a.config else []
        subprocess.run([exe, a.data, "--editor", out] + config, check=True,
                       stdout=subprocess.DEVNULL)
        with open(out, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
    stop = stopwords()
    eligible = [
        r["article"] for r in rows if len(r["sentences"]) >= 5 and r["article"] not in excluded
    ]
    rng = random.Random(a.seed)
    drawn = rng.sample(eligible, min(a.articles, len(eligible)))
    os.makedirs(a.packets, exist_ok=True)
    os.makedirs(a.key, exist_ok=True)
    key = {"seed": a.seed, "data": os.path.basename(a.data), "systems": SYSTEMS,
           "excluded_rows": sorted(excluded), "eligible": len(eligible), "packets": {}}
    if a.config:
        with open(a.config, encoding="utf-8") as f:
            key["config"] = f.read()
    groups = [drawn[i : i + a.per_packet] for i in range(0, len(drawn), a.per_packet)]
    for g, group in enumerate(groups, 1):
        md = [f"# Packet {g:02d}\n"]
        form = ["judge\tpacket\titem\tA\tB\tC\tD\tunusable\tnote"]
        items = {}
        for item, art in enumerate(group, 1):
            row = rows[art]
            s = row["sentences"]
            chosen = {
                "muhtasari": sorted(row["picks"]["muhtasari"]),
                "lead3": sorted(row["picks"]["lead3"]),
                "textrank": textrank(s, stop),
                "lexrank": lexrank(s, stop),
            }
            order = SYSTEMS[:]
            rng.shuffle(order)
            md.append(f"\n## Item {item}\n\n### Article\n\n" + " ".join(s) + "\n")
            for letter, system in zip(LETTERS, order):
                md.append(f"\n### Selection {letter}\n")
                for n, i in enumerate(chosen[system], 1):
                    md.append(f"{n}. {s[i]}")
            form.append(f"\t{g:02d}\t{item}\t\t\t\t\t\t")
            items[str(item)] = {
                "dev_row": art,
                "letters": {letter: system for letter, system in zip(LETTERS, order)},
                "picks": chosen,
            }
        key["packets"][f"{g:02d}"] = items
        with open(os.path.join(a.packets, f"packet-{g:02d}.md"), "w", encoding="utf-8") as f:
            f.write("\n".join(md) + "\n")
        with open(os.path.join(a.packets, f"judgments-{g:02d}.tsv"), "w", encoding="utf-8") as f:
            f.write("\n".join(form) + "\n")
    with open(os.path.join(a.packets, "README.md"), "w", encoding="utf-8") as f:
        f.write(INSTRUCTIONS)
    with open(os.path.join(a.key, "key.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, indent=1)
    print(f"{len(drawn)} articles in {len(groups)} packets: {a.packets}; key: {a.key}/key.json")


INSTRUCTIONS = """# Judging three-sentence selections (blind)

You are a Swahili-reading news editor. Each item is one news article followed by four
selections, A to D, of three of its sentences (shown in the article's order). Imagine each
selection as the whole summary a reader of a briefing gets, with nothing else.

Work through every packet in this folder (`packet-NN.md`), item by item. For each item:

1. Read the article, then the four selections.
2. Rank the selections: 1 for the one you would publish first, 4 for the worst. Selections
   that are equally good get the same rank (e.g. `1 1 3 4`); identical selections must get
   the same rank.
3. List the picks you could not publish as they stand, as letter + sentence number within
   the selection (`B2 D3`; the first sentence of selection B is `B1`). A pick is unusable
   when it is:
   - a question;
   - a sentence that needs the one before it (opens on "Na…", "Hata hivyo…", "Alisema…",
     or says "huyo/hiyo/hilo" about something not yet named);
   - a quote whose speaker is not named;
   - a repeat of another pick in the same selection;
   - a fragment, a heading or crosshead, an image caption or credit, or a heading or
     caption glued to a sentence (e.g. "Kenya: Taifa hili …"), or two sentences run
     together.
4. Write one row per item in your own judgments file (below).

Do not try to find out which system made which selection; the letters are shuffled per item.
Judge only from what the packet shows.

## The judgments file

For packet NN, copy the blank form `judgments-NN.tsv` to `judgments-NN-JUDGE.tsv` in this
folder, where JUDGE is your judge name (letters and digits only), and fill it in. Leave the
blank form as it is. The file is tab-separated, UTF-8, with this header line and one line
per item:

```
judge	packet	item	A	B	C	D	unusable	note
```

- `judge`: your judge name, the same on every line and in the file name;
- `packet`, `item`: already filled in on the form; keep them;
- `A` `B` `C` `D`: the rank of each selection, an integer 1–4 (1 best; equal ranks for ties);
- `unusable`: the unusable picks, space-separated (`B2 D3`), or empty;
- `note`: free text on one line, optional (no tabs).

Example line (tabs between the fields):

```
j1	01	3	2	1	4	1	C1 C3	B and D are the same; C opens on a question
```

Every item of every packet needs a line. The reveal script reads every
`judgments-NN-JUDGE.tsv` file as written.
"""

if __name__ == "__main__":
    main()
