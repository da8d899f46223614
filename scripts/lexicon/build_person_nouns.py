#!/usr/bin/env python3
"""Rebuild data/lexicon/person_nouns.txt: the nouns that name a person first ("architect",
"surgeon", "widow"), so that a bare description such as "an architect said" can be a
speaker. The parser's other test, an agent ending ("-er", "-ist", "-ian"), misses most of
them. And data/lexicon/person_nouns_also_verbs.txt: the same kind of noun that is also a
verb ("guard", "clerk", "cook"), a speaker only after a determiner ("a guard said").

usage:
  apt-get install wordnet-base        # WordNet 3.0 in /usr/share/wordnet
  scripts/lexicon/build_person_nouns.py

A word is kept when it is among the 30,000 most frequent words of data/vectors/ (GloVe 6B's
vocabulary), is a noun and nothing else in WordNet in any of its forms (data/vectors/classes.bin:
so "lead", "chief", "native" and "drew" stay out), and the first sense of its noun lemma is a person (lexicographer file 18,
noun.person) and a kind of person, not one ("newton"); its plural is kept with it, and the
irregular plurals of WordNet's morphology ("women", "servicemen"). WordNet 3.0, Princeton University: licence in
data/matcher/WORDNET-LICENSE.txt; GloVe vectors PDDL-1.0.
"""
import os
import struct

import wordnet

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
VECTORS = os.path.join(ROOT, "data", "vectors")
OUT = os.path.join(ROOT, "data", "lexicon", "person_nouns.txt")
OUT_VERBS = os.path.join(ROOT, "data", "lexicon", "person_nouns_also_verbs.txt")
OUT_OTHER = os.path.join(ROOT, "data", "lexicon", "person_nouns_also_other.txt")
VERB = 2
FREQUENT = 30000
NOUN_PERSON = 18
NOUN = 1


def main():
    wn = wordnet.WordNet()
    words = [line.strip() for line in open(os.path.join(VECTORS, "words.txt"), encoding="utf-8")]
    ranks = open(os.path.join(VECTORS, "ranks.bin"), "rb").read()
    rank = {w: struct.unpack_from("<H", ranks, 2 * i)[0] for i, w in enumerate(words)}
    place = {w: i for i, w in enumerate(words)}
    classes = open(os.path.join(VECTORS, "classes.bin"), "rb").read()
    kept = set()
    also_verbs = set()
    also_other = set()
    for w, r in rank.items():
        if r >= FREQUENT or not w.isalpha():
            continue
        # A noun alone, in any of its forms ("drew" is a verb's); or a noun and a verb, for
        # the second list; or a noun and an adjective too ("suspect", "chief"), for the third.
        if not classes[place[w]] & NOUN:
            continue
        senses = wn.senses(w, "n")
        # A kind of person, not one person ("newton", "owen": instances).
        if senses and senses[0].lexfile == NOUN_PERSON and not senses[0].related("@i"):
            into = (
                kept
                if classes[place[w]] == NOUN
                else also_verbs
                if classes[place[w]] == NOUN | VERB
                else also_other
            )
            into.add(w)
            plural = w[:-1] + "ies" if w.endswith("y") and w[-2:-1] not in "aeiou" else (
                w + "es" if w.endswith(("s", "sh", "ch", "x", "z")) else w + "s")
            if plural in rank:
                into.add(plural)
            # And the irregular plurals of WordNet's morphology: its exceptions ("women",
            # "children"), but no word that is also a verb ("dive"), and its "-men" for "-man"
            # ("servicemen").
            forms = list(wn.exceptions.get((w, "n"), []))
            if w.endswith("man"):
                forms.append(w[:-3] + "men")
            for form in forms:
                if form in rank and form.isalpha() and not classes[place[form]] & VERB:
                    into.add(form)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# person_nouns.txt -- nouns whose first sense in WordNet 3.0 is a person, for\n")
        f.write("# bare speaker descriptions (\"an architect said\"). Written by\n")
        f.write("# scripts/lexicon/build_person_nouns.py; do not edit by hand. WordNet licence in\n")
        f.write("# data/matcher/WORDNET-LICENSE.txt.\n")
        for w in sorted(kept):
            f.write(w + "\n")
    with open(OUT_VERBS, "w", encoding="utf-8") as f:
        f.write("# person_nouns_also_verbs.txt -- nouns whose first sense in WordNet 3.0 is a\n")
        f.write("# person and that are verbs too (\"guard\", \"clerk\"): a speaker only after a\n")
        f.write("# determiner (\"a guard said\"). Written by scripts/lexicon/build_person_nouns.py;\n")
        f.write("# do not edit by hand. WordNet licence in data/matcher/WORDNET-LICENSE.txt.\n")
        for w in sorted(also_verbs - kept):
            f.write(w + "\n")
    with open(OUT_OTHER, "w", encoding="utf-8") as f:
        f.write("# person_nouns_also_other.txt -- nouns whose first sense in WordNet 3.0 is a\n")
        f.write("# person and that are adjectives or adverbs too (\"suspect\", \"chief\"): not a\n")
        f.write("# speaker by themselves, but a person a pronoun may stand for (\"the suspect was\n")
        f.write("# armed\" … \"he was unarmed\"). Written by scripts/lexicon/build_person_nouns.py;\n")
        f.write("# do not edit by hand. WordNet licence in data/matcher/WORDNET-LICENSE.txt.\n")
        for w in sorted(also_other - kept - also_verbs):
            f.write(w + "\n")
    print(len(kept), "words;", len(also_verbs - kept), "also verbs;", len(also_other), "also other")


if __name__ == "__main__":
    main()
