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
import collections
import os
import struct

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
    place = {w: i for i, w in enumerate(words)}
    lemmas_of = collections.defaultdict(set)
    for (lemma, pos) in wn.index:
        if pos == "n" and " " not in lemma:
            for form in wordnet.inflections(lemma, "n", wn):
                lemmas_of[form].add(lemma)
    kinds_of = collections.defaultdict(list)
    for (pos, offset), synset in wn.synsets.items():
        if pos == "n":
            for _, parent in synset.related("@"):
                kinds_of[parent].append(offset)
    size = {}

    def kinds(offset):
        if offset not in size:
            seen, stack = set(), [offset]
            while stack:
                for child in kinds_of[stack.pop()]:
                    if child not in seen:
                        seen.add(child)
                        stack.append(child)
            size[offset] = len(seen)
        return size[offset]

    def hypernyms(synset):
        seen, front = set(), [synset.offset]
        for _ in range(HOPS):
            front = [p for o in front for _, p in wn.synset("n", o).related("@") if p not in seen]
            seen.update(front)
        return sorted(seen)

    pairs = set()
    for word in words:
        for lemma in sorted(lemmas_of.get(word, ())):
            for sense in wn.senses(lemma, "n")[:1]:
                for parent in hypernyms(sense):
                    hyper = wn.synset("n", parent)
                    if hyper.lexfile not in THINGS or kinds(parent) > NARROW:
                        continue
                    for name in hyper.lemmas:
                        first = wn.senses(name, "n")[:1]
                        if " " in name or name == lemma or not first or first[0].offset != parent:
                            continue
                        for form in wordnet.inflections(name, "n", wn, exceptions=False):
                            if form in place and form != word:
                                pairs.add((place[word], place[form]))
    with open(OUT, "wb") as f:
        for kind, hyper in sorted(pairs):
            f.write(struct.pack("<HH", kind, hyper))
    print(f"wrote {os.path.relpath(OUT, ROOT)}: {len(pairs)} pairs")


if __name__ == "__main__":
    main()
