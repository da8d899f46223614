"""Reading WordNet 3.0's database files (Debian's `wordnet-base`: /usr/share/wordnet), for the
scripts that build the matcher's word lists. Stdlib only.

WordNet 3.0, Princeton University; licence in data/matcher/WORDNET-LICENSE.txt.
"""
import os

DICT = os.environ.get("WORDNET_DICT", "/usr/share/wordnet")
POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}


class Synset:
    def __init__(self, pos, offset, lemmas, pointers, gloss, lexfile=None):
        self.pos = pos
        # The lexicographer file: WordNet's broad class of the sense ("verb.communication"
        # is 32), numbered as in lexnames(5WN).
        self.lexfile = lexfile
        self.offset = offset
        self.lemmas = lemmas
        # (symbol, pos, offset, source word number, target word number)
        self.pointers = pointers
        self.gloss = gloss

    def related(self, symbol):
        return [(p[1], p[2]) for p in self.pointers if p[0] == symbol]


class WordNet:
    def __init__(self, path=DICT):
        self.synsets = {}
        self.index = {}
        for pos, name in POS_FILES.items():
            with open(os.path.join(path, "data." + name), encoding="latin-1") as f:
                for line in f:
                    if line.startswith("  "):
                        continue
                    head, _, gloss = line.partition(" | ")
                    parts = head.split()
                    offset, ss_type = int(parts[0]), parts[2]
                    n = int(parts[3], 16)
                    lemmas = [parts[4 + 2 * i].lower().replace("_", " ") for i in range(n)]
                    # Adjective markers: "(a)", "(p)", "(ip)".
                    lemmas = [l.split("(")[0] for l in lemmas]
                    k = 4 + 2 * n
                    p_cnt = int(parts[k])
                    pointers = []
                    for i in range(p_cnt):
                        sym, off, ppos, st = parts[k + 1 + 4 * i: k + 5 + 4 * i]
                        ppos = "a" if ppos == "s" else ppos
                        pointers.append((sym, ppos, int(off), int(st[:2], 16), int(st[2:], 16)))
                    spos = "a" if ss_type == "s" else ss_type
                    self.synsets[(spos, offset)] = Synset(
                        spos, offset, lemmas, pointers, gloss.strip(), int(parts[1]))
            with open(os.path.join(path, "index." + name), encoding="latin-1") as f:
                for line in f:
                    if line.startswith("  "):
                        continue
                    parts = line.split()
                    lemma = parts[0].replace("_", " ")
                    synset_cnt, p_cnt = int(parts[2]), int(parts[3])
                    offsets = [int(x) for x in parts[4 + p_cnt + 2:4 + p_cnt + 2 + synset_cnt]]
                    self.index[(lemma, pos)] = offsets
        self.exceptions = {}
        for pos, name in POS_FILES.items():
            path_exc = os.path.join(path, name + ".exc")
            if os.path.exists(path_exc):
                with open(path_exc, encoding="latin-1") as f:
                    for line in f:
                        form, *bases = line.split()
                        for base in bases:
                            self.exceptions.setdefault((base.replace("_", " "), pos), []).append(
                                form.replace("_", " "))

    def senses(self, lemma, pos):
        """The synsets of `lemma` in WordNet's sense order (most frequent first)."""
        return [self.synsets[(pos, o)] for o in self.index.get((lemma, pos), [])]

    def synset(self, pos, offset):
        return self.synsets[(pos, offset)]


def ing(lemma):
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        return lemma[:-1] + "ing"
    return lemma + "ing"


def s_form(lemma):
    """The plural of a noun or the third person of a verb: "boxes", "cities", "claims"."""
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def inflections(lemma, pos, wn, exceptions=True):
    """The lemma and its regular (and, unless told not to, WordNet's exceptional) inflected
    forms; single words only."""
    forms = {lemma}
    if exceptions:
        forms.update(wn.exceptions.get((lemma, pos), []))
    if " " in lemma:
        return forms
    if pos == "n":
        forms.add(s_form(lemma))
    elif pos == "v" and not (exceptions and wn.exceptions.get((lemma, pos))):
        forms.add(s_form(lemma))
        if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            forms.add(lemma[:-1] + "ied")
        elif lemma.endswith("e"):
            forms.add(lemma + "d")
        else:
            forms.add(lemma + "ed")
        forms.add(ing(lemma))
    elif pos == "v":
        forms.update({lemma + "s", ing(lemma)})
    return forms


def lemmas_by_form(wn, pos):
    """Each single-word form of a part of speech to the lemmas it is a form of."""
    out = {}
    for (lemma, p) in wn.index:
        if p == pos and " " not in lemma:
            for form in inflections(lemma, pos, wn):
                out.setdefault(form, set()).add(lemma)
    return out


class Hierarchy:
    """The hypernym links of one part of speech: what lies above a synset, and how many
    synsets lie below one (how broad it is)."""

    def __init__(self, wn, pos):
        self.wn, self.pos = wn, pos
        self.below = {}
        for (p, offset), synset in wn.synsets.items():
            if p == pos:
                for _, parent in synset.related("@"):
                    self.below.setdefault(parent, []).append(offset)
        self.sizes = {}

    def size(self, offset):
        """How many synsets lie below `offset`, at any depth."""
        if offset not in self.sizes:
            seen, stack = set(), [offset]
            while stack:
                for child in self.below.get(stack.pop(), ()):
                    if child not in seen:
                        seen.add(child)
                        stack.append(child)
            self.sizes[offset] = len(seen)
        return self.sizes[offset]

    def above(self, synset, hops):
        """The synsets up to `hops` hypernym links above `synset`, sorted by offset."""
        seen, front = set(), [synset.offset]
        for _ in range(hops):
            front = [p for o in front for _, p in self.wn.synset(self.pos, o).related("@") if p not in seen]
            seen.update(front)
        return sorted(seen)


def write_pairs(path, pairs):
    """Sorted pairs of places, two little-endian u16 each."""
    import struct

    with open(path, "wb") as f:
        for a, b in sorted(pairs):
            f.write(struct.pack("<HH", a, b))


def kind_pairs(wn, pos, words, lemmas_of, hops, lexfiles, narrow, hyper_exceptions):
    """Pairs of places in `words` (a form, a form of what it names a kind of): for each form,
    the hypernyms up to `hops` links above the first sense of each of its lemmas, of one of
    the lexicographer files `lexfiles` and with at most `narrow` synsets below; each named by
    a single-word lemma whose first sense it is, in every form (WordNet's exceptional ones
    too when `hyper_exceptions`)."""
    place = {w: i for i, w in enumerate(words)}
    tree = Hierarchy(wn, pos)
    pairs = set()
    for word in words:
        for lemma in sorted(lemmas_of.get(word, ())):
            for sense in wn.senses(lemma, pos)[:1]:
                for parent in tree.above(sense, hops):
                    hyper = wn.synset(pos, parent)
                    if hyper.lexfile not in lexfiles or tree.size(parent) > narrow:
                        continue
                    for name in hyper.lemmas:
                        first = wn.senses(name, pos)[:1]
                        if " " in name or name == lemma or not first or first[0].offset != parent:
                            continue
                        for form in inflections(name, pos, wn, exceptions=hyper_exceptions):
                            if form in place and form != word:
                                pairs.add((place[word], place[form]))
    return pairs


def write_list(path, header, entries):
    """A data file: its header lines, then one entry a line."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in header + list(entries):
            f.write(line + "\n")
