#!/usr/bin/env python3
"""Rebuild data/vectors/verb_kinds.bin: which verbs name a way of doing what another verb
names, by WordNet 3.0's verb hypernym links ("strike" is a way of "touch", "shoot" of
"wound", "bribe" of "pay"). The matcher reads "he never touched him" against "he struck the
player" with it.

usage:
  apt-get install wordnet-base           # WordNet 3.0 in /usr/share/wordnet
  scripts/lexicon/build_verb_kinds.py    # after build_vectors.py

For each verb form of data/vectors/words.txt, the hypernyms up to two links above the first
sense of its lemma, kept when:
- the hypernym is a deed done to someone or something, or had: a verb of contact, of the
  body, of competition and fighting, of possession, of consumption or of social dealings
  (lexicographer files 29, 33, 34, 35, 40, 41), not of motion, change, thought or speech
  ("shove" is a way of "move": too loose to read "did not move" against it);
- it is narrow: at most 200 ways of doing it in WordNet ("touch", not "change");
- the verb for it has it as its first sense.
An irregular form is read as its own verb's only ("fell" is "fall", not "fell" a tree).
Every form of the hypernym's verb stands with every form of the verb. Output: sorted pairs of
places in words.txt, (way, hypernym), two little-endian u16 each.
WordNet 3.0, Princeton University: licence in data/matcher/WORDNET-LICENSE.txt.
"""
import os

import wordnet

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
WORDS = os.path.join(ROOT, "data", "vectors", "words.txt")
OUT = os.path.join(ROOT, "data", "vectors", "verb_kinds.bin")
HOPS = 2
NARROW = 200
DEEDS = {29, 33, 34, 35, 40, 41}


def main():
    wn = wordnet.WordNet()
    words = [w.rstrip(" ") for w in open(WORDS, encoding="utf-8").read().split("\n")[:-1]]
    lemmas_of = wordnet.lemmas_by_form(wn, "v")
    # An irregular form is its own verb's ("fell" is the past of "fall", not the verb of
    # felling trees; "found" of "find").
    irregular_of = {}
    for (lemma, pos), forms in wn.exceptions.items():
        if pos == "v" and " " not in lemma:
            for form in forms:
                irregular_of.setdefault(form, set()).add(lemma)
    lemmas_of.update(irregular_of)
    pairs = wordnet.kind_pairs(wn, "v", words, lemmas_of, HOPS, DEEDS, NARROW, hyper_exceptions=True)
    wordnet.write_pairs(OUT, pairs)
    print(f"wrote {os.path.relpath(OUT, ROOT)}: {len(pairs)} pairs")


if __name__ == "__main__":
    main()
