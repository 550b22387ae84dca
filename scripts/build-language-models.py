#!/usr/bin/env python3
"""Builds Tolk's language-identification model (lexicons/language/model.bin) from real, licensed text.

Usage:
    python3 scripts/build-language-models.py [--data ../shared/data] [--out lexicons/language]
                                            [--holdout]   # leave the tuning texts out (for tune-language-models.py)

Environment: Python 3.10+ with `pip install wordfreq==3.1.1` (frequency lists, CC BY-SA 4.0), and the Debian
packages hunspell-tools, hunspell-da, hunspell-no, hunspell-sv, hunspell-is, myspell-fo, myspell-et (installed by
this script with apt-get when missing; run as root or with sudo). The data folder is the team's shared/data
(FLORES-200 devtest, SIB-200, NTREX-128 for nob/nno/swe/deu/nld/isl/fin/fao only, Europarl da-en). The lingua test
data is never read here. Output is deterministic for the same inputs.

Model: for each language a word-frequency distribution (corpus counts mixed with wordfreq frequencies), from which
(1) character n-grams of orders 1-5 over space-padded lower-case words and (2) the most frequent words get
log-probabilities. Each value is stored as its distance above a floor shared by all languages (1/8 nat steps), so an
absent entry costs nothing at run time. See lexicons/language/README.md for the binary layout.
"""
import argparse, gzip, math, os, struct, subprocess, sys, unicodedata, zlib
from collections import Counter

LANGS = ["da", "nb", "nn", "sv", "en", "de", "nl", "is", "fo", "fi", "fr", "es", "it", "pt", "pl", "et", "lv", "lt"]
FLORES = {"da": "dan", "nb": "nob", "nn": "nno", "sv": "swe", "en": "eng", "de": "deu", "nl": "nld", "is": "isl",
          "fo": "fao", "fi": "fin"}
NTREX = {"nb": "nob", "nn": "nno", "sv": "swe", "de": "deu", "nl": "nld", "is": "isl", "fi": "fin", "fo": "fao"}
HUNSPELL = {"da": "da_DK", "nb": "nb_NO", "nn": "nn_NO", "sv": "sv_SE", "is": "is_IS", "fo": "fo", "et": "et_EE"}
STEMS_ONLY = {"et"}          # unmunched Estonian has ~15 million forms: its dictionary stems are enough
DEBIAN = ["hunspell-tools", "hunspell-da", "hunspell-no", "hunspell-sv", "hunspell-is", "myspell-fo", "myspell-et"]
# Sibling pairs whose hunspell lists decide which web-frequency words belong to which written standard.
SIBLINGS = {"da": ["nb", "nn", "sv"], "nb": ["nn", "da", "sv"], "nn": ["nb", "da", "sv"], "sv": ["da", "nb", "nn"]}
WORDFREQ_TOP = 120000        # word types taken from each wordfreq list
NGRAM_WORDS = 120000         # most frequent word types whose n-grams are counted
WORDS_KEPT = {"core": 60000, "other": 20000}
LEXICON_FORMS = 400000       # spelling-list forms used where a language has no frequency list
CORE = {"da", "nb", "nn", "sv", "en", "de", "nl", "is", "fi", "fo"}
ORDERS = 5
NGRAMS_KEPT = [0, 1000, 4000, 12000, 20000, 24000]   # most probable n-grams kept per language and order
STEP = 8.0                   # quantization steps per nat
NGRAM_FLOOR_MASS = 0.3       # pseudo-count of an unseen n-gram, per million n-grams of mass
WORD_FLOOR = math.log(2e-8)  # log-probability of a word a language's list does not hold
FNV_OFFSET, FNV_PRIME, MASK = 0xcbf29ce484222325, 0x100000001b3, (1 << 64) - 1
WORD_TAG = 0x01              # first byte hashed before a whole word, so words and n-grams never share a key


def fnv(data: bytes, h: int = FNV_OFFSET) -> int:
    for b in data:
        h = ((h ^ b) * FNV_PRIME) & MASK
    return h


def fold(word: str) -> str:
    """Lower-cases scalar by scalar with the simple mapping (as ICU u_tolower does in Tolk)."""
    out = []
    for ch in word:
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out)


def words_of(text: str):
    """Maximal runs of letters (and combining marks), lower-cased, as Tolk's detector tokenizes."""
    text = unicodedata.normalize("NFC", text)
    cur = []
    for ch in text:
        if ch.isalpha() or unicodedata.category(ch).startswith("M"):
            cur.append(ch)
        elif cur:
            yield fold("".join(cur)); cur = []
    if cur:
        yield fold("".join(cur))


def ensure_debian():
    missing = [p for p in DEBIAN if subprocess.run(["dpkg-query", "-W", "-f=${Status}", p], capture_output=True,
                                                     text=True).stdout.find("install ok installed") < 0]
    if missing:
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True)
        subprocess.run(sudo + ["env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq"] + missing,
                       check=True)


def hunspell_forms(lang):
    name = HUNSPELL.get(lang)
    if not name:
        return set()
    base = f"/usr/share/hunspell/{name}"
    enc = "utf-8"
    with open(base + ".aff", "rb") as f:
        for line in f:
            if line.startswith(b"SET "):
                enc = line.split()[1].decode().lower().replace("iso8859", "iso-8859"); break
    if lang in STEMS_ONLY:
        out = open(base + ".dic", "rb").read()
    else:
        out = subprocess.run(["unmunch", base + ".dic", base + ".aff"], capture_output=True).stdout
    forms = set()
    for line in out.decode(enc, errors="replace").splitlines():
        w = line.strip().split("/")[0]
        if w and w.isalpha():
            forms.add(fold(w))
    return forms


def corpus_lines(lang, data, holdout):
    """Sentences of real text in `lang` from the allowed shared sets; (training lines, held-out lines)."""
    train, held = [], []
    code = FLORES.get(lang)
    if code:
        train += open(f"{data}/flores200-devtest/devtest/{code}_Latn.devtest", encoding="utf-8").read().splitlines()
        seen = set(train)
        for split in ("train", "dev", "test"):
            for row in open(f"{data}/sib200-flores-topics/{code}_Latn/{split}.tsv", encoding="utf-8").read().splitlines()[1:]:
                text = row.split("\t")[-1]
                if text not in seen:
                    seen.add(text); train.append(text)
    if lang in NTREX:
        lines = open(f"{data}/ntrex128-news/NTREX-128/newstest2019-ref.{NTREX[lang]}.txt", encoding="utf-8").read().splitlines()
        if holdout:
            held += lines
        else:
            train += lines
    if lang in ("da", "en"):
        with gzip.open(f"{data}/europarl-da-en/europarl.da-en.{lang}.gz", "rt", encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i >= 300000:
                    break
                if i % 3 == 0:                   # a third of the proceedings is plenty and keeps the build quick
                    (held if holdout and i >= 270000 else train).append(line.rstrip("\n"))
    return train, held


def distribution(counts: Counter):
    total = sum(counts.values())
    return {w: c / total for w, c in counts.items()} if total else {}


def mix(parts):
    """Weighted mixture of word distributions [(weight, dist)], renormalized over the parts present."""
    parts = [(w, d) for w, d in parts if d]
    z = sum(w for w, _ in parts)
    out = Counter()
    for w, d in parts:
        for word, p in d.items():
            out[word] += w / z * p
    return out


def build_distributions(data, holdout):
    import wordfreq
    forms = {l: hunspell_forms(l) for l in HUNSPELL}
    dists, held_out = {}, {}
    for lang in LANGS:
        train, held = corpus_lines(lang, data, holdout)
        held_out[lang] = held
        counts = Counter(w for line in train for w in words_of(line))
        web = {}
        source = {"nn": "nb"}.get(lang, lang)
        if source in wordfreq.available_languages() and lang != "fo":
            top = wordfreq.top_n_list(source, WORDFREQ_TOP)
            freq = [(fold(w), wordfreq.word_frequency(w, source)) for w in top if w.isalpha()]
            web = Counter()
            for w, f in freq:
                web[w] += f
            web_total = sum(web.values())
            if lang in SIBLINGS:
                own = forms[lang]
                others = set().union(*(forms[s] for s in SIBLINGS[lang] if s in forms))
                # Keep a web word for this standard unless a sibling's spelling list has it and ours does not.
                web = Counter({w: f for w, f in web.items() if w in own or w not in others})
            # Divide by the unfiltered total: a word shared by siblings keeps the same probability in each, and
            # the mass of dropped words is not handed to the words that stay.
            web = {w: f / web_total for w, f in web.items()}
        lexicon = {}
        if lang in ("fo", "et") and lang in forms:      # spelling lists are these languages' main vocabulary
            # A deterministic sample (by hash) of at most LEXICON_FORMS forms.
            kept = sorted(forms[lang], key=lambda w: (zlib.crc32(w.encode()), w))[:LEXICON_FORMS]
            lexicon = {w: 1.0 / len(kept) for w in kept}
        # A small corpus (FLORES/SIB/NTREX, ~30,000 tokens) over-rates the rare words it happens to hold: trust it less.
        corpus_weight = 0.5 if sum(counts.values()) >= 500000 else 0.25
        dists[lang] = mix([(corpus_weight, distribution(counts)), (0.5, web), (0.15, lexicon)])
        print(f"{lang}: {len(train)} lines, {sum(counts.values())} tokens, {len(web)} web words, "
              f"{len(lexicon)} spelling forms", file=sys.stderr)
    return dists, held_out


def ngram_table(dist):
    """Order-n n-gram probabilities from a word distribution: {order: {ngram: p}}."""
    grams = [Counter() for _ in range(ORDERS + 1)]
    for word, p in sorted(dist.items(), key=lambda kv: -kv[1])[:NGRAM_WORDS]:
        padded = " " + word + " "
        for i in range(len(padded)):
            for n in range(1, ORDERS + 1):
                if i + n > len(padded):
                    break
                g = padded[i:i + n]
                if g != " ":
                    grams[n][g] += p
    return [distribution(g) for g in grams]


def quantize(logp, floor):
    q = int(round((logp - floor) * STEP))
    return min(q, 255) if q > 0 else 0


def build_entries(dists):
    """{key hash: {lang index: q}} for n-grams and words."""
    entries = {}
    floors = [math.log(NGRAM_FLOOR_MASS * 1e-6)] * (ORDERS + 1)
    for li, lang in enumerate(LANGS):
        table = ngram_table(dists[lang])
        for n in range(1, ORDERS + 1):
            top = sorted(table[n].items(), key=lambda kv: (-kv[1], kv[0]))[:NGRAMS_KEPT[n]]
            for g, p in top:
                q = quantize(math.log(p), floors[n])
                if q:
                    entries.setdefault(fnv(g.encode()), {})[li] = q
        kept = WORDS_KEPT["core" if lang in CORE else "other"]
        for w, p in sorted(dists[lang].items(), key=lambda kv: (-kv[1], kv[0]))[:kept]:
            q = quantize(math.log(p), WORD_FLOOR)
            if q:
                entries.setdefault(fnv(w.encode(), fnv(bytes([WORD_TAG]))), {})[li] = q
        print(f"{lang}: {len(entries)} entries so far", file=sys.stderr)
    return entries


def write_model(entries, path):
    """Layout (little-endian): magic 'TOLKLID1', u32 language count, u32 slot count (power of two),
    u32 postings byte count, language codes (count x 4 bytes, NUL-padded), slots (u32 key check, u32 postings
    offset + 1, 0 = empty), postings (u8 n, then n x (u8 language index, u8 value))."""
    slots = 1
    while slots < len(entries) * 1.6:
        slots <<= 1
    keys = [0] * slots
    offsets = [0] * slots
    postings = bytearray()
    for h in sorted(entries):
        i = h & (slots - 1)
        while offsets[i]:
            i = (i + 1) & (slots - 1)
        keys[i] = h >> 32
        offsets[i] = len(postings) + 1
        row = sorted(entries[h].items())
        postings.append(len(row))
        for li, q in row:
            postings += bytes([li, q])
    with open(path, "wb") as f:
        f.write(b"TOLKLID1")
        f.write(struct.pack("<III", len(LANGS), slots, len(postings)))
        for lang in LANGS:
            f.write(lang.encode().ljust(4, b"\0"))
        slot_bytes = bytearray(8 * slots)
        for i in range(slots):
            struct.pack_into("<II", slot_bytes, 8 * i, keys[i], offsets[i])
        f.write(slot_bytes)
        f.write(postings)
    print(f"{path}: {len(entries)} entries, {slots} slots, {len(postings)} posting bytes", file=sys.stderr)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(here, "..", "..", "shared", "data"))
    ap.add_argument("--out", default=os.path.join(here, "..", "lexicons", "language"))
    ap.add_argument("--holdout", action="store_true")
    args = ap.parse_args()
    ensure_debian()
    dists, held = build_distributions(args.data, args.holdout)
    os.makedirs(args.out, exist_ok=True)
    write_model(build_entries(dists), os.path.join(args.out, "model.bin"))
    if args.holdout:
        with open(os.path.join(args.out, "heldout.tsv"), "w", encoding="utf-8") as f:
            for lang in LANGS:
                for line in held[lang]:
                    f.write(f"{lang}\t{line}\n")


if __name__ == "__main__":
    main()
