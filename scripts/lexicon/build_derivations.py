#!/usr/bin/env python3
"""Rebuild data/vectors/derivations.bin: which nouns name the deed or event of a verb, by
WordNet 3.0's derivational links ("agreement" of "agree", "payment" of "pay", "allegation"
of "allege", "closure" of "close"). The matcher reads "no agreement was reached" against "the
two sides agreed" with it.

usage:
  apt-get install wordnet-base            # WordNet 3.0 in /usr/share/wordnet
  scripts/lexicon/build_derivations.py    # after build_vectors.py

For each noun form of data/vectors/words.txt, its lemma's first sense, kept when:
- it is an act, an event, a communication or a possession (lexicographer files 4, 11, 10,
  21: "payment", "meeting", "warning", "loan"), not a person, an artefact or an idea;
- a derivational link joins that sense, by the noun's own lemma, to a sense of a verb that
  is among the verb's first two, by a lemma that is a single word;
- the two share their first three letters ("agreement"/"agree", not "sale"/"sell"), and
  differ otherwise (the stemmer already joins "warning" and "warn").
Every form of the noun stands with every form of the verb. Output: sorted pairs of places in
words.txt, (noun, verb), two little-endian u16 each.
WordNet 3.0, Princeton University: licence in data/matcher/WORDNET-LICENSE.txt.
"""
import os

import wordnet

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
WORDS = os.path.join(ROOT, "data", "vectors", "words.txt")
OUT = os.path.join(ROOT, "data", "vectors", "derivations.bin")
DEEDS = {4, 10, 11, 21}


def stem(word):
    """What the matcher's stemmer takes off, roughly: "-ing", "-ed", "-s", a final "e"."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def main():
    wn = wordnet.WordNet()
    words = [w.rstrip(" ") for w in open(WORDS, encoding="utf-8").read().split("\n")[:-1]]
    place = {w: i for i, w in enumerate(words)}
    nouns_of = wordnet.lemmas_by_form(wn, "n")
    pairs = set()
    lemma_pairs = set()
    for word in words:
        for noun in sorted(nouns_of.get(word, ())):
            first = wn.senses(noun, "n")[:1]
            if not first or first[0].lexfile not in DEEDS:
                continue
            sense = first[0]
            own = sense.lemmas.index(noun) + 1 if noun in sense.lemmas else None
            for symbol, pos, offset, source, target in sense.pointers:
                if symbol != "+" or pos != "v" or (source and source != own):
                    continue
                synset = wn.synset("v", offset)
                verbs = synset.lemmas if not target else [synset.lemmas[target - 1]]
                for verb in verbs:
                    if " " in verb or verb[:3] != noun[:3] or stem(verb) == stem(noun):
                        continue
                    if offset not in [s.offset for s in wn.senses(verb, "v")[:2]]:
                        continue
                    lemma_pairs.add((noun, verb))
                    for form in wordnet.inflections(verb, "v", wn):
                        if form in place and form != word:
                            pairs.add((place[word], place[form]))
    wordnet.write_pairs(OUT, pairs)
    print(f"wrote {os.path.relpath(OUT, ROOT)}: {len(pairs)} pairs of {len(lemma_pairs)} lemmas")


if __name__ == "__main__":
    main()
