#!/usr/bin/env python3
"""Train the QA severity model (src/qa/model.tsv) on the dev halves of the QA sets.

Reads target/qa-eval/<corpus>.features.jsonl (written by
`cargo run --release --example qa_features`): every candidate issue of every published and
planted pair, with its check's own severity and its features (named in src/qa/model.rs).

Labels: an issue of a published pair is a negative (a false alarm, or a real divergence of
the published text); an issue of a planted pair that its published pair does not have is a
positive (it points at the planted error). One L2-regularised logistic regression per
modelled check (terms, names, negation, length), on standardised features.

The training data is --train: corpus:half items (default the dev halves of all three
corpora; `half` is eval/qa_sets.py's fixed split, "all" takes a whole corpus). It reports
5-fold cross-validated figures on the training data (folds are blocks of ten pairs by a
hash, so an article's sentences stay together; a published pair and its planted copies are
always in the same fold), first at one threshold for all checks, then with a threshold per
check chosen greedily on the cross-validated predictions: the highest mean catch over the
planted kinds whose cross-validated false-alarm rate is at most --fa (default 0.05). It
then reports, with the model trained on all the training data, each corpus's dev and
held-out test halves. The word-association table the features read (src/qa/assoc.tsv) is
learned from TICO's dev half (examples/qa_assoc.rs), so no learned part saw a test half.

--catch 0.95 adds the other question: per check, the highest threshold at which the
cross-validated catch of its kinds (negation for negation, name for names, clause for
length) reaches the given share, and the false alarms at that threshold on the test halves.

--per-corpus holds each corpus's cross-validated false alarms at --fa instead of the pooled
rate (the floor is per corpus).

Usage: python3 eval/qa_train.py [--train flores:dev,tico:dev,lafand:dev] [--dir target/qa-eval]
                                [--fa 0.05] [--per-corpus] [--catch 0.95] [--write src/qa/model.tsv]
"""
import argparse, hashlib, json, math, os, sys

import numpy as np

MODELLED = ["terms", "names", "negation", "length"]
KINDS = ["number", "negation", "term", "name", "month", "clause"]
FEATURES = None  # read from the first line's vector length; names from model.rs


def feature_names():
    src = open(os.path.join(os.path.dirname(__file__), "..", "src", "qa", "model.rs")).read()
    block = src[src.index("pub const FEATURES"):]
    block = block[block.index("[", block.index("=")) + 1:block.index("];")]
    return [w.strip().strip('"') for w in block.split(",") if w.strip()]


def load(path, corpus):
    """Published issues by (corpus, i), and the planted pairs with "i" made (corpus, i)."""
    pub, planted = {}, []
    with open(path) as fh:
        for line in fh:
            r = json.loads(line)
            r["i"] = (corpus, r["i"])
            if r["set"] == "published":
                pub[r["i"]] = r["issues"]
            else:
                planted.append(r)
    return pub, planted


def halves(dir_, corpus):
    """eval/qa_sets.py's split: pair index -> "dev" or "test"."""
    out = {}
    with open(os.path.join(dir_, f"{corpus}.published.jsonl")) as fh:
        for line in fh:
            r = json.loads(line)
            out[r["i"]] = r.get("half", "dev")
    return out


def select(corpora, half_of, spec):
    """The published and planted pairs of `spec` (corpus:half items), keyed by (corpus, i)."""
    want = [tuple(x.split(":")) if ":" in x else (x, "all") for x in spec]
    keep = lambda key: any(key[0] == c and (h == "all" or half_of[c][key[1]] == h) for c, h in want)
    pub, planted = {}, []
    for c, (p, q) in corpora.items():
        pub.update({k: v for k, v in p.items() if keep(k)})
        planted.extend(r for r in q if keep(r["i"]))
    return pub, planted


def rows(pub, planted, keep):
    """(check, x, y) of the modelled issues of pairs whose index passes `keep`."""
    out = []
    for i, issues in pub.items():
        if keep(i):
            for it in issues:
                if it["check"] in MODELLED and it["sev"] != "info":
                    out.append((it["check"], it["x"], 0))
    for r in planted:
        if not keep(r["i"]):
            continue
        base = {it["key"] for it in pub.get(r["i"], [])}
        for it in r["issues"]:
            if it["check"] in MODELLED and it["sev"] != "info" and it["key"] not in base:
                out.append((it["check"], it["x"], 1))
    return out


def fit(data, l2=1.0, iters=60):
    """Per check: weights on raw features (standardisation folded in)."""
    models = {}
    for check in MODELLED:
        xs = np.array([x for c, x, _ in data if c == check], dtype=float)
        ys = np.array([y for c, _, y in data if c == check], dtype=float)
        if len(xs) == 0 or ys.min() == ys.max():
            continue
        mu, sd = xs.mean(0), xs.std(0)
        mu[0], sd[0] = 0.0, 1.0
        sd[sd == 0] = 1.0
        z = (xs - mu) / sd
        w = np.zeros(z.shape[1])
        reg = np.full(z.shape[1], l2)
        reg[0] = 0.0
        for _ in range(iters):  # Newton's method
            p = 1 / (1 + np.exp(-z @ w))
            g = z.T @ (p - ys) + reg * w
            h = (z * (p * (1 - p))[:, None]).T @ z + np.diag(reg + 1e-9)
            step = np.linalg.solve(h, g)
            w -= step
            if np.abs(step).max() < 1e-8:
                break
        raw = w / sd
        raw[0] = w[0] - (w[1:] * mu[1:] / sd[1:]).sum()
        models[check] = raw
    return models


def prob(models, it):
    w = models.get(it["check"])
    if w is None or it["sev"] == "info":
        return None
    z = float(np.dot(w, it["x"]))
    return 1 / (1 + math.exp(-max(-50, min(50, z))))


def errors(issues, models, t, probs=None):
    """Error keys of a pair; `t` is one threshold or a threshold per check."""
    out = set()
    for k, it in enumerate(issues):
        p = probs[k] if probs is not None else prob(models, it)
        if p is None:
            if it["sev"] == "error":
                out.add(it["key"])
        elif p >= (t[it["check"]] if isinstance(t, dict) else t):
            out.add(it["key"])
    return out


def score(pub, planted, predict, t, per_corpus=False):
    """False-alarm rate on published pairs and catch per kind, as qaeval counts them. With
    `per_corpus`, the false-alarm rate is the highest of the corpora's (the floor is per
    corpus)."""
    base = {i: errors(iss, None, t, predict(i, iss)) for i, iss in pub.items()}
    fa = sum(1 for s in base.values() if s) / max(1, len(base))
    if per_corpus:
        by = {}
        for i, s in base.items():
            n = by.setdefault(i[0], [0, 0])
            n[0] += bool(s)
            n[1] += 1
        fa = max(a / b for a, b in by.values())
    caught = {k: [0, 0] for k in KINDS}
    for r in planted:
        e = errors(r["issues"], None, t, predict(r["i"], r["issues"]))
        c = caught[r["set"]]
        c[1] += 1
        c[0] += bool(e - base.get(r["i"], set()))
    return fa, {k: (c[0] / c[1] if c[1] else float("nan"), c[1]) for k, c in caught.items()}


def rule(i, issues):
    return [None] * len(issues)


def fmt(fa, caught):
    return f"FA {100 * fa:5.1f}% | " + " ".join(
        f"{k} {100 * v:5.1f}" for k, (v, n) in caught.items() if n)


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--train", default="flores:dev,tico:dev,lafand:dev")
    a.add_argument("--catch", type=float, default=None)
    a.add_argument("--dir", default="target/qa-eval")
    a.add_argument("--fa", type=float, default=0.05)
    a.add_argument("--per-corpus", action="store_true",
                   help="hold each corpus's cross-validated false alarms at --fa, not the pooled rate")
    a.add_argument("--write", default=None)
    a.add_argument("--folds", type=int, default=5)
    args = a.parse_args()
    names = feature_names()
    corpora, half_of = {}, {}
    for c in ["flores", "tico", "lafand"]:
        p = os.path.join(args.dir, f"{c}.features.jsonl")
        if os.path.exists(p):
            corpora[c] = load(p, c)
            half_of[c] = halves(args.dir, c)
        else:
            print(f"skipped: {p} not found (run the qa_features example)")
    spec = [x for x in args.train.split(",") if x]
    if any(x.split(":")[0] not in corpora for x in spec):
        sys.exit(f"no features for {args.train}")
    pub, planted = select(corpora, half_of, spec)
    fold = lambda key: hashlib.sha256(f"fold:{key[0]}:{key[1] // 10}".encode()).digest()[0] % args.folds
    # Cross-validated probabilities for every issue of the training corpus.
    cv = {}
    for f in range(args.folds):
        m = fit(rows(pub, planted, lambda i: fold(i) != f))
        for i, iss in pub.items():
            if fold(i) == f:
                cv[("p", i)] = [prob(m, it) for it in iss]
        for k, r in enumerate(planted):
            if fold(r["i"]) == f:
                cv[("q", k)] = [prob(m, it) for it in r["issues"]]
    pid = {id(r): k for k, r in enumerate(planted)}
    issues_key = {}
    for i, iss in pub.items():
        issues_key[id(iss)] = ("p", i)
    for k, r in enumerate(planted):
        issues_key[id(r["issues"])] = ("q", k)
    cvpred = lambda i, iss: cv[issues_key[id(iss)]]
    print(f"## Trained on {args.train}: {len(pub)} published pairs, {len(planted)} planted")
    print(f"rule severities (no model):       {fmt(*score(pub, planted, rule, 0.5))}")
    grid = [round(x, 2) for x in np.arange(0.30, 0.96, 0.05)] + [0.99]
    print(f"{args.folds}-fold cross-validated, one threshold for every check:")
    for t in grid:
        fa, caught = score(pub, planted, cvpred, t)
        mean = np.mean([v for v, n in caught.values() if n])
        print(f"  t={t:.2f}  {fmt(fa, caught)}  (mean catch {100 * mean:.1f})")
    # A threshold per check, chosen greedily on the cross-validated predictions: start
    # with every check at the top of the grid, and lower the one whose step buys the most
    # mean catch per point of false alarms, while the false alarms stay at or under --fa.
    mean_of = lambda c: np.mean([v for v, n in c.values() if n])
    t = {c: grid[-1] for c in MODELLED}
    pc = args.per_corpus
    fa, caught = score(pub, planted, cvpred, t, pc)
    cur = mean_of(caught)
    while True:
        best = None
        for c in MODELLED:
            lower = [g for g in grid if g < t[c]]
            for g in lower:
                t2 = dict(t, **{c: g})
                fa2, caught2 = score(pub, planted, cvpred, t2, pc)
                if fa2 > args.fa:
                    continue
                gain = mean_of(caught2) - cur
                if gain <= 0:
                    continue
                rate = gain / max(fa2 - fa, 1e-4)
                if best is None or rate > best[0]:
                    best = (rate, t2, fa2, caught2)
        if best is None:
            break
        _, t, fa, caught = best
        cur = mean_of(caught)
    best_t = t
    print("chosen thresholds: " + ", ".join(f"{c} {v}" for c, v in t.items())
          + f" (greedy, cross-validated FA <= {args.fa:.0%}"
          + (" in each corpus)" if pc else ")"))
    print(f"  cross-validated: {fmt(fa, caught)}  (mean catch {100 * cur:.1f})")
    model = fit(rows(pub, planted, lambda i: True))
    full = lambda i, iss: [prob(model, it) for it in iss]
    for c in corpora:
        for h in ["dev", "test"]:
            tag = f"{c}:{h}" + (" (trained on)" if f"{c}:{h}" in spec or c in spec else " (held out)")
            p2, q2 = select(corpora, half_of, [f"{c}:{h}"])
            print(f"{tag}: rule   {fmt(*score(p2, q2, rule, 0.5))}")
            print(f"{' ' * len(tag)}  model  {fmt(*score(p2, q2, full, best_t))}")
    if args.catch:
        # Per check, the highest threshold whose cross-validated catch of its kind reaches
        # --catch (other checks at the chosen thresholds), then the false alarms it costs.
        kind_of = {"negation": "negation", "names": "name", "length": "clause", "terms": "term"}
        fine = [round(x, 3) for x in np.arange(0.01, 1.0, 0.01)]
        for c, kind in kind_of.items():
            reach = None
            for g in sorted(fine, reverse=True):
                fa2, caught2 = score(pub, planted, cvpred, dict(best_t, **{c: g}))
                if caught2[kind][0] >= args.catch:
                    reach = (g, fa2, caught2[kind][0])
                    break
            if reach is None:
                print(f"{c}: no threshold reaches {args.catch:.0%} cross-validated {kind} catch")
                continue
            g, fa2, cv_catch = reach
            line = f"{c} at {g:.2f}: cross-validated {kind} catch {100 * cv_catch:.1f}, FA {100 * fa2:.1f}%"
            for corp in corpora:
                p2, q2 = select(corpora, half_of, [f"{corp}:test"])
                fa3, caught3 = score(p2, q2, full, dict(best_t, **{c: g}))
                line += f" | {corp}:test {kind} {100 * caught3[kind][0]:.1f}, FA {100 * fa3:.1f}%"
            print(line)
    if args.write:
        with open(args.write, "w") as fh:
            fh.write(f"# QA severity model: written by eval/qa_train.py --train {args.train}\n")
            fh.write(f"# (trained on those halves of the QA sets built by eval/qa_sets.py; logistic\n")
            fh.write("# regression per check; features in src/qa/model.rs). Do not edit by hand.\n")
            for check, v in best_t.items():
                fh.write(f"threshold\t{check}\t{v}\n")
            for check, w in model.items():
                for name, v in zip(names, w):
                    fh.write(f"{check}\t{name}\t{v:.6g}\n")
        print(f"wrote {args.write}")


if __name__ == "__main__":
    main()
