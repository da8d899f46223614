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

It also writes data/vectors/senses.bin: one byte a word, WordNet's lexicographer file (its
broad class of meaning, lexnames(5WN): 32 is verb.communication, 30 verb.change) of the
first sense of the first verb the word is a form of, else of the first adjective, else 255.
"briefed" and "consulted" are both verb.communication; "mean" (verb.cognition) and "wait"
(verb.stative), close as vectors, are not.
"""
import os

import wordnet

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
WORDS = os.path.join(ROOT, "data", "vectors", "words.txt")
OUT = os.path.join(ROOT, "data", "vectors", "classes.bin")
SENSES = os.path.join(ROOT, "data", "vectors", "senses.bin")
BITS = {"n": 1, "v": 2, "a": 4, "r": 8}


def main():
    wn = wordnet.WordNet()
    classes = {}
    # A form's broad class of meaning: of its verb if it is a form of one, else its adjective.
    senses = {"v": {}, "a": {}}
    for (lemma, pos) in sorted(wn.index):
        if " " in lemma:
            continue
        for form in sorted(wordnet.inflections(lemma, pos, wn)):
            classes[form] = classes.get(form, 0) | BITS[pos]
            if pos in senses and form not in senses[pos]:
                first = wn.senses(lemma, pos)
                if first:
                    # A form that is its own lemma keeps that lemma's class ("saw" the noun
                    # aside, "left" is "leave" only when no lemma "left" exists).
                    senses[pos][form] = first[0].lexfile
        for pos in senses:
            if (lemma, pos) in wn.index and wn.senses(lemma, pos):
                senses[pos][lemma] = wn.senses(lemma, pos)[0].lexfile
    words = [w.rstrip(" ") for w in open(WORDS, encoding="utf-8").read().split("\n")[:-1]]
    out = bytes(classes.get(w, 0) for w in words)
    with open(OUT, "wb") as f:
        f.write(out)
    known = sum(1 for b in out if b)
    print(f"wrote {os.path.relpath(OUT, ROOT)}: {len(out)} words, {known} with a class")
    sense = bytes(senses["v"].get(w, senses["a"].get(w, 255)) for w in words)
    with open(SENSES, "wb") as f:
        f.write(sense)
    known = sum(1 for b in sense if b != 255)
    print(f"wrote {os.path.relpath(SENSES, ROOT)}: {known} words with a verb or adjective class")


if __name__ == "__main__":
    main()
