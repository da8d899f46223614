#!/usr/bin/env python3
"""Gold conflicts a build misses, with the build's claims on each side.

Usage: scripts/eval/missed.py SET [BINARY] [--summary]
Each missed point is printed with its two sides (gold quote, and the speaker the build gives
the overlapping claim, or UNCLAIMED). --summary prints only the counts: found, both sides
claimed but not paired, a side unclaimed. Run from the repository root.
"""
import glob
import json
import os
import subprocess
import sys

sys.path.insert(0, "../shared/eval")
from score_articles import articles_of, byte_spans  # noqa: E402


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    summary = "--summary" in sys.argv
    root = args[0]
    binary = args[1] if len(args) > 1 else "target/release/claimcheck"
    golds = sorted(glob.glob(os.path.join(root, "gold", "*.json")))
    paths = [os.path.join(root, "articles", os.path.basename(g)[:-5] + ".txt") for g in golds]
    out = subprocess.run([binary, "--format", "jsonl"] + paths, capture_output=True, text=True).stdout
    arts = {os.path.realpath(a["path"]): a for a in articles_of(out)}
    counts = dict(found=0, both_claimed=0, side_unclaimed=0)
    for g, p in zip(golds, paths):
        text = open(p, encoding="utf-8").read()
        raw = text.encode("utf-8")
        gold = json.load(open(g, encoding="utf-8"))
        gcl = {c["id"]: c for c in gold.get("claims", [])}
        gspan = {i: byte_spans(text, c["quote"]) for i, c in gcl.items()}
        art = arts.get(os.path.realpath(p), {})
        claims = [c for c in art.get("claims", []) if (c.get("content") or {}).get("start") is not None]

        def ours(gid):
            res = []
            for c in claims:
                s, e = c["content"]["start"], c["content"]["end"]
                for gs, ge in gspan[gid]:
                    ov = min(e, ge) - max(s, gs)
                    if ov > 0 and ov >= 0.5 * min(e - s, ge - gs):
                        res.append(c)
                        break
            return res
        cmap = {c["id"]: {gid for gid in gcl if c in ours(gid)} for c in claims}
        for k in gold.get("conflicts", []):
            A, B = set(k["a"]), set(k["b"])
            hit = any(len(pc["claims"]) == 2 and (
                (cmap.get(pc["claims"][0], set()) & A and cmap.get(pc["claims"][1], set()) & B) or
                (cmap.get(pc["claims"][0], set()) & B and cmap.get(pc["claims"][1], set()) & A))
                for pc in art.get("conflicts", []))
            if hit:
                counts["found"] += 1
                continue
            sa = [c for gid in A for c in ours(gid)]
            sb = [c for gid in B for c in ours(gid)]
            key = "both_claimed" if sa and sb else "side_unclaimed"
            counts[key] += 1
            if summary:
                continue
            print(f"== {os.path.basename(p)} [{key}] {k.get('point', k.get('topic', ''))}")
            for side, ids, mine in (("a", A, sa), ("b", B, sb)):
                for gid in sorted(ids):
                    print(f"  {side} gold [{gcl[gid].get('speaker')}] {gcl[gid]['quote'][:150]!r}")
                for c in mine[:2]:
                    snip = raw[c["content"]["start"]:c["content"]["end"]].decode("utf-8", "replace")[:150]
                    print(f"     ours [{c['speaker']['name']}] {snip!r}")
                if not mine:
                    print("     ours UNCLAIMED")
    print(counts)


if __name__ == "__main__":
    main()
