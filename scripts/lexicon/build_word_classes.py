#!/usr/bin/env python3
"""Rebuild data/vectors/classes.bin: for each word of data/vectors/words.txt, the parts of
speech WordNet 3.0 gives it, as lemma or inflected form ("systems": noun; "integrated":
verb and adjective). The matcher relates two words by their vectors only within one part of
speech: GloVe puts "systems" close to "integrated", which say different kinds of thing.

usage:
  apt-get install wordnet-base        # WordNet 3.0 in /usr/share/wordnet
  scripts/lexicon/build_word_classes.py

One byte a word, in the order of words.txt: bit 0 noun, bit 1 verb, bit 2 adjective, bit 3
adverb; 0 for a word WordNet does not know (names, function words).
WordNet 3.0, Princeton University: licence in data/matcher/WORDNET-LICENSE.txt.
"""
import os

import wordnet

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
WORDS = os.path.join(ROOT, "data", "vectors", "words.txt")
OUT = os.path.join(ROOT, "data", "vectors", "classes.bin")
BITS = {"n": 1, "v": 2, "a": 4, "r": 8}


def main():
    wn = wordnet.WordNet()
    classes = {}
    for (lemma, pos) in wn.index:
        if " " in lemma:
            continue
        for form in wordnet.inflections(lemma, pos, wn):
            classes[form] = classes.get(form, 0) | BITS[pos]
    words = open(WORDS, encoding="utf-8").read().split("\n")[:-1]
    out = bytes(classes.get(w, 0) for w in words)
    with open(OUT, "wb") as f:
        f.write(out)
    known = sum(1 for b in out if b)
    print(f"wrote {os.path.relpath(OUT, ROOT)}: {len(out)} words, {known} with a class")


if __name__ == "__main__":
    main()
