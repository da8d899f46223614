#!/usr/bin/env python3
"""Rebuild data/matcher/dispute_words.txt: the words with which one source calls what another
said false, baseless or deceptive ("unfounded", "a lie", "exaggerates", "debunked").

usage:
  apt-get install wordnet-base        # WordNet 3.0 in /usr/share/wordnet
  scripts/lexicon/build_dispute_words.py

The seeds are WordNet 3.0 synsets of that one concept, named by a lemma and its sense number.
Each seed's synset gives its lemmas. Another lemma of the synset is kept only when the synset
is its own first sense (so "baseless" brings "groundless" but not "wild" or "idle", whose main
senses are others), it is a single word, and it is among the 40,000 most frequent words of
data/vectors/words.txt (GloVe's vocabulary, ordered by corpus frequency). Then each lemma's
regular inflected forms are listed.

It writes data/matcher/dispute_phrasals.txt: the seeds' verbs of a verb and a particle ("make
up", "cook up"), each inflected form with its particle ("made up"), which a pointing object
may part ("she made it up").

It also writes data/matcher/truth_words.txt: the words a negation turns into a dispute ("not
true", "isn't accurate"), the direct WordNet antonyms of the adjective seeds, each kept when
the antonym's synset is its lemma's first sense ("right" is first the side, not the truth),
frequent, and no inflected form of a verb ("not supported by the Senate" is a vote); and
WordNet's adjectives of two or more words that end in one of them and say nothing of truth
("politically correct"), which a negation does not turn.
WordNet 3.0, Princeton University: licence in data/matcher/WORDNET-LICENSE.txt.
"""
import os

import wordnet

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "matcher", "dispute_words.txt")
TRUTH_OUT = os.path.join(ROOT, "data", "matcher", "truth_words.txt")
PHRASAL_OUT = os.path.join(ROOT, "data", "matcher", "dispute_phrasals.txt")

# (lemma, part of speech, WordNet 3.0 sense number): saying a statement is false, baseless,
# deceptive or worthless, or that an act is done in bad faith (a ploy, a stunt, a sham, a
# pretext, a witch-hunt).
SEEDS = [
    ("false", "a", 1), ("false", "a", 2), ("untrue", "a", 1), ("wrong", "a", 1),
    ("inaccurate", "a", 1), ("erroneous", "a", 1), ("misleading", "a", 1),
    ("deceptive", "a", 1), ("baseless", "a", 1), ("unsubstantiated", "a", 1),
    ("absurd", "a", 1), ("ridiculous", "a", 2), ("bogus", "a", 1), ("spurious", "a", 1),
    ("fallacious", "a", 1), ("unsupported", "a", 1), ("unproven", "a", 1),
    ("lie", "n", 1), ("falsehood", "n", 1), ("fabrication", "n", 1), ("lying", "n", 1),
    ("nonsense", "n", 1), ("bunk", "n", 4), ("garbage", "n", 2), ("crap", "n", 2),
    ("hoax", "n", 1), ("smear", "n", 1), ("exaggeration", "n", 3),
    ("misrepresentation", "n", 1), ("misrepresentation", "n", 2), ("distortion", "n", 5),
    # A figure or account made larger than the truth ("the figure was inflated", "overstated").
    ("inflated", "a", 1), ("exaggerated", "a", 1), ("overstate", "v", 1),
    ("lie", "v", 5), ("exaggerate", "v", 1), ("distort", "v", 1), ("misrepresent", "v", 1),
    ("fabricate", "v", 2), ("mislead", "v", 2), ("debunk", "v", 1), ("refute", "v", 2),
    ("disprove", "v", 1), ("discredit", "v", 3),
    ("ploy", "n", 2), ("stunt", "n", 1), ("sham", "n", 1),
    ("pretext", "n", 1), ("witch-hunt", "n", 1),
    # A false document or account, and false words about someone ("crude forgeries", "pure
    # fiction", "a fairy tale", "slander", "defamatory"). (Not "misinformation" or
    # "fraudulent": news names things so ("the misinformation chain", "a fraudulent
    # scheme") far more often than it calls another's words so.)
    ("forgery", "n", 1), ("forgery", "n", 2), ("fiction", "n", 2), ("fairytale", "n", 2),
    ("rubbish", "n", 2), ("slander", "n", 1), ("slander", "n", 2), ("libel", "n", 1),
    ("defamatory", "a", 1),
    # Words said to promote a cause rather than inform ("that is total propaganda").
    ("propaganda", "n", 1),
]

# Particles of the seeds' verbs of two words ("make up", "cook up": "she made it up").
PARTICLES = {"up", "out", "off", "down"}


def main():
    wn = wordnet.WordNet()
    frequent = set(open(os.path.join(ROOT, "data", "vectors", "words.txt"), encoding="utf-8").read().split())
    lemmas = set()
    for lemma, pos, sense in SEEDS:
        senses = wn.senses(lemma, pos)
        assert len(senses) >= sense, (lemma, pos, sense)
        seed = senses[sense - 1]
        for l in seed.lemmas:
            first = [x.offset for x in wn.senses(l, pos)[:1]]
            if seed.offset in first and " " not in l and l in frequent:
                lemmas.add((l, pos))
        lemmas.add((lemma, pos))
    forms = set()
    for l, pos in lemmas:
        forms.update(f for f in wordnet.inflections(l, pos, wn, exceptions=False) if f in frequent or f == l)
    wordnet.write_list(OUT, [
        "# dispute_words.txt -- words with which one source calls what another said false,",
        "# baseless or deceptive. Written by scripts/lexicon/build_dispute_words.py from WordNet 3.0",
        "# (see WORDNET-LICENSE.txt); do not edit by hand. One folded word form a line.",
    ], sorted(forms))
    print(f"{len(lemmas)} lemmas, {len(forms)} forms -> {os.path.relpath(OUT, ROOT)}")
    write_phrasal_verbs(wn)
    write_truth_words(wn, frequent)


def write_phrasal_verbs(wn):
    """The seeds' verbs of a verb and a particle ("make up" of "fabricate"), each inflected
    form of the verb with the particle, one a line: "made up"."""
    lines = set()
    for lemma, pos, sense in SEEDS:
        if pos != "v":
            continue
        for l in wn.senses(lemma, pos)[sense - 1].lemmas:
            parts = l.split()
            if len(parts) == 2 and parts[1] in PARTICLES:
                for form in wordnet.inflections(parts[0], "v", wn):
                    lines.add(f"{form} {parts[1]}")
    wordnet.write_list(PHRASAL_OUT, [
        "# dispute_phrasals.txt -- verbs of a verb and a particle with which one source calls what",
        "# another said made up (\"she made it up\"). Written by scripts/lexicon/build_dispute_words.py",
        "# from WordNet 3.0 (see WORDNET-LICENSE.txt); do not edit by hand. One inflected form and",
        "# its particle a line.",
    ], sorted(lines))
    print(f"{len(lines)} phrasal forms -> {os.path.relpath(PHRASAL_OUT, ROOT)}")


def write_truth_words(wn, frequent):
    # (Regular forms as well as WordNet's exceptions: "proved" beside "proven".)
    verb_forms = set()
    for lemma, pos in wn.index:
        if pos == "v" and " " not in lemma:
            verb_forms.update(wordnet.inflections(lemma, pos, wn, exceptions=False) - {lemma})
            verb_forms.update(wn.exceptions.get((lemma, pos), []))
    truth = set()
    for lemma, pos, sense in SEEDS:
        if pos != "a":
            continue
        seed = wn.senses(lemma, pos)[sense - 1]
        for symbol, apos, offset, _, target in seed.pointers:
            if symbol != "!":
                continue
            antonym = wn.synset(apos, offset)
            word = antonym.lemmas[target - 1]
            first = wn.senses(word, "a")[:1]
            if (first and first[0].offset == antonym.offset and " " not in word
                    and word in frequent and word not in verb_forms):
                truth.add(word)
    idioms = {lemma for (lemma, pos) in wn.index
              if pos == "a" and " " in lemma and lemma.split()[-1] in truth}
    wordnet.write_list(TRUTH_OUT, [
        "# truth_words.txt -- words a negation turns into a dispute (\"not true\", \"isn't",
        "# accurate\"). Written by scripts/lexicon/build_dispute_words.py from WordNet 3.0 (see",
        "# WORDNET-LICENSE.txt); do not edit by hand. One folded word a line, then the",
        "# adjectives that end in one and say nothing of truth (\"politically correct\").",
    ], sorted(truth) + sorted(idioms))
    print(f"{len(truth)} truth words, {len(idioms)} idioms -> {os.path.relpath(TRUTH_OUT, ROOT)}")


if __name__ == "__main__":
    main()
