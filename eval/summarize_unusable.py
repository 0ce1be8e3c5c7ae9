"""An independent detector of summary picks an editor cannot use, for any system's picks.

It shares no code, no word list and no threshold with the summariser's own stand-alone
test (src/summarize/standalone.rs, context.rs): it was written apart from it, from the
failure patterns an editor names, so a count made with it can fail. A pick is UNUSABLE for
the first of these rules that holds (sentence i of the article, P the set of picks):

1. question     - its text, closing quotes and brackets stripped, ends with "?", or it opens
                  on "Je" or a question word (Kwa nini, Nani, Nini, Lini, Wapi, Vipi, Ni nani,
                  Ni nini). Not counted in an interview: an article where at least a quarter of
                  the sentences are questions.
2. dangling     - sentence i-1 is not in P and the pick opens on
                  (a) a connective (OPENERS below: Na, Pia, Vilevile, Lakini, Hata hivyo,
                      Kwa hiyo, Zaidi ya hayo, Baadaye, Hatimaye, ...), or
                  (b) a pronoun or demonstrative (Yeye, Wao, Hii, Hilo, Hayo, Huyo, ...), or
                  (c) a finite verb with only a subject marker for its subject: the first word
                      matches a/wa/i/li/ya/ki/vi/zi/u + li/me/na/ta/ka, or a negative subject
                      (ha, hawa, hai, ...) + ku/ja/ta, then at least three letters,
                      is not a relative form (-ye-/-o-/-po-... after the tense), is not one
                      of the nouns that look like it (NOUN_LIKE) and is not an impersonal
                      passive of class 9 before kuwa/kwamba ("Inakadiriwa kuwa": it is
                      estimated that), or
                  (d) a noun followed by an "-o" demonstrative (huyo, hiyo, hilo, huo, hao,
                      hayo, hicho, hizo, hivyo) among its first five words whose noun (first
                      four letters) appears in no earlier pick.
3. unattributed - sentence i-1 is not in P, the pick holds a quote (quote marks: " “ ” ''
                  or it opens on a quote mark) or a third-person verb of saying (-sema,
                  -ongeza, -eleza, -sisitiza, -dai, -bainisha), and no capitalised word stands
                  outside the quote marks except its first word (which names the speaker
                  only when the verb of saying follows it at once: "Juma alisema").
4. near-repeat  - 75% or more of its content words (four letters or more, not in STOP,
                  compared on their first five letters) are in one earlier pick.
5. fragment     - fewer than 6 words, or it does not end as a sentence ends (. ! ? … or a
                  closing quote after one; a bracketed source after the mark, as gossip
                  columns name theirs, "… wiki. (Mirror)", is part of the ending), or it
                  ends on ":".

Usage as a module: `unusable(sentences, picks) -> {index: rule}`; as a script it reads the
JSON lines of `sumeval --editor FILE` and prints the counts per system:

    python3 eval/summarize_unusable.py picks.jsonl
"""
import json
import re
import sys

OPENERS = [
    "na", "pia", "vilevile", "vile vile", "lakini", "aidha", "hata hivyo", "hatahivyo",
    "hivyo", "hivyo basi", "kwa hiyo", "kwa hivyo", "kwa sababu hiyo", "zaidi ya hayo",
    "zaidi ya hapo", "mbali na hayo", "mbali na hilo", "juu ya hayo", "pamoja na hayo",
    "kutokana na hayo", "kutokana na hilo", "licha ya hayo", "licha ya hilo", "isitoshe",
    "kadhalika", "halikadhalika", "ingawa", "ingawaje", "japo", "japokuwa", "badala yake",
    "kisha", "baadaye", "hatimaye", "wakati huo", "wakati huohuo", "kwa upande wake", "kwa upande wao",
    "kwa upande mwingine", "baada ya hapo", "baada ya hayo", "hapo ndipo", "ndipo",
    "ndiyo sababu", "ndio sababu", "ila", "bali", "au", "ama", "wala",
]
PRONOUNS = {
    "yeye", "wao", "sisi", "huyu", "hawa", "hii", "hili", "haya", "hiki", "hivi", "huu",
    "hizi", "huyo", "hao", "hiyo", "hilo", "hayo", "hicho", "hivyo", "huo", "hizo", "hapo",
    "hapa", "humo", "huko",
}
# Pronoun-like openers that are time or place adverbs when followed by these words.
ADVERB_AFTER = {
    "hivi": {"karibuni", "sasa", "leo"},
    "hapo": {"awali", "zamani", "kabla"},
    "hapa": {"nchini"},
    "huko": None,  # "Huko Kenya": any capitalised next word
}
NOUN_LIKE = re.compile(
    r"^(wana|walimu|wakati|wakazi|wakala|utafiti|utalii|utamaduni|utaratibu|utawala|"
    r"ilani|umaskini|yamkini|alama|amani|ukame|umeme|wilaya|imani|ikulu|kikao|kikosi|"
    r"vikao|vikosi|ziara|zilizopita|zimbabwe|akina|alikadhalika)"
)
VERB_OPENER = re.compile(
    r"^((a|wa|i|li|ya|ki|vi|zi|u)(li|me|na|ta|ka)|(ha|hawa|hai|hali|haya|haki|havi|hazi|hau)"
    r"(ku|ja|ta))(?!ye|o|po|ko|mo|cho|vyo|lo|yo|zo)[a-z]{3,}$"
)
QUESTION_OPENERS = re.compile(
    r"^(je|kwa nini|kwanini|nani|nini|lini|wapi|vipi|ni nani|ni nini|ni vipi)\b", re.I
)
DEMONSTRATIVE_O = {"huyo", "hiyo", "hilo", "huo", "hao", "hayo", "hicho", "hizo", "hivyo"}
SPEECH = re.compile(r"\b(a|wa|i|li)(li|me|na|ta)?(ku)?(sema|ongeza|ongezea|eleza|sisitiza|dai|bainisha)\b")
QUOTE_MARKS = re.compile(r"[\"“”«»]|''")
STOP = {
    "kwamba", "kuwa", "katika", "kwenye", "pamoja", "baada", "kabla", "hiyo", "hilo", "huyo",
    "hayo", "wake", "yake", "wao", "yao", "zao", "lake", "sana", "zaidi", "pia", "lakini",
    "ambao", "ambaye", "ambayo", "ambapo", "hata", "hivyo", "kama", "kwa", "bila", "mbali",
    "tena", "sasa", "hapa", "huku", "wakati", "kila", "nyingine", "wengine", "mwingine",
    "alisema", "amesema", "wamesema", "walisema", "anasema", "wanasema",
}
WORD = re.compile(r"[\w'’-]+", re.U)


def words(text):
    return WORD.findall(text)


def first_words(text, n):
    ws = [w.lower().strip("'’-") for w in words(text)[:n]]
    return " ".join(ws)


def is_question(text):
    t = text.rstrip().rstrip("\"”’'»)] ")
    return t.endswith("?") or bool(QUESTION_OPENERS.match(text.lstrip("\"“‘'« ")))


def opener_dangles(text):
    ws = [w.lower() for w in words(text)]
    if not ws:
        return None
    head = " ".join(ws[:4])
    for o in OPENERS:
        if head == o or head.startswith(o + " "):
            # "Zaidi ya watu 100" and "Hata watoto" stand alone: only the listed phrases count.
            return "connective"
    w0 = ws[0]
    if w0 in PRONOUNS:
        nxt = ws[1] if len(ws) > 1 else ""
        if w0 in ADVERB_AFTER:
            allowed = ADVERB_AFTER[w0]
            raw = words(text)
            if allowed is None and len(raw) > 1 and raw[1][:1].isupper():
                return None
            if allowed and nxt in allowed:
                return None
        return "pronoun"
    # "Inakadiriwa kuwa …", "Inaelezwa kwamba …": impersonal ("it is estimated that").
    impersonal = w0.startswith("i") and w0.endswith(("wa", "kana")) and len(ws) > 1 and ws[1] in ("kuwa", "kwamba")
    if VERB_OPENER.match(w0) and not NOUN_LIKE.match(w0) and not impersonal:
        return "subjectless verb"
    return None


def demonstrative_unbound(text, earlier):
    ws = [w.lower() for w in words(text)[:5]]
    for j in range(1, len(ws)):
        if ws[j] in DEMONSTRATIVE_O and len(ws[j - 1]) >= 3 and ws[j - 1] not in PRONOUNS:
            stem = ws[j - 1][:4]
            if not any(stem in w.lower() for e in earlier for w in words(e)):
                return True
    return False


def unattributed(text):
    has_quote = bool(QUOTE_MARKS.search(text)) or text.lstrip()[:1] in "\"“‘'«"
    if not has_quote and not SPEECH.search(text.lower()):
        return False
    # Words outside quote marks, the first word of the sentence left out.
    outside = QUOTE_MARKS.split(text)[0::2]
    tokens = [w for part in outside for w in words(part)]
    first = words(text)[:1]
    if first and tokens and tokens[0] == first[0]:
        # The first word names the speaker when a verb of saying follows it at once.
        if first[0][:1].isupper() and len(tokens) > 1 and SPEECH.fullmatch(tokens[1].lower()):
            return False
        tokens = tokens[1:]
    return not any(w[:1].isupper() for w in tokens)


def content(text):
    return {w.lower()[:5] for w in words(text) if len(w) >= 4 and w.lower() not in STOP}


SOURCE_TAG = re.compile(r"(?<=[.!?…])\s*\([^()]{1,60}\)$")


def is_fragment(text):
    t = text.rstrip()
    if len(words(t)) < 6 or t.endswith(":"):
        return True
    # A gossip item names its source after its full stop: `… wiki. (Mirror)` is whole.
    t = SOURCE_TAG.sub("", t)
    t2 = t.rstrip("\"”’'»)] ")
    return not (t2.endswith((".", "!", "?", "…")) or t.endswith(("\"", "”", "’", "''")))


def unusable(sentences, picks):
    """{sentence index: rule} for the picks an editor cannot use (see the module doc)."""
    picks = sorted(picks)
    chosen = set(picks)
    questions = sum(is_question(s) for s in sentences)
    interview = len(sentences) > 0 and questions >= 0.25 * len(sentences)
    out = {}
    for n, i in enumerate(picks):
        text = sentences[i]
        earlier = [sentences[j] for j in picks[:n]]
        before = (i - 1) in chosen
        if is_question(text) and not interview:
            out[i] = "question"
        elif not before and (opener_dangles(text) or demonstrative_unbound(text, earlier)):
            out[i] = "dangling"
        elif not before and unattributed(text):
            out[i] = "unattributed"
        elif any(
            content(text) and len(content(text) & content(e)) >= 0.75 * len(content(text))
            for e in earlier
        ):
            out[i] = "near-repeat"
        elif is_fragment(text):
            out[i] = "fragment"
    return out


RULES = ["question", "dangling", "unattributed", "near-repeat", "fragment"]


def tally(rows, system):
    """(picks, unusable, {rule: count}) of one system over the articles."""
    picks = bad = 0
    by = {r: 0 for r in RULES}
    for row in rows:
        p = row["picks"][system]
        picks += len(p)
        for rule in unusable(row["sentences"], p).values():
            bad += 1
            by[rule] += 1
    return picks, bad, by


def print_table(rows, systems):
    print(f"{'system':<14} {'picks':>6} {'unusable':>9} {'per 100':>8}  " + "  ".join(RULES))
    for s in systems:
        picks, bad, by = tally(rows, s)
        per = 100.0 * bad / max(picks, 1)
        counts = "  ".join(f"{by[r]:>{len(r)}}" for r in RULES)
        print(f"{s:<14} {picks:>6} {bad:>9} {per:>8.2f}  {counts}")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: summarize_unusable.py picks.jsonl (from sumeval --editor)")
    with open(sys.argv[1], encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    print_table(rows, list(rows[0]["picks"]) if rows else [])


if __name__ == "__main__":
    main()
