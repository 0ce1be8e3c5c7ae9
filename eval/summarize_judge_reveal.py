"""Blind judging of three-sentence selections: reads the judges' rankings back and reveals
which system was which (the packets come from eval/summarize_judge_prepare.py).

    python3 eval/summarize_judge_reveal.py KEY_DIR/key.json judgments-01-j1.tsv [more.tsv ...]

(each judge's filled copy of a packet's form, `judgments-NN-JUDGE.tsv`; the blank forms
have no judge and are skipped if given)

Each judgments TSV has the header `judge packet item A B C D unusable note` (tab-separated;
A-D are ranks, 1 best, equal ranks for ties; `unusable` lists picks as letter + sentence
number, e.g. "B2 D3"). Rows without a judge or with a missing rank are reported and skipped.

Prints, per system, over every (judge, item) judged:
  mean rank        ties get the mean of the places they share (1, 1, 3, 4 -> 1.5, 1.5, 3, 4),
                   so every judgment sums to 10 whatever the ties;
  first (tied)     judgments where the system has the best rank, alone or tied;
  first alone      judgments where it alone has the best rank;
  unusable         picks the judges marked unusable, and per 100 picks judged;
and muhtasari against LEAD-3 and TextRank head to head (better / tie / worse), per judge
and overall, and the number of judges and items."""
import csv
import json
import sys
from collections import defaultdict


def fractional(ranks):
    """Ranks as given (ties equal) -> the mean place each tie group occupies."""
    order = sorted(ranks)
    out = {}
    for r in set(ranks):
        places = [p + 1 for p, x in enumerate(order) if x == r]
        out[r] = sum(places) / len(places)
    return [out[r] for r in ranks]


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: summarize_judge_reveal.py key.json judgments.tsv [...]")
    with open(sys.argv[1], encoding="utf-8") as f:
        key = json.load(f)
    systems = key["systems"]
    rank_sum = defaultdict(float)
    first_tied = defaultdict(int)
    first_alone = defaultdict(int)
    bad = defaultdict(int)
    judged = 0
    judges = set()
    items = set()
    h2h = {o: defaultdict(lambda: [0, 0, 0]) for o in ("lead3", "textrank")}
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8", newline="") as f:
            for n, row in enumerate(csv.DictReader(f, delimiter="\t"), 2):
                judge = (row.get("judge") or "").strip()
                packet = (row.get("packet") or "").strip().zfill(2)
                item = (row.get("item") or "").strip()
                try:
                    ranks = [int(row[x]) for x in "ABCD"]
                    letters = key["packets"][packet][item]["letters"]
                except (KeyError, ValueError, TypeError):
                    print(f"{path}:{n}: skipped (no judge, rank or item): {row}", file=sys.stderr)
                    continue
                if not judge:
                    print(f"{path}:{n}: skipped (no judge)", file=sys.stderr)
                    continue
                judged += 1
                judges.add(judge)
                items.add((packet, item))
                places = fractional(ranks)
                best = min(ranks)
                by_system = {}
                for letter, r, p in zip("ABCD", ranks, places):
                    s = letters[letter]
                    by_system[s] = r
                    rank_sum[s] += p
                    if r == best:
                        first_tied[s] += 1
                        if ranks.count(best) == 1:
                            first_alone[s] += 1
                for mark in (row.get("unusable") or "").split():
                    letter = mark[:1].upper()
                    if letter in letters:
                        bad[letters[letter]] += 1
                for other in h2h:
                    a, b = by_system["muhtasari"], by_system[other]
                    cell = h2h[other][judge]
                    cell[0 if a < b else 1 if a == b else 2] += 1
    if not judged:
        sys.exit("no judgments read")
    print(f"{judged} judgments: {len(judges)} judges, {len(items)} items")
    print(f"{'system':<10} {'mean rank':>9} {'first (tied)':>13} {'first alone':>12} {'unusable':>9} {'per 100':>8}")
    for s in sorted(systems, key=lambda s: rank_sum[s]):
        print(
            f"{s:<10} {rank_sum[s] / judged:>9.2f} {first_tied[s]:>13} {first_alone[s]:>12}"
            f" {bad[s]:>9} {100.0 * bad[s] / (3 * judged):>8.2f}"
        )
    for other, per_judge in h2h.items():
        total = [sum(c[i] for c in per_judge.values()) for i in range(3)]
        each = "; ".join(f"{j} {c[0]}/{c[1]}/{c[2]}" for j, c in sorted(per_judge.items()))
        print(f"muhtasari vs {other}: better/tie/worse {total[0]}/{total[1]}/{total[2]} ({each})")


if __name__ == "__main__":
    main()
