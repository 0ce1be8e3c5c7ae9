"""The editor's evaluation of three picks on MasakhaNEWS Swahili dev, in one run:

    cargo build --release --example sumeval
    python3 eval/summarize_editor.py [../shared/eval/masakhanews/dev.tsv] [--no-cv] [--grid-new]
        [--config FILE] [--fit-cover] [--grid-only NAME,NAME]

(a) ROUGE-1 recall against the headline of muhtasari's 3 picks beside LEAD-3 on the same
sentence units (and of the held-out picks of 5-fold cross-validation, unless --no-cv; with
--grid-new the tuner moves only the stand-alone picker's weights; --config starts from a
summariser config file, e.g. one with `anchor_lede: false` for the picker before the lede
anchor; --fit-cover refits the cover model on each fold's training articles, --grid-only
tunes only the weights named);
(b) unusable picks per 100, by type, from the independent detector
`eval/summarize_unusable.py` (not the summariser's own test); (c) how often the picks are
exactly LEAD-3. Skips (exit 0) when the data file is absent."""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "eval"))
import summarize_unusable  # noqa: E402


def main():
    argv = sys.argv[1:]
    config = []
    if "--config" in argv:
        at = argv.index("--config")
        if at + 1 >= len(argv):
            sys.exit("--config needs a file")
        config = ["--config", argv[at + 1]]
        del argv[at : at + 2]
    if "--grid-only" in argv:
        at = argv.index("--grid-only")
        if at + 1 >= len(argv):
            sys.exit("--grid-only needs weight names")
        config += ["--grid-only", argv[at + 1]]
        del argv[at : at + 2]
    args = [a for a in argv if not a.startswith("--")]
    cv = "--no-cv" not in sys.argv
    data = args[0] if args else os.path.join(ROOT, "..", "shared", "eval", "masakhanews", "dev.tsv")
    if not os.path.exists(data):
        print(f"skipped: {data} not found (../shared absent)")
        return
    exe = os.path.join(ROOT, "target", "release", "examples", "sumeval")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "picks.jsonl")
        cmd = [exe, data, "--editor", out] + (["--cv"] if cv else [])
        cmd += ["--grid-new"] if "--grid-new" in sys.argv else []
        cmd += ["--fit-cover"] if "--fit-cover" in sys.argv else []
        cmd += config
        subprocess.run(cmd, check=True)
        with open(out, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
    print("\nunusable picks (independent detector, eval/summarize_unusable.py):")
    summarize_unusable.print_table(rows, list(rows[0]["picks"]))


if __name__ == "__main__":
    main()
