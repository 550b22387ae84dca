#!/usr/bin/env python3
"""Build lexicons/match/word-vectors.bin: a cross-language word space for Danish and English (cross-language
latent semantic indexing, Dumais et al. 1997).

Every aligned sentence pair is one column of a term x pair matrix whose rows are the Danish and the English
stems (Snowball, the same algorithms as TolkLexicon's Stemmer), weighted log(1 + tf) x idf. A truncated SVD of
that matrix puts a Danish word and its English translations near each other: they occur in the same columns.
A word's vector is its row of U S, normalised to length 1 and quantised to int8.

Sources (see lexicons/match/README.md): Europarl v7 da-en lines 20,000-300,000 (the statement model is fitted on
the first 20,000 lines and on FLORES-200 devtest, so none of its training text is in the word space) and the
SIB-200 sentences that are FLORES-200 dev (not devtest). Never NTREX, realnews-dev, MUSE or Tatoeba.

Environment (build time only):
    python3 -m venv --system-site-packages /tmp/venv && /tmp/venv/bin/pip install PyStemmer numpy scipy
Usage:
    /tmp/venv/bin/python scripts/build-word-vectors.py --data ../shared/data [--out lexicons/match/word-vectors.bin]

Tokens: the text lower-cased, maximal runs of letters (Python `[^\\W\\d_]+`, Swift `Character.isLetter`) of two
letters or more, each stemmed. The build is deterministic (fixed random seed; numpy's LAPACK).

Format (little-endian): magic `TOLKVEC1`; u32 dimensions; u32 word count; u32 source word count (the first
words are source-language stems, the rest target-language stems); 2 bytes source language, 2 bytes target
language (ASCII); then per word: u8 idf in steps of 1/16 nat, u8 byte length, the stem's UTF-8; then the vectors,
word count x dimensions int8 (a unit vector times 127); last, u64 FNV-1a 64 of every byte before it.
"""
import argparse
import gzip
import os
import re
import struct
import sys

import numpy as np
import scipy.sparse as sparse
import Stemmer

TOKEN = re.compile(r"[^\W\d_]+")


def tokens(text, stemmer):
    return stemmer.stemWords([t for t in TOKEN.findall(text.lower()) if len(t) >= 2])


def pairs(data, start, stop):
    folder = os.path.join(data, "europarl-da-en")
    with gzip.open(os.path.join(folder, "europarl.da-en.da.gz"), "rt", encoding="utf-8") as fd, \
         gzip.open(os.path.join(folder, "europarl.da-en.en.gz"), "rt", encoding="utf-8") as fe:
        for n, (d, e) in enumerate(zip(fd, fe)):
            if n >= stop:
                break
            if n >= start and d.strip() and e.strip():
                yield d, e
    devtest = set(open(os.path.join(data, "flores200-devtest", "devtest", "eng_Latn.devtest"),
                       encoding="utf-8").read().splitlines())
    sib = os.path.join(data, "sib200-flores-topics")
    for split in ("train", "dev", "test"):
        da = {}
        for line in open(os.path.join(sib, "dan_Latn", split + ".tsv"), encoding="utf-8").read().splitlines()[1:]:
            index, _, text = line.split("\t", 2)
            da[index] = text
        for line in open(os.path.join(sib, "eng_Latn", split + ".tsv"), encoding="utf-8").read().splitlines()[1:]:
            index, _, text = line.split("\t", 2)
            if index in da and text not in devtest:
                yield da[index], text


def fnv1a64(data):
    h = 0xCBF29CE484222325
    for b in data:
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--out", default="lexicons/match/word-vectors.bin")
    parser.add_argument("--start", type=int, default=20000)
    parser.add_argument("--stop", type=int, default=300000)
    parser.add_argument("--dimensions", type=int, default=128)
    parser.add_argument("--words", type=int, default=30000, help="most frequent stems kept per language")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--power", type=float, default=0.5, help="vectors are U S^power")
    parser.add_argument("--skip", type=int, default=0, help="leading singular directions left out")
    parser.add_argument("--save-npz", help="also save U, S, the words and idf (for trying settings)")
    parser.add_argument("--from-npz", help="write the file from a saved decomposition instead of the corpus")
    args = parser.parse_args()

    if args.from_npz:
        saved = np.load(args.from_npz)
        write(args, saved["u"], saved["s"], saved["idf"], int(saved["offset"]), [str(w) for w in saved["words"]])
        return
    stemmers = (Stemmer.Stemmer("danish"), Stemmer.Stemmer("english"))
    columns = []
    for d, e in pairs(args.data, args.start, args.stop):
        columns.append((tokens(d, stemmers[0]), tokens(e, stemmers[1])))
    n = len(columns)
    print(f"{n} sentence pairs", file=sys.stderr)

    vocab = []
    df_all = []
    for side in (0, 1):
        df = {}
        for column in columns:
            for word in set(column[side]):
                df[word] = df.get(word, 0) + 1
        kept = sorted((w for w, c in df.items() if c >= args.min_count), key=lambda w: (-df[w], w))
        kept = [w for w in kept if len(w.encode("utf-8")) <= 255][:args.words]
        vocab.append({w: i for i, w in enumerate(kept)})
        df_all.append(df)
    offset = len(vocab[0])
    total = offset + len(vocab[1])
    idf = np.zeros(total)
    for side in (0, 1):
        base = 0 if side == 0 else offset
        for w, i in vocab[side].items():
            idf[base + i] = np.log(n / df_all[side][w])
    rows, cols, vals = [], [], []
    for j, column in enumerate(columns):
        for side in (0, 1):
            base = 0 if side == 0 else offset
            counts = {}
            for word in column[side]:
                i = vocab[side].get(word)
                if i is not None:
                    counts[base + i] = counts.get(base + i, 0) + 1
            for i, c in sorted(counts.items()):
                rows.append(i)
                cols.append(j)
                vals.append(np.log1p(c) * idf[i])
    matrix = sparse.csr_matrix((np.array(vals, dtype=np.float64), (rows, cols)), shape=(total, n))
    print(f"{total} words ({offset} source), {matrix.nnz} entries", file=sys.stderr)

    # Randomized truncated SVD (Halko, Martinsson, Tropp 2011) with a fixed seed.
    k = args.dimensions + args.skip
    rng = np.random.default_rng(1)
    omega = rng.standard_normal((n, k + 20))
    y = matrix @ omega
    q, _ = np.linalg.qr(y)
    for _ in range(4):
        z, _ = np.linalg.qr(matrix.T @ q)
        q, _ = np.linalg.qr(matrix @ z)
    b = (matrix.T @ q).T
    ub, s, _ = np.linalg.svd(b, full_matrices=False)
    u = q @ ub[:, :k]
    s = s[:k]
    # Sign convention, so that the same data gives the same bytes: each column's largest entry is positive.
    signs = np.sign(u[np.argmax(np.abs(u), axis=0), np.arange(k)])
    u *= signs
    words = [w for w, _ in sorted(vocab[0].items(), key=lambda x: x[1])] + \
            [w for w, _ in sorted(vocab[1].items(), key=lambda x: x[1])]
    if args.save_npz:
        np.savez(args.save_npz, u=u, s=s, idf=idf, offset=offset, words=np.array(words))
    write(args, u, s, idf, offset, words)


def write(args, u, s, idf, offset, words):
    """Writes the vectors U S^power of the chosen directions, unit length, as int8, with the words and idf."""
    u, s, k = u[:, args.skip:args.skip + args.dimensions], s[args.skip:args.skip + args.dimensions], args.dimensions
    total = len(words)
    vectors = u * (s ** args.power)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1
    vectors /= norms
    quantised = np.clip(np.rint(vectors * 127), -127, 127).astype(np.int8)

    out = bytearray()
    out += b"TOLKVEC1"
    out += struct.pack("<III", k, total, offset)
    out += b"da" + b"en"
    for i, w in enumerate(words):
        encoded = w.encode("utf-8")
        out += struct.pack("<BB", min(int(round(idf[i] * 16)), 255), len(encoded))
        out += encoded
    out += quantised.tobytes()
    out += struct.pack("<Q", fnv1a64(out))
    tmp = args.out + ".tmp"
    with open(tmp, "wb") as handle:
        handle.write(out)
    os.replace(tmp, args.out)
    print(f"wrote {args.out}: {len(out)} bytes, {total} words x {k}", file=sys.stderr)


if __name__ == "__main__":
    main()
