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
import collections
import os
import struct

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
    place = {w: i for i, w in enumerate(words)}
    lemmas_of = collections.defaultdict(set)
    irregular_of = collections.defaultdict(set)
    for (lemma, pos) in wn.index:
        if pos == "v" and " " not in lemma:
            for form in wordnet.inflections(lemma, "v", wn):
                lemmas_of[form].add(lemma)
            for form in wn.exceptions.get((lemma, pos), []):
                irregular_of[form].add(lemma)
    # An irregular form is its own verb's ("fell" is the past of "fall", not the verb of
    # felling trees; "found" of "find").
    for form, lemmas in irregular_of.items():
        lemmas_of[form] = lemmas
    ways_of = collections.defaultdict(list)
    for (pos, offset), synset in wn.synsets.items():
        if pos == "v":
            for _, parent in synset.related("@"):
                ways_of[parent].append(offset)
    size = {}

    def ways(offset):
        if offset not in size:
            seen, stack = set(), [offset]
            while stack:
                for child in ways_of[stack.pop()]:
                    if child not in seen:
                        seen.add(child)
                        stack.append(child)
            size[offset] = len(seen)
        return size[offset]

    def hypernyms(synset):
        seen, front = set(), [synset.offset]
        for _ in range(HOPS):
            front = [p for o in front for _, p in wn.synset("v", o).related("@") if p not in seen]
            seen.update(front)
        return sorted(seen)

    pairs = set()
    for word in words:
        for lemma in sorted(lemmas_of.get(word, ())):
            for sense in wn.senses(lemma, "v")[:1]:
                for parent in hypernyms(sense):
                    hyper = wn.synset("v", parent)
                    if hyper.lexfile not in DEEDS or ways(parent) > NARROW:
                        continue
                    for name in hyper.lemmas:
                        first = wn.senses(name, "v")[:1]
                        if " " in name or name == lemma or not first or first[0].offset != parent:
                            continue
                        for form in wordnet.inflections(name, "v", wn):
                            if form in place and form != word:
                                pairs.add((place[word], place[form]))
    with open(OUT, "wb") as f:
        for way, hyper in sorted(pairs):
            f.write(struct.pack("<HH", way, hyper))
    print(f"wrote {os.path.relpath(OUT, ROOT)}: {len(pairs)} pairs")


if __name__ == "__main__":
    main()
