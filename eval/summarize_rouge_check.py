"""Cross-checks muhtasari's Rust ROUGE against Google's rouge_score on every summary of the
dev set. Usage:
    cargo run --release --example sumeval -- ../shared/eval/masakhanews/dev.tsv --dump /tmp/s.tsv
    python3 eval/summarize_rouge_check.py /tmp/s.tsv
Needs `pip install rouge-score`. Exits non-zero on any difference above 1e-5."""
import csv
import sys

from rouge_score import rouge_scorer


def main(path):
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=False)
    worst = 0.0
    n = 0
    with open(path, encoding="utf-8") as f:
        rows = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in rows:
            s = scorer.score(row["reference"], row["candidate"])
            for key in ("rouge1", "rouge2", "rougeL"):
                worst = max(worst, abs(s[key].fmeasure - float(row[key])))
            n += 1
    print(f"{n} summaries compared; largest |rust - rouge_score| F difference: {worst:.2e}")
    sys.exit(0 if n > 0 and worst < 1e-5 else 1)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/sumeval_scores.tsv")
