#!/usr/bin/env python3
"""PolNeAR gold attributions (content and speaker right, by the scorer's rule) that one build
finds and another does not, and claims one build makes that PolNeAR has no attribution for.

Usage: scripts/eval/attrdiff.py BASE_BINARY NEW_BINARY [DATA] [-v]
DATA defaults to ../shared/eval/polnear-train; -v prints each attribution with its text.
Run from the repository root.
"""
import glob
import os
import subprocess
import sys

sys.path.insert(0, "../shared/eval")
from score_attribution import articles_of, byte_to_char, load_ann, overlap, to_char, words  # noqa: E402


def run(binary, paths):
    out = subprocess.run([binary, "--format", "jsonl"] + paths, capture_output=True, text=True).stdout
    return {os.path.realpath(a["path"]): a.get("claims", []) for a in articles_of(out)}


def preds_of(claims, table):
    out = []
    for cl in claims:
        c, sp = cl.get("content") or {}, cl.get("speaker") or {}
        m = sp.get("mention") or {}
        if c.get("start") is None:
            continue
        out.append(dict(content=[(to_char(table, c["start"]), to_char(table, c["end"]))],
                        mention=[(to_char(table, m["start"]), to_char(table, m["end"]))] if m.get("start") is not None else [],
                        name=sp.get("name") or ""))
    return out


def hit(p, g):
    return overlap(p["content"], g["content"]) >= 0.5 * (sum(e - s for s, e in p["content"]) or 1)


def spk(p, g):
    if p["mention"] and overlap(p["mention"], g["source"]) > 0:
        return True
    gw = words(g["stext"])
    return bool(gw) and gw <= words(p["name"])


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv
    if len(args) < 2:
        sys.exit(__doc__)
    base, new = args[0], args[1]
    data = args[2] if len(args) > 2 else "../shared/eval/polnear-train"
    docs = {}
    for ann in sorted(glob.glob(os.path.join(data, "attributions", "*.ann"))):
        docs.setdefault(os.path.basename(ann).rsplit("_", 1)[0], ann)
    paths = [os.path.join(data, "text", b + ".txt") for b in docs]
    old_run, new_run = run(base, paths), run(new, paths)
    gained = lost = 0
    bad = {"+": 0, "-": 0}
    for (b, ann), path in zip(docs.items(), paths):
        text = open(path, encoding="utf-8").read()
        table = byte_to_char(text)
        T, E = load_ann(ann)
        gold = []
        for _, roles in E:
            c = roles.get("Content")
            if not c:
                continue
            src = roles.get("Source")
            gold.append(dict(content=T[c][1], ctext=T[c][2], cue=T[roles["Cue"]][2] if roles.get("Cue") else "",
                             source=T[src][1] if src else [], stext=T[src][2] if src else ""))
        po = preds_of(old_run.get(os.path.realpath(path), []), table)
        pn = preds_of(new_run.get(os.path.realpath(path), []), table)
        for g in gold:
            was = any(hit(p, g) and spk(p, g) for p in po)
            now = any(hit(p, g) and spk(p, g) for p in pn)
            if was != now:
                gained += now
                lost += was
                if verbose:
                    print(f"{'+' if now else '-'} {b}: [{g['stext']}] ({g['cue']}) {g['ctext'][:120]!r}")
        keys_old = {(p["content"][0], p["name"]) for p in po}
        keys_new = {(p["content"][0], p["name"]) for p in pn}
        for sign, mine, other in (("+", pn, keys_old), ("-", po, keys_new)):
            for p in mine:
                if (p["content"][0], p["name"]) in other or any(hit(p, g) for g in gold):
                    continue
                bad[sign] += 1
                if verbose:
                    s, e = p["content"][0]
                    print(f"{sign} BAD {b}: [{p['name']}] {text[s:e][:120]!r}")
    print(f"gold attributions gained {gained}, lost {lost}; claims without gold added {bad['+']}, removed {bad['-']}")


if __name__ == "__main__":
    main()
