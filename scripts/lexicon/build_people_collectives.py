#!/usr/bin/env python3
"""Rebuild data/lexicon/people_collectives.txt: singular nouns that name a body of people
("generation", "population", "populace"), which "they" can point back to ("the under-30
generation says … . They want …"), as English agrees in sense rather than in form.

usage:
  apt-get install wordnet-base        # WordNet 3.0 in /usr/share/wordnet
  scripts/lexicon/build_people_collectives.py

A word is kept when it is among the 30,000 most frequent words of data/vectors/ (GloVe 6B's
vocabulary), is a noun and nothing else in WordNet in any of its forms (data/vectors/classes.bin:
so "poor", "elderly" and "wounded" stay out), and the first sense of its noun lemma is a kind of
"people" (WordNet's synset 07942152, "any group of human beings collectively"), not an
organisation or a gathering, whose "it" the role-noun list covers. WordNet 3.0, Princeton
University: licence in data/matcher/WORDNET-LICENSE.txt; GloVe vectors PDDL-1.0.
"""
import os
import struct

import wordnet

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
VECTORS = os.path.join(ROOT, "data", "vectors")
OUT = os.path.join(ROOT, "data", "lexicon", "people_collectives.txt")
FREQUENT = 30000
NOUN = 1
NOUN_GROUP = 14
PEOPLE = ("n", 7942152)


def hypernyms(wn, synset):
    seen = set()
    todo = [synset]
    while todo:
        for target in todo.pop().related("@"):
            if target not in seen:
                seen.add(target)
                todo.append(wn.synset(*target))
    return seen


def main():
    wn = wordnet.WordNet()
    words = [line.strip() for line in open(os.path.join(VECTORS, "words.txt"), encoding="utf-8")]
    ranks = open(os.path.join(VECTORS, "ranks.bin"), "rb").read()
    classes = open(os.path.join(VECTORS, "classes.bin"), "rb").read()
    kept = []
    for i, w in enumerate(words):
        rank = struct.unpack_from("<H", ranks, 2 * i)[0]
        if rank >= FREQUENT or not w.isalpha() or classes[i] != NOUN:
            continue
        senses = wn.senses(w, "n")
        if senses and senses[0].lexfile == NOUN_GROUP and PEOPLE in hypernyms(wn, senses[0]):
            kept.append(w)
    wordnet.write_list(OUT, [
        "# people_collectives.txt -- singular nouns whose first sense in WordNet 3.0 is a",
        "# kind of people (\"generation\", \"populace\"), which \"they\" can stand for.",
        "# Written by scripts/lexicon/build_people_collectives.py; do not edit by hand.",
        "# WordNet licence in data/matcher/WORDNET-LICENSE.txt.",
    ], sorted(kept))
    print(len(kept), "words")


if __name__ == "__main__":
    main()
