#!/usr/bin/env bash
# Peak memory (max resident set, from /usr/bin/time -v) and wall time of `brief` on the two
# large inputs of issue 18, in HTML, Markdown and JSON:
#   - a 40,000-item RSS feed just under the default 10 MiB input limit, made here from
#     made-up Swahili sentences (a fixed seed: every run makes the same feed);
#   - a 10,000-article day, made by the daily bench from the MasakhaNEWS dev set
#     (`DAILY_WRITE`; skipped, with a note, when ../shared is absent).
# The goal is under 500 MB for each. Inputs and outputs go to a temporary folder, removed
# at the end (MEM_KEEP=DIR keeps them there instead).
#   bash eval/memory.sh [BINARY]          # default: target/release/muhtasari, built here
set -euo pipefail
bin=${1:-}
if [ -z "$bin" ]; then
  cargo build --release --quiet --bin muhtasari
  bin=target/release/muhtasari
fi
if [ -n "${MEM_KEEP:-}" ]; then
  tmp=$MEM_KEEP
  mkdir -p "$tmp"
else
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
fi

if [ ! -s "$tmp/feed.rss" ]; then
  python3 - "$tmp/feed.rss" <<'EOF'
import datetime, email.utils, random, sys
from xml.sax.saxutils import escape
rng = random.Random(18)
who = ["Waziri wa afya", "Mkuu wa mkoa", "Rais", "Mwenyekiti wa chama", "Mkurugenzi wa shule",
       "Kocha wa timu ya taifa", "Msemaji wa polisi", "Gavana wa benki kuu", "Mbunge wa jimbo",
       "Katibu wa wizara"]
did = ["amezindua mradi wa maji safi", "ametangaza bajeti mpya ya elimu",
       "amefungua hospitali ya wilaya", "amesema bei ya mafuta itashuka",
       "ameahidi barabara mpya ya lami", "amekutana na wakulima wa kahawa",
       "amewapongeza wachezaji kwa ushindi", "ameonya kuhusu mvua kubwa",
       "amezungumza na waandishi wa habari", "amefanya ziara ya kukagua miradi"]
where = ["Arusha", "Dodoma", "Mwanza", "Mombasa", "Kisumu", "Zanzibar", "Tanga", "Mbeya",
         "Nairobi", "Kigoma", "Morogoro", "Iringa"]
when = ["jana", "leo asubuhi", "wiki hii", "Jumatatu", "mwishoni mwa wiki", "mwezi uliopita"]
more = ["Wananchi wengi walihudhuria mkutano huo.", "Mradi huo utagharimu shilingi bilioni {n}.",
        "Watu {n} wamenufaika na huduma hiyo.", "Serikali itatoa taarifa zaidi kesho.",
        "Wakazi wa eneo hilo wamefurahi sana.", "Kazi hiyo itakamilika ndani ya miezi {n}.",
        "Viongozi wa dini pia walikuwepo.", "Mvua imeharibu mashamba ya mahindi."]
out = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<rss version=\"2.0\"><channel>",
       "<title>Habari za Kumbukumbu</title><link>https://h.example/</link>",
       "<description>Habari zilizotungwa kwa majaribio</description>"]
def day(i):
    return datetime.datetime(2025, 7, 1 + i % 28, 8, tzinfo=datetime.timezone.utc)
for i in range(40000):
    w, d, p, t = rng.choice(who), rng.choice(did), rng.choice(where), rng.choice(when)
    body = f"{w} {d} mjini {p} {t}. " + rng.choice(more).format(n=rng.randint(2, 900))
    out.append(f"<item><title>{escape(w)}, {p}</title>"
               f"<pubDate>{email.utils.format_datetime(day(i))}</pubDate>"
               f"<description>{escape(body)}</description></item>")
out.append("</channel></rss>")
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(out) + "\n")
EOF
fi
if [ ! -s "$tmp/day.jsonl" ]; then
  if [ -d ../shared/eval ]; then
    DAILY_WRITE="$tmp/day.jsonl" cargo bench --quiet --bench daily >/dev/null 2>&1
  else
    echo "skipped: ../shared not found, so no 10,000-article day"
  fi
fi

measure() { # input, format, extra options
  local input=$1 format=$2
  shift 2
  /usr/bin/time -v "$bin" brief "$input" -q --format "$format" -o "$tmp/out.$format" "$@" \
    2>"$tmp/time.log" || { cat "$tmp/time.log"; return 1; }
  local rss wall size
  rss=$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2 / 1024}' "$tmp/time.log")
  wall=$(awk -F': ' '/Elapsed/ {print $2}' "$tmp/time.log")
  size=$(stat -c %s "$tmp/out.$format")
  printf '%-14s %-5s peak %5s MB  wall %8s  output %10s bytes\n' \
    "$(basename "$input")" "$format" "$rss" "$wall" "$size"
}
echo "feed: $(stat -c %s "$tmp/feed.rss") bytes, $(grep -c '<item>' "$tmp/feed.rss") items"
for f in html md json; do measure "$tmp/feed.rss" "$f"; done
if [ -s "$tmp/day.jsonl" ]; then
  echo "day: $(stat -c %s "$tmp/day.jsonl") bytes, $(wc -l < "$tmp/day.jsonl") articles"
  for f in html md json; do measure "$tmp/day.jsonl" "$f" --max-bytes 100000000; done
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
