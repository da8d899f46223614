#!/usr/bin/env python3
"""PolNeAR gold attributions (content and speaker right, by the scorer's rule) that one build
finds and another does not, and claims one build makes that PolNeAR has no attribution for.

Usage: scripts/eval/attrdiff.py BASE_BINARY NEW_BINARY [DATA] [-v]
DATA defaults to ../shared/eval/polnear-train; -v prints each attribution with its text.
Run from the repository root.
"""
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, "../shared/eval")
from common import content_hit as hit, polnear_preds as preds_of, run as run_report, speaker_hit as spk  # noqa: E402
from score_attribution import byte_to_char, load_ann  # noqa: E402


def run(binary, paths):
    return {path: a.get("claims", []) for path, a in run_report(binary, paths).items()}


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
