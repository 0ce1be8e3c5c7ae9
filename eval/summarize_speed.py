"""Speed of muhtasari against sumy's LexRank on the MasakhaNEWS Swahili dev set, in one run.

    cargo build --release --example sumeval
    python3 eval/summarize_speed.py [../shared/eval/masakhanews/dev.tsv]

sumy is fed pre-split sentences (a regex split, not timed) and a regex word tokeniser, so no
NLTK data is needed; it picks 3 sentences per article with LexRank (null stemmer, the
project's stopword list). muhtasari is timed by `sumeval --speed`: the summarize stage alone
(scoring and picking 3 from the sentence features), features + summarize (word tokens,
glossary keys, names, numbers from the segmented and term-matched article, then picking),
and the whole path from raw text (segmentation and glossary matching too). Both report words per second
over the same articles (words counted by each side; the counts are printed). Needs
`pip install sumy pyyaml`. Skips (exit 0) when the data file is absent."""
import csv
import os
import re
import subprocess
import sys
import time

import yaml
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import null_stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class RegexTokenizer:
    """What sumy's Sentence needs of a tokenizer: words of a sentence."""

    language = "swahili"

    def to_words(self, text):
        return re.findall(r"\w+(?:['’-]\w+)*", text)

    def to_sentences(self, text):
        return [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


def read_rows(path):
    csv.field_size_limit(10**9)
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    # Read as muhtasari reads a TSV table: quoted cells unquoted, `\n` escapes decoded.
    return [r["text"].replace("\\n", "\n") for r in rows]


def main(path):
    if not os.path.exists(path):
        print(f"note: {path} is absent; skipped")
        return
    texts = read_rows(path)
    tok = RegexTokenizer()
    docs = []
    words = 0
    for t in texts:
        sents = [Sentence(s, tok) for s in tok.to_sentences(t)]
        docs.append(ObjectDocumentModel([Paragraph(sents)]))
        words += len(tok.to_words(t))
    stop = yaml.safe_load(open(os.path.join(ROOT, "glossary/lang/stopwords.yaml")))["stopwords"]
    lex = LexRankSummarizer(null_stemmer)
    lex.stop_words = stop
    start = time.perf_counter()
    picked = sum(len(lex(d, 3)) for d in docs)
    sumy_secs = time.perf_counter() - start
    sumy_wps = words / sumy_secs
    print(f"sumy LexRank: {len(docs)} articles, {words} words in {sumy_secs:.3f} s "
          f"= {sumy_wps:.0f} words/s ({picked} sentences picked)")

    exe = os.path.join(ROOT, "target/release/examples/sumeval")
    out = subprocess.run([exe, path, "--speed", "3"], check=True, capture_output=True,
                         text=True, cwd=ROOT).stdout
    print(out.rstrip())
    for label, pattern in [
        ("summarize (score + pick, from features)", r"stage summarize \(score \+ pick 3\).*= (\d+) words/s"),
        ("features + summarize (from segmented text)", r"stage features \+ summarize.*= (\d+) words/s"),
        ("full path from raw text", r"full path.*= (\d+) words/s"),
    ]:
        ours = float(re.search(pattern, out).group(1))
        print(f"muhtasari {label}: {ours:.0f} words/s = {ours / sumy_wps:.0f}x sumy LexRank")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "../shared/eval/masakhanews/dev.tsv"))
