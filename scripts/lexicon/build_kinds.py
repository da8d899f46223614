#!/usr/bin/env python3
"""Rebuild data/vectors/kinds.bin: which words name a kind of what another word names, by
WordNet 3.0's hypernym links ("handgun" is a kind of "weapon", "treaty" of "agreement").
The matcher reads "he had no weapon" against "he held a handgun" with it.

usage:
  apt-get install wordnet-base        # WordNet 3.0 in /usr/share/wordnet
  scripts/lexicon/build_kinds.py      # after build_vectors.py

For each noun form of data/vectors/words.txt, the hypernyms up to four links above the
first sense of its lemma, kept when:
- the hypernym is a thing one can have or be: a made thing, a person, an animal, a food, a
  plant, a substance, a natural object, a body part (lexicographer files 5, 6, 8, 13, 17,
  18, 20, 27), not an act, event or idea ("death" is a kind of "change": too loose to read
  "no change" against it);
- it is narrow: at most 400 kinds of it in WordNet ("weapon", not "artifact");
- the word for it has it as its first sense ("gun" is first a weapon; "arm" is first a limb,
  so "handgun" is no kind of "arm").
Each hypernym lemma stands with its plural. Output: sorted pairs of places in words.txt,
(kind, hypernym), two little-endian u16 each.
WordNet 3.0, Princeton University: licence in data/matcher/WORDNET-LICENSE.txt.
"""
import os

import wordnet

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
WORDS = os.path.join(ROOT, "data", "vectors", "words.txt")
OUT = os.path.join(ROOT, "data", "vectors", "kinds.bin")
HOPS = 4
NARROW = 400
THINGS = {5, 6, 8, 13, 17, 18, 20, 27}


def main():
    wn = wordnet.WordNet()
    words = [w.rstrip(" ") for w in open(WORDS, encoding="utf-8").read().split("\n")[:-1]]
    lemmas_of = wordnet.lemmas_by_form(wn, "n")
    pairs = wordnet.kind_pairs(wn, "n", words, lemmas_of, HOPS, THINGS, NARROW, hyper_exceptions=False)
    wordnet.write_pairs(OUT, pairs)
    print(f"wrote {os.path.relpath(OUT, ROOT)}: {len(pairs)} pairs")


if __name__ == "__main__":
    main()
