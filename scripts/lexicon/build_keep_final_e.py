#!/usr/bin/env python3
"""Rebuild data/matcher/keep_final_e.txt: the nouns whose final "e" the matcher's stemmer
keeps, because the word without it is another word ("aide" and "aid", "refugee" and
"refuge", "morale" and "moral", "corpse" and "corps"). The stemmer drops a final "e" so that
"close", "closed" and "closing" meet; for these words that would merge two meanings.

usage:
  scripts/lexicon/build_keep_final_e.py

Read from data/vectors/ (GloVe 6B's vocabulary with frequency ranks, and the parts of speech
WordNet 3.0 gives each word: see data/vectors/README.md): a word is kept when it ends in
"e", has four letters or more, is among the 15,000 most frequent words, is a noun and no verb
in WordNet, and the word without its "e" is also among the 15,000 most frequent and known to
WordNet. WordNet 3.0, Princeton University: licence in data/matcher/WORDNET-LICENSE.txt;
GloVe vectors PDDL-1.0.
"""
import os
import struct

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
VECTORS = os.path.join(ROOT, "data", "vectors")
OUT = os.path.join(ROOT, "data", "matcher", "keep_final_e.txt")
FREQUENT = 15000
NOUN, VERB = 1, 2


def main():
    words = [line.strip() for line in open(os.path.join(VECTORS, "words.txt"), encoding="utf-8")]
    ranks = open(os.path.join(VECTORS, "ranks.bin"), "rb").read()
    classes = open(os.path.join(VECTORS, "classes.bin"), "rb").read()
    rank = {w: struct.unpack_from("<H", ranks, 2 * i)[0] for i, w in enumerate(words)}
    cls = {w: classes[i] for i, w in enumerate(words)}
    kept = []
    for w in words:
        base = w[:-1]
        if (
            len(w) >= 4
            and w.endswith("e")
            and not w.endswith("ee")
            and w.isascii()
            and w.isalpha()
            and rank[w] < FREQUENT
            and cls[w] & NOUN
            and not cls[w] & VERB
            and rank.get(base, FREQUENT) < FREQUENT
            and cls.get(base, 0) != 0
        ):
            kept.append(w)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(
            "# keep_final_e.txt -- nouns whose final \"e\" the matcher's stemmer keeps: without it\n"
            "# they are another word (\"aide\"/\"aid\", \"refugee\"/\"refuge\").\n"
            "# Written by scripts/lexicon/build_keep_final_e.py from data/vectors/ (GloVe 6B\n"
            "# frequency, WordNet 3.0 parts of speech); do not edit by hand.\n"
        )
        for w in sorted(kept):
            out.write(w + "\n")
    print(len(kept), "words")


if __name__ == "__main__":
    main()
