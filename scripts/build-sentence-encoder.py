#!/usr/bin/env python3
"""Build lexicons/match/sentence-encoder.bin: a trained cross-language sentence encoder for Danish and English.

A sentence's vector is the weighted sum of its words' vectors, normalised to length 1; two sentences' cosine says
how much of what they say is the same. A word's vector is the mean of its Snowball stem's vector (when the stem is
known) and the vectors of the hashed character n-grams of the stem (so unseen words, names and Danish compounds
get a vector, and a name spelt alike in both languages meets itself); a run of digits is one hashed token. Each
word is weighted by its stem's idf.

The vectors are trained as a dual encoder with an in-batch contrastive loss (InfoNCE, both directions) over
translation pairs. A batch is made of blocks of consecutive lines of one debate, so the other sentences of a
block, which share its topic words, are the hard negatives: the space has to tell what a sentence says, not only
what it is about. Positives are made paraphrase-like: words dropped on one side (a shorter rendering, dropped
modifiers) and a sentence of another debate added to one side (one side adds a fact). Two harder kinds are options,
off by default (docs/MEASURED.md, eighth round: tried, not shipped): `--add-near` adds a sentence of the same debate
(a same-topic fact), `--drop-both` drops words on both sides.

Sources (see lexicons/match/README.md): Europarl v7 da-en lines 20,000-300,000 (the statement model is fitted on
the first 20,000 lines and on FLORES-200 devtest, so none of its training text is in the encoder) and the SIB-200
sentences that are FLORES-200 dev (not devtest). Never NTREX, realnews-dev, MUSE or Tatoeba.

Environment (build time only):
    python3 -m venv --system-site-packages /tmp/venv && /tmp/venv/bin/pip install PyStemmer numpy scipy
Usage:
    /tmp/venv/bin/python scripts/build-sentence-encoder.py --data ../shared/data [--out lexicons/match/sentence-encoder.bin]

Tokens: the text lower-cased; maximal runs of letters (Python `[^\\W\\d_]`, Swift `Character.isLetter`) of two
letters or more, each stemmed; maximal runs of digits. N-grams: of `<` + stem + `>`, 3 to 5 Unicode scalars, the
bucket FNV-1a 64 of the n-gram's UTF-8 modulo the bucket count; a digit run's bucket is that of `#` + digits.
The build is deterministic (fixed random seed, one thread).

Format (little-endian): magic `TOLKENC1`; u32 dimensions; u32 word count; u32 source word count (the first words
are source-language stems, the rest target-language stems); u32 bucket count; 2 bytes source language, 2 bytes
target language (ASCII); u8 smallest and u8 largest n-gram length; u8 idf of an unknown source stem, of an
unknown target stem and of a digit run (all idf bytes in steps of 1/16 nat); u8 0; then per word: u8 idf, u8 byte
length, the stem's UTF-8; then (word count + bucket count) rows, each an f32 scale and dimensions int8 (the row's
vector is scale x the int8 values); last, u64 FNV-1a 64 of every byte before it.
"""
import argparse
import gzip
import os
import re
import struct
import sys
import time

import numpy as np
import scipy.sparse as sparse
import Stemmer

TOKEN = re.compile(r"[^\W\d_]+|\d+")


def fnv1a64(data):
    h = 0xCBF29CE484222325
    for b in data:
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def ngrams(stem, low, high):
    marked = "<" + stem + ">"
    out = []
    for n in range(low, high + 1):
        for i in range(0, len(marked) - n + 1):
            out.append(marked[i:i + n])
    return out


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


class Side:
    """One language's tokens: distinct surface tokens, their stems, and per sentence the token ids."""

    def __init__(self, language):
        self.stemmer = Stemmer.Stemmer(language)
        self.surface = {}     # token -> id
        self.stem_of = []     # id -> stem (None for a digit run)
        self.digits = []      # id -> digit string or None
        self.sentences = []   # list of token-id lists

    def add(self, text):
        ids = []
        for token in TOKEN.findall(text.lower()):
            if token.isdigit():
                key = "#" + token
            elif len(token) >= 2:
                key = token
            else:
                continue
            index = self.surface.get(key)
            if index is None:
                index = len(self.stem_of)
                self.surface[key] = index
                if key.startswith("#"):
                    self.stem_of.append(None)
                    self.digits.append(token)
                else:
                    self.stem_of.append(self.stemmer.stemWord(token))
                    self.digits.append(None)
            ids.append(index)
        self.sentences.append(ids)


def with_added(W, Wa, Wb, rows, side, added):
    """Each chosen row (`rows`) gets the sentence `added` of its language added on one side (`side` True: the
    target side), as a fact one side reports and the other does not; returns the two sides' new matrices."""
    for s, which in ((0, ~side), (1, side)):
        chosen = (rows & which).astype(np.float32)
        addition = sparse.diags(chosen) @ W[s][added]
        if s == 0:
            Wa = (Wa + addition).tocsr()
        else:
            Wb = (Wb + addition).tocsr()
    return Wa, Wb


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--out", default="lexicons/match/sentence-encoder.bin")
    parser.add_argument("--start", type=int, default=20000)
    parser.add_argument("--stop", type=int, default=300000)
    parser.add_argument("--dimensions", type=int, default=64)
    parser.add_argument("--words", type=int, default=30000, help="most frequent stems kept per language")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--buckets", type=int, default=1 << 15)
    parser.add_argument("--unknown-idf", type=float, default=8.0,
                        help="idf of a stem the vocabulary lacks (names, rare words), in nats")
    parser.add_argument("--min-n", type=int, default=3)
    parser.add_argument("--max-n", type=int, default=5)
    parser.add_argument("--epochs", type=float, default=3)
    parser.add_argument("--block", type=int, default=16, help="consecutive lines per block of a batch")
    parser.add_argument("--blocks", type=int, default=16, help="blocks per batch")
    parser.add_argument("--temperature", type=float, default=0.05)
    parser.add_argument("--rate", type=float, default=0.05)
    parser.add_argument("--drop", type=float, default=0.5, help="share of positives with words dropped on one side")
    parser.add_argument("--add", type=float, default=0.15, help="share of positives with another sentence added")
    parser.add_argument("--add-near", type=float, default=0.0,
                        help="share of positives with another sentence of the same block (same debate) added to one side")
    parser.add_argument("--drop-both", type=float, default=0.0,
                        help="share of the word-dropped positives that lose words on both sides")
    parser.add_argument("--check", help="FLORES devtest folder: report da->en retrieval after each epoch")
    parser.add_argument("--save-npz", help="also save the float vectors and tables")
    args = parser.parse_args()
    rng = np.random.default_rng(1)
    started = time.process_time()

    sides = (Side("danish"), Side("english"))
    for d, e in pairs(args.data, args.start, args.stop):
        sides[0].add(d)
        sides[1].add(e)
    keep = [i for i in range(len(sides[0].sentences))
            if 3 <= len(sides[0].sentences[i]) <= 100 and 3 <= len(sides[1].sentences[i]) <= 100]
    n = len(keep)
    print(f"{n} sentence pairs kept of {len(sides[0].sentences)}", file=sys.stderr)

    # Vocabulary: stems with their document frequency, per language.
    vocab, idf, unknown_idf = [], [], []
    for side in sides:
        df = {}
        for i in keep:
            for stem in {side.stem_of[t] for t in side.sentences[i] if side.stem_of[t] is not None}:
                df[stem] = df.get(stem, 0) + 1
        kept = sorted((w for w, c in df.items() if c >= args.min_count), key=lambda w: (-df[w], w))
        kept = [w for w in kept if len(w.encode("utf-8")) <= 255][:args.words]
        vocab.append({w: i for i, w in enumerate(kept)})
        idf.append({w: min(np.log(n / df[w]), 15.9) for w in kept})
        unknown_idf.append(args.unknown_idf)
    digit_idf = 4.0
    offset = len(vocab[0])
    words = offset + len(vocab[1])
    rows = words + args.buckets
    print(f"{words} stems ({offset} source), {args.buckets} buckets, {args.dimensions} dimensions", file=sys.stderr)

    # Quantise idf as the file stores it, so training sees what Swift computes.
    def q(value):
        return min(int(round(value * 16)), 255) / 16

    def bucket(text):
        return words + fnv1a64(text.encode("utf-8")) % args.buckets

    def features(side_index, stem, digits):
        """(row, weight) of a token's feature rows, weights summing to 1."""
        if digits is not None:
            return [(bucket("#" + digits), 1.0)]
        grams = [bucket(g) for g in ngrams(stem, args.min_n, args.max_n)]
        known = vocab[side_index].get(stem)
        out = []
        if known is not None:
            out.append((known + (0 if side_index == 0 else offset), 0.5))
            share = 0.5 / len(grams)
        else:
            share = 1.0 / len(grams)
        out.extend((g, share) for g in grams)
        return out

    def token_weight(side_index, stem, digits):
        if digits is not None:
            return q(digit_idf)
        known = idf[side_index].get(stem)
        return q(known) if known is not None else q(unknown_idf[side_index])

    # G: token -> feature rows; W: sentence -> tokens, both sides stacked (side 1's tokens after side 0's).
    g_rows, g_cols, g_vals, token_w = [], [], [], []
    token_base = [0, len(sides[0].stem_of)]
    for s, side in enumerate(sides):
        for t, (stem, digits) in enumerate(zip(side.stem_of, side.digits)):
            for col, weight in features(s, stem, digits):
                g_rows.append(token_base[s] + t)
                g_cols.append(col)
                g_vals.append(weight)
            token_w.append(token_weight(s, stem, digits))
    tokens = token_base[1] + len(sides[1].stem_of)
    G = sparse.csr_matrix((np.array(g_vals, dtype=np.float32), (g_rows, g_cols)), shape=(tokens, rows))
    G.sum_duplicates()
    token_w = np.array(token_w, dtype=np.float32)

    def sentence_matrix(side_index, lists):
        r, c, v = [], [], []
        for i, ids in enumerate(lists):
            for t in ids:
                r.append(i)
                c.append(token_base[side_index] + t)
                v.append(token_w[token_base[side_index] + t])
        m = sparse.csr_matrix((np.array(v, dtype=np.float32), (r, c)), shape=(len(lists), tokens))
        m.sum_duplicates()
        return m

    W = [sentence_matrix(s, [sides[s].sentences[i] for i in keep]) for s in (0, 1)]
    print(f"tokens {tokens}, G nnz {G.nnz}, W nnz {W[0].nnz + W[1].nnz}; "
          f"{time.process_time() - started:.0f} s CPU", file=sys.stderr)

    E = (rng.standard_normal((rows, args.dimensions)) * 0.1).astype(np.float32)
    accumulated = np.full(rows, 1e-6, dtype=np.float32)
    tau = args.temperature

    def encode(Wb):
        """Sentence vectors of the rows of Wb, with what the gradient needs."""
        used_tokens = np.unique(Wb.indices)
        Wc = Wb[:, used_tokens]
        Gc = G[used_tokens]
        used_rows = np.unique(Gc.indices)
        Gcc = Gc[:, used_rows]
        V = Gcc @ E[used_rows]
        S = Wc @ V
        norms = np.linalg.norm(S, axis=1, keepdims=True) + 1e-8
        return S / norms, (Wc, Gcc, used_rows, norms)

    def backward(dU, U, cache, grads):
        Wc, Gcc, used_rows, norms = cache
        dS = (dU - U * np.sum(U * dU, axis=1, keepdims=True)) / norms
        dV = Wc.T @ dS
        dE = Gcc.T @ dV
        grads.append((used_rows, dE))

    def check():
        if not args.check:
            return
        da = open(os.path.join(args.check, "dan_Latn.devtest"), encoding="utf-8").read().splitlines()
        en = open(os.path.join(args.check, "eng_Latn.devtest"), encoding="utf-8").read().splitlines()
        sd, se = Side("danish"), Side("english")
        # Score with the trained tables: tokens of the check text map through the same features.
        vecs = []
        for s, side, texts in ((0, sd, da), (1, se, en)):
            for text in texts:
                side.add(text)
            mat = np.zeros((len(texts), args.dimensions), dtype=np.float32)
            cache = {}
            for i, ids in enumerate(side.sentences):
                for t in ids:
                    if t not in cache:
                        f = features(s, side.stem_of[t], side.digits[t])
                        cache[t] = token_weight(s, side.stem_of[t], side.digits[t]) * \
                            sum(w * E[c] for c, w in f)
                    mat[i] += cache[t]
            mat /= np.linalg.norm(mat, axis=1, keepdims=True) + 1e-8
            vecs.append(mat)
        sims = vecs[0] @ vecs[1].T
        p1 = np.mean(np.argmax(sims, axis=1) == np.arange(len(da)))
        print(f"  FLORES devtest da->en retrieval P@1 {p1:.3f}", file=sys.stderr)

    batch = args.block * args.blocks
    steps = int(args.epochs * n / batch)
    starts_max = n - args.block
    for step in range(steps):
        starts = rng.integers(0, starts_max, size=args.blocks)
        index = (starts[:, None] + np.arange(args.block)[None, :]).ravel()
        Wa, Wb = W[0][index], W[1][index]
        # Paraphrase-like positives: words dropped on one side; another debate's sentence added to one side.
        drop_rows = rng.random(batch) < args.drop
        drop_side = rng.random(batch) < 0.5
        # (drawn only when asked for, so that the default build draws what it always drew)
        both = rng.random(batch) < args.drop_both if args.drop_both > 0 else np.zeros(batch, dtype=bool)
        for Wx, which in ((Wa, ~drop_side | both), (Wb, drop_side | both)):
            chosen = drop_rows & which
            row_of = np.repeat(np.arange(batch), np.diff(Wx.indptr))
            mask = (rng.random(Wx.nnz) >= rng.uniform(0.15, 0.4)) | ~chosen[row_of]
            Wx.data *= mask
        add_rows = rng.random(batch) < args.add
        add_side = rng.random(batch) < 0.5
        extra = rng.integers(0, n, size=batch)
        Wa, Wb = with_added(W, Wa, Wb, add_rows, add_side, extra)
        if args.add_near > 0:
            # A same-topic fact added to one side: another sentence of the same block.
            near_rows = rng.random(batch) < args.add_near
            near_side = rng.random(batch) < 0.5
            shift = rng.integers(1, args.block, size=batch)
            near = (np.arange(batch) // args.block) * args.block + (np.arange(batch) % args.block + shift) % args.block
            Wa, Wb = with_added(W, Wa, Wb, near_rows, near_side, index[near])
        Ua, ca = encode(Wa)
        Ub, cb = encode(Wb)
        logits = Ua @ Ub.T / tau
        row = np.exp(logits - logits.max(axis=1, keepdims=True))
        row /= row.sum(axis=1, keepdims=True)
        col = np.exp(logits - logits.max(axis=0, keepdims=True))
        col /= col.sum(axis=0, keepdims=True)
        eye = np.eye(batch, dtype=np.float32)
        loss = -(np.log(np.diag(row) + 1e-12).mean() + np.log(np.diag(col) + 1e-12).mean()) / 2
        dL = ((row - eye) + (col - eye)) / (2 * batch) / tau
        grads = []
        backward(dL @ Ub, Ua, ca, grads)
        backward(dL.T @ Ua, Ub, cb, grads)
        # Adagrad on the rows a batch touched (one accumulator per row).
        merged_rows = np.concatenate([u for u, _ in grads])
        merged = np.concatenate([d for _, d in grads])
        order_rows, inverse = np.unique(merged_rows, return_inverse=True)
        dE = np.zeros((len(order_rows), args.dimensions), dtype=np.float32)
        np.add.at(dE, inverse, merged)
        accumulated[order_rows] += np.mean(dE * dE, axis=1)
        E[order_rows] -= args.rate * dE / np.sqrt(accumulated[order_rows])[:, None]
        if step % 200 == 0 or step == steps - 1:
            print(f"step {step}/{steps} loss {loss:.3f}; {time.process_time() - started:.0f} s CPU", file=sys.stderr)
        if (step + 1) % max(steps // max(int(args.epochs), 1), 1) == 0:
            check()

    words_list = [w for w, _ in sorted(vocab[0].items(), key=lambda x: x[1])] + \
                 [w for w, _ in sorted(vocab[1].items(), key=lambda x: x[1])]
    idf_list = [idf[0][w] for w in words_list[:offset]] + [idf[1][w] for w in words_list[offset:]]
    if args.save_npz:
        np.savez(args.save_npz, e=E, words=np.array(words_list), idf=np.array(idf_list), offset=offset)
    write(args, E, words_list, idf_list, offset, unknown_idf, digit_idf)
    print(f"done, {time.process_time() - started:.0f} s CPU", file=sys.stderr)


def write(args, E, words_list, idf_list, offset, unknown_idf, digit_idf):
    def b(value):
        return min(int(round(value * 16)), 255)

    out = bytearray()
    out += b"TOLKENC1"
    out += struct.pack("<IIII", args.dimensions, len(words_list), offset, args.buckets)
    out += b"da" + b"en"
    out += struct.pack("<BBBBBB", args.min_n, args.max_n, b(unknown_idf[0]), b(unknown_idf[1]), b(digit_idf), 0)
    for w, value in zip(words_list, idf_list):
        encoded = w.encode("utf-8")
        out += struct.pack("<BB", b(value), len(encoded))
        out += encoded
    scale = np.abs(E).max(axis=1) / 127
    scale[scale == 0] = 1
    quantised = np.clip(np.rint(E / scale[:, None]), -127, 127).astype(np.int8)
    for r in range(E.shape[0]):
        out += struct.pack("<f", float(scale[r]))
        out += quantised[r].tobytes()
    out += struct.pack("<Q", fnv1a64(out))
    tmp = args.out + ".tmp"
    with open(tmp, "wb") as handle:
        handle.write(out)
    os.replace(tmp, args.out)
    print(f"wrote {args.out}: {len(out)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
