#!/usr/bin/env python3
"""Writes the generated section of data/matcher/antonyms.txt: WordNet 3.0's indirect
antonyms of adjectives. An adjective that is "similar to" one side of a direct antonym pair
(a satellite of its head synset: "hazardous" of "dangerous") is opposed to the other side
("safe"). Kept only when the satellite is the word's first (main) adjective sense, the word is
a single word and only an adjective (not "assistant", "about", "bigger" nor "fired"), and it
is among the MAX_RANK most frequent words of GloVe 6B's vocabulary (data/vectors/: common
English, by frequency in Wikipedia and Gigaword news).

Usage (from the repository root, with Debian's wordnet-base installed):
    python3 scripts/lexicon/build_indirect_antonyms.py
"""
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wordnet import WordNet  # noqa: E402

PATH = "data/matcher/antonyms.txt"
HEAD = "# ---- WordNet 3.0: adjectives"
BEGIN = "# ---- generated: WordNet 3.0 indirect antonyms of adjectives"
END = "# ---- end of generated section"
MAX_RANK = 15000
STOPWORDS = {
    line.strip()
    for line in open("data/matcher/stopwords.txt", encoding="utf-8")
    if line.strip() and not line.startswith("#")
}


def plain_adjective(wn, word):
    """Whether a word is only an adjective in WordNet, and no comparative ("bigger") or
    participle of a verb ("fired", "burning") either."""
    if any(wn.senses(word, pos) for pos in "nvr"):
        return False
    if word in STOPWORDS:
        return False
    stems = []
    if word.endswith(("er", "ed")):
        stems += [word[:-1], word[:-2], word[:-3], word[:-3] + "y"]
    if word.endswith(("est", "ing")):
        stems += [word[:-2], word[:-3], word[:-4], word[:-3] + "e", word[:-4] + "y"]
    # ("bats", "nuts": the plural of a noun.)
    if word.endswith("s") and wn.senses(word[:-1], "n"):
        return False
    return not any(wn.senses(x, "a") or wn.senses(x, "v") for x in stems if len(x) > 2)


def main():
    words = [line.strip() for line in open("data/vectors/words.txt", encoding="utf-8")]
    ranks = struct.unpack(f"<{len(words)}H", open("data/vectors/ranks.bin", "rb").read())
    rank = dict(zip(words, ranks))
    lines = open(PATH, encoding="utf-8").read().split("\n")
    begin = next((i for i, line in enumerate(lines) if line.startswith(BEGIN)), None)
    if begin is not None:
        lines = lines[:begin] + lines[lines.index(END) + 1:]
    while lines and not lines[-1]:
        lines.pop()
    # The direct pairs of adjectives, and every pair already listed.
    listed, adjectives, section = set(), [], None
    for line in lines:
        if line.startswith("# ----"):
            section = line
            continue
        if not line or line.startswith("#"):
            continue
        left, right = line.split("\t")[:2]
        for a in left.split(", "):
            for b in right.split(", "):
                listed.add(frozenset((a, b)))
                if section.startswith(HEAD):
                    adjectives.append((a, b))
    wn = WordNet()
    out = set()
    for a, b in adjectives:
        for x, y in ((a, b), (b, a)):
            for head in wn.senses(x, "a"):
                opposed = any(y in wn.synset(p, o).lemmas for p, o in head.related("!"))
                if not opposed:
                    continue
                for pos, offset in head.related("&"):
                    satellite = wn.synset(pos, offset)
                    for lemma in satellite.lemmas:
                        first = wn.senses(lemma, "a")[:1]
                        if (" " in lemma or "-" in lemma or lemma in (x, y)
                                or not first or first[0].offset != offset
                                or rank.get(lemma, MAX_RANK) >= MAX_RANK
                                or not plain_adjective(wn, lemma)
                                or frozenset((lemma, y)) in listed):
                            continue
                        out.add((lemma, y))
    body = [BEGIN + f" ({len(out)} pairs;",
            "# scripts/lexicon/build_indirect_antonyms.py: a satellite of one side's head synset",
            "# against the other side, where the satellite is the word's main sense)"]
    body += [f"{a}\t{b}" for a, b in sorted(out)]
    body.append(END)
    open(PATH, "w", encoding="utf-8").write("\n".join(lines + [""] + body) + "\n")
    print(len(out), "pairs")


if __name__ == "__main__":
    main()
