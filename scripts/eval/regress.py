#!/usr/bin/env python3
"""Conflict pairs that differ between two builds, over every annotated and probe set.

Usage: scripts/eval/regress.py BASE_BINARY NEW_BINARY [SET ...]

Each pair reported by one build and not the other is labelled against the set's gold:
RIGHT (sides a/b of a gold conflict), TRAP (a gold not_conflicts pair), neutral, or wrong.
Run from the repository root; the scorers in ../shared/eval supply the matching rules.
With REASONS=1 in the environment each pair's reason is printed too.
"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, "../shared/eval")
from common import gold_ids, run  # noqa: E402
from score_articles import byte_spans  # noqa: E402

EV = "../shared/eval"
# Probe sets kept unread: scored at a session's end, never read for rules.
BLIND = {"v", "z", "ac", "ae", "af", "ah", "ai", "aj"}
DEFAULT_SETS = [f"{EV}/polnear-conflicts-dev", f"{EV}/polnear-conflicts-train",
                "tests/data/polnear-conflicts-extra", "tests/data/polnear-train-judged",
                f"{EV}/articles-dev", f"{EV}/seed"] + sorted(glob.glob("tests/data/blind/set*")) + \
    sorted(p for p in glob.glob("tests/data/probes/*") if os.path.isdir(p) and os.path.basename(p) not in BLIND)




def label(gold, x, y):
    def inside(k):
        A, B = set(k["a"]), set(k["b"])
        return bool((x & A and y & B) or (x & B and y & A))
    if any(inside(k) for k in gold.get("conflicts", [])):
        return "RIGHT"
    if any(inside(k) for k in gold.get("not_conflicts", [])):
        return "TRAP"
    if any(inside(k) for k in gold.get("neutral", [])):
        return "neutral"
    return "wrong"


def pairs(art, gspan):
    claims = {c["id"]: c for c in art.get("claims", []) if (c.get("content") or {}).get("start") is not None}
    out = {}
    for k in art.get("conflicts", []):
        a, b = (claims.get(i) for i in k["claims"])
        if not a or not b:
            continue
        key = tuple(sorted([(a["content"]["start"], a["content"]["end"]), (b["content"]["start"], b["content"]["end"])]))
        out[key] = (a, b, k)
    return out


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    base, new, sets = sys.argv[1], sys.argv[2], sys.argv[3:] or DEFAULT_SETS
    totals = {}
    for root in sets:
        golds = sorted(glob.glob(os.path.join(root, "gold", "*.json")))
        paths = [os.path.join(root, "articles", os.path.basename(g)[:-5] + ".txt") for g in golds]
        if not paths:
            continue
        old_run, new_run = run(base, paths), run(new, paths)
        for g, p in zip(golds, paths):
            text = open(p, encoding="utf-8").read()
            gold = json.load(open(g, encoding="utf-8"))
            gspan = {c["id"]: byte_spans(text, c["quote"]) for c in gold.get("claims", [])}
            raw = text.encode("utf-8")
            po = pairs(old_run.get(os.path.realpath(p), {}), gspan)
            pn = pairs(new_run.get(os.path.realpath(p), {}), gspan)
            for sign, mine, other in (("-", po, pn), ("+", pn, po)):
                for key in sorted(set(mine) - set(other)):
                    a, b, k = mine[key]
                    lab = label(gold, gold_ids(gspan, a), gold_ids(gspan, b))
                    totals[(sign, lab)] = totals.get((sign, lab), 0) + 1
                    snip = lambda c: raw[c["content"]["start"]:c["content"]["end"]].decode("utf-8", "replace")[:90]  # noqa: E731
                    print(f"{sign} {lab:7} {os.path.basename(root)}/{os.path.basename(p)} [{k.get('kind')} {k.get('confidence')}]")
                    print(f"      {a['speaker']['name']}: {snip(a)!r}")
                    print(f"      {b['speaker']['name']}: {snip(b)!r}")
                    if os.environ.get("REASONS"):
                        print(f"      why: {k.get('reason', '')[:200]}")
    print("totals:", ", ".join(f"{s}{lab} {n}" for (s, lab), n in sorted(totals.items())) or "no change")


if __name__ == "__main__":
    main()
