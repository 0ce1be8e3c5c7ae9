"""The one-sentence summary against the headline (MasakhaNEWS Swahili dev), in one run:

    cargo build --release --example sumeval
    python3 eval/summarize_one_pick.py [../shared/eval/masakhanews/dev.tsv]

Reads every sentence's raw signals from `sumeval --learn` and prints, beside LEAD-1:
(a) the default one pick, and what the three-pick lede anchor would give as the one pick,
    split by where the anchor lands (sentence 0, moved after a scene or a flawed opener,
    none), so the anchor's cost to one pick is counted per article;
(b) oracles: the best sentence, the best one that stands alone as a first pick (the same
    checks as `src/summarize/context.rs` with nothing picked), and the best stand-alone one
    among the first k sentences: how far a picker that keeps the rules could go;
(c) a learned scorer: a linear model over the signals, trained listwise (softmax over each
    article's stand-alone sentences, maximising the expected ROUGE-1 F of the pick), fixed
    hyper-parameters, scored held out with 5-fold cross-validation (article i in fold
    i mod 5). Needs numpy; skips (c) without it.
(d) the default score rebuilt from the signals (its pick is checked against the Rust one),
    its weights tuned per fold on one-pick F alone by a coordinate search: first the
    score's own weights, then with the signals it leaves out added (event verb, a named
    actor acting, the lede signal, sentence 0, length, glossary terms); held out as in (c).
(e) what each stand-alone rule costs the default one pick: the pick with that rule's cost
    waived, with every rule waived, and with every rule waived on sentence 0 only (nothing
    comes before it to lean on); how often sentence 0 is turned away, by rule.
(f) where the one pick leaves sentence 0: wins and losses against LEAD-1; and staying on
    sentence 0 (when it stands alone) unless another sentence scores a margin above it,
    with the margin tuned per fold on one-pick F, held out as in (c).
Skips (exit 0) when the data file is absent."""
import collections
import csv
import math
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FOLDS = 5


def load(path):
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    arts = collections.defaultdict(list)
    for x in rows:
        for k in x:
            if k != "opener":
                x[k] = float(x[k])
        arts[int(x["article"])].append(x)
    arts = [sorted(arts[a], key=lambda s: s["index"]) for a in sorted(arts)]
    for a in arts:
        asked = sum(s["question"] for s in a)
        interview = asked > 0 and asked >= 0.2 * len(a)
        for s in a:
            s["stands"] = not (
                s["question"] and not interview
                or s["opener"] != "-"
                or s["refers"] > 0
                or s["unattributed"]
                or s["unfinished"]
                or s["label"]
                or s.get("glued", 0)
                or s["words"] < 5 and not s["event"]
            )
    return arts


def features(a, i):
    s = a[i]
    w = max(s["words"], 1)
    scene = i == 0 and not s["event"] and not s["acts"] and s["numbers"] == 0
    return [s["position"], i == 0, i == 1, i == 2, math.log1p(i), s["centrality"],
            s["salience"], s["terms"], s["names"], s["numbers"], s["long"], math.log(w),
            1.0 / w, s["lede"], s["event"], s["acts"], scene]


def learned(arts):
    try:
        import numpy as np
    except ImportError:
        print("(c) skipped: numpy not installed")
        return
    X, Y = [], []
    for a in arts:
        cand = [i for i, s in enumerate(a) if s["stands"]] or list(range(len(a)))
        X.append(np.array([features(a, i) for i in cand], float))
        Y.append(np.array([a[i]["r1f"] for i in cand]))
    n = len(arts)

    def fit(train, l2=0.01, temp=0.1, steps=500, rate=0.5):
        stack = np.vstack([X[j] for j in train])
        mu, sd = stack.mean(0), stack.std(0) + 1e-9
        xs = [(X[j] - mu) / sd for j in train]
        w = np.zeros(stack.shape[1])
        for _ in range(steps):
            g = np.zeros_like(w)
            for x, j in zip(xs, train):
                z = x @ w / temp
                p = np.exp(z - z.max())
                p /= p.sum()
                g += (p * (Y[j] - p @ Y[j])) @ x / temp
            w += rate * (g / len(train) - l2 * w)
        return lambda j: int(np.argmax(((X[j] - mu) / sd) @ w))

    held = []
    for fold in range(FOLDS):
        train = [j for j in range(n) if j % FOLDS != fold]
        pick = fit(train)
        held += [Y[j][pick(j)] for j in range(n) if j % FOLDS == fold]
    pick = fit(list(range(n)))
    print("(c) learned listwise scorer (l2 0.01, temperature 0.1, fixed): 5-fold CV held-out "
          f"R1 F {100 * sum(held) / n:.2f}; in-sample {100 * sum(Y[j][pick(j)] for j in range(n)) / n:.2f}")


# The one-pick score of the default `SummaryConfig`: its weights, and the values (d) tries.
DEFAULT = {"position": 0.25, "decay": 0.25, "centrality": 0.5, "salience": 1.5, "names": 0.05,
           "numbers": 0.05}
GRID = {"position": [0, 0.1, 0.25, 0.4, 0.6, 0.8, 1.0, 1.5], "decay": [0.1, 0.25, 0.5, 1.0, 2.0],
        "centrality": [0, 0.25, 0.5, 0.75, 1.0, 1.5], "salience": [0.5, 1.0, 1.5, 2.0, 3.0],
        "names": [0, 0.05, 0.1, 0.2, 0.4], "numbers": [0, 0.05, 0.1, 0.2],
        "event": [0, 0.02, 0.05, 0.1, 0.2], "acts": [0, 0.02, 0.05, 0.1],
        "lede": [0, 0.05, 0.1, 0.2], "first": [0, 0.05, 0.1, 0.2, 0.3],
        "long": [0, 0.05, 0.1, 0.2], "terms": [0, 0.05, 0.1, 0.2]}


def flaw(s, interview):
    """The rule of `context.rs` that turns `s` away as a first pick, and its cost."""
    if s["question"] and not interview:
        return "question", 1.0
    if s["opener"] != "-":
        return "leaning opener", 1.0
    if s["refers"] > 0:
        return "reference", 1.0
    if s["unattributed"]:
        return "unnamed speaker", 0.5
    if s["unfinished"] or s["label"] or s.get("glued", 0) or s["words"] < 5 and not s["event"]:
        return "fragment", 1.0
    return None, 0.0


def one_pick(a, w, waive=lambda rule, i: False, margin=0.0):
    """The sentence the score `w` picks alone: the flaw costs of `context.rs` with nothing
    picked (question 1, leaning 1, unnamed speaker 0.5, fragment 1; none where `waive` says
    so), ties to the earlier; with `margin`, sentence 0, if it stands alone, is left only
    for a sentence that scores `margin` more."""
    asked = sum(s["question"] for s in a)
    interview = asked > 0 and asked >= 0.2 * len(a)

    def value(i):
        s = a[i]
        g = lambda k: w.get(k, 0.0)
        rule, cost = flaw(s, interview)
        if rule and waive(rule, i):
            cost = 0.0
        return (g("position") / (1 + g("decay") * i) + g("centrality") * s["centrality"]
                + g("salience") * s["salience"] + g("names") * s["names"]
                + g("numbers") * s["numbers"] - 0.1 * (s["words"] < 5) - 0.05 * s["unfinished"]
                + g("event") * s["event"] + g("acts") * s["acts"] + g("lede") * s["lede"]
                + g("first") * (i == 0) - g("long") * s["long"] + g("terms") * s["terms"] - cost)
    values = [value(i) for i in range(len(a))]
    best = max(range(len(a)), key=lambda i: (values[i], -i))
    if margin and best != 0 and flaw(a[0], interview)[0] is None \
            and values[best] < values[0] + margin:
        return 0
    return best


def tuned(arts):
    mean = lambda arts_, w: sum(a[one_pick(a, w)]["r1f"] for a in arts_) / max(len(arts_), 1)
    agree = sum(a[one_pick(a, DEFAULT)]["pick1"] == 1 for a in arts)
    print(f"(d) the default score rebuilt picks as sumeval does in {agree} of {len(arts)} "
          f"articles: R1 F {100 * mean(arts, DEFAULT):.2f}")

    def search(train, names):
        w, best = dict(DEFAULT), mean(train, DEFAULT)
        for _ in range(2):
            moved = False
            for k in names:
                for v in GRID[k]:
                    c = dict(w, **{k: v})
                    f = mean(train, c)
                    if f > best + 1e-9:
                        w, best, moved = c, f, True
            if not moved:
                break
        return w

    own = ["position", "decay", "centrality", "salience", "names", "numbers"]
    for label, names in (("its own weights", own),
                         ("with the left-out signals", own + ["event", "acts", "lede", "first",
                                                               "long", "terms"])):
        held = []
        for fold in range(FOLDS):
            w = search([a for j, a in enumerate(arts) if j % FOLDS != fold], names)
            held += [a[one_pick(a, w)]["r1f"] for j, a in enumerate(arts) if j % FOLDS == fold]
        print(f"    tuned per fold, {label}: 5-fold CV held-out R1 F {100 * sum(held) / len(arts):.2f}")


RULES = ("question", "leaning opener", "reference", "unnamed speaker", "fragment")
MARGINS = [0.0, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3]


def rules_and_lede(arts):
    """(e) what each stand-alone rule costs the default one pick, and on sentence 0 alone;
    (f) where the one pick leaves sentence 0, against LEAD-1, and a margin to leave it by."""
    n = len(arts)
    mean = lambda picks: 100 * sum(a[p]["r1f"] for a, p in zip(arts, picks)) / n
    base = [one_pick(a, DEFAULT) for a in arts]
    print(f"(e) the one pick with a rule's cost waived (default {mean(base):.2f}); "
          "articles whose pick changes:")
    for label, waive in [(r, lambda rule, i, r=r: rule == r) for r in RULES] + [
            ("every rule", lambda rule, i: True),
            ("every rule, sentence 0 only", lambda rule, i: i == 0)]:
        picks = [one_pick(a, DEFAULT, waive) for a in arts]
        changed = sum(p != b for p, b in zip(picks, base))
        print(f"    {label:<28} {mean(picks):6.2f}  {changed:>3}")
    turned = collections.Counter()
    for a in arts:
        asked = sum(s["question"] for s in a)
        rule = flaw(a[0], asked > 0 and asked >= 0.2 * len(a))[0]
        if rule:
            turned[rule] += 1
    print("    sentence 0 turned away, by rule: "
          + ", ".join(f"{r} {turned[r]}" for r in RULES if turned[r]))
    gain = [a[p]["r1f"] - a[0]["r1f"] for a, p in zip(arts, base) if p != 0]
    wins, losses = [d for d in gain if d > 1e-9], [d for d in gain if d < -1e-9]
    print(f"(f) the one pick leaves sentence 0 in {len(gain)} articles: better than LEAD-1 in "
          f"{len(wins)} (+{100 * sum(wins) / n:.2f} F over all articles), worse in {len(losses)} "
          f"({100 * sum(losses) / n:.2f}), tied in {len(gain) - len(wins) - len(losses)}")
    print("    leaving sentence 0 only for a score this much above it: "
          + ", ".join(f"{m:g} {mean([one_pick(a, DEFAULT, margin=m) for a in arts]):.2f}"
                      for m in MARGINS))
    held = [0.0] * n
    for fold in range(FOLDS):
        train = [a for j, a in enumerate(arts) if j % FOLDS != fold]
        m = max(MARGINS, key=lambda m: (sum(a[one_pick(a, DEFAULT, margin=m)]["r1f"]
                                            for a in train), -m))
        for j, a in enumerate(arts):
            if j % FOLDS == fold:
                held[j] = a[one_pick(a, DEFAULT, margin=m)]["r1f"]
        print(f"    fold {fold}: margin {m:g}")
    print(f"    margin tuned per fold: 5-fold CV held-out R1 F {100 * sum(held) / n:.2f}")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    data = args[0] if args else os.path.join(ROOT, "..", "shared", "eval", "masakhanews", "dev.tsv")
    if not os.path.exists(data):
        print(f"skipped: {data} not found (../shared absent)")
        return
    exe = os.path.join(ROOT, "target", "release", "examples", "sumeval")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "sentences.tsv")
        subprocess.run([exe, data, "--learn", out], check=True, stdout=subprocess.DEVNULL)
        arts = load(out)
    n = len(arts)
    mean = lambda v: 100 * sum(v) / max(len(v), 1)
    f_of = lambda a, flag: next((s["r1f"] for s in a if s[flag]), None)
    print(f"{n} articles; ROUGE-1 F of one sentence against the headline")
    print(f"LEAD-1 {mean([a[0]['r1f'] for a in arts]):.2f}   muhtasari one pick "
          f"{mean([f_of(a, 'pick1') for a in arts]):.2f}")
    groups = collections.defaultdict(list)
    for a in arts:
        at = next((i for i, s in enumerate(a) if s["anchor3"]), None)
        kind = "none" if at is None else "sentence 0" if at == 0 else "moved"
        anchored = a[at]["r1f"] if at is not None else f_of(a, "pick1")
        groups[kind].append((a[0]["r1f"], anchored, f_of(a, "pick1")))
    print("(a) where the three-pick anchor lands; mean R1 F of sentence 0 / the anchor / the one pick:")
    every = []
    for kind in ("sentence 0", "moved", "none"):
        g = groups[kind]
        every += g
        print(f"    {kind:<11} {len(g):>3} articles: {mean([x[0] for x in g]):6.2f} "
              f"{mean([x[1] for x in g]):6.2f} {mean([x[2] for x in g]):6.2f}")
    print(f"    the anchor as the one pick would score {mean([x[1] for x in every]):.2f}")
    best = lambda a, k=None, alone=True: max(
        [s["r1f"] for s in a[:k] if s["stands"] or not alone] or [a[0]["r1f"]])
    print(f"(b) oracle: any sentence {mean([best(a, alone=False) for a in arts]):.2f}; "
          f"stand-alone {mean([best(a) for a in arts]):.2f}; stand-alone among the first "
          + ", ".join(f"{k}: {mean([best(a, k) for a in arts]):.2f}" for k in (2, 3, 5)))
    learned(arts)
    tuned(arts)
    rules_and_lede(arts)


if __name__ == "__main__":
    main()
