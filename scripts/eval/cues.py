#!/usr/bin/env python3
"""PolNeAR gold attributions by cue word: how many a build finds with the right speaker.

Usage: scripts/eval/cues.py BINARY [DATA] [-v CUE_REGEX]
DATA defaults to ../shared/eval/polnear-train. With -v, the gold attributions whose cue
matches CUE_REGEX that the build misses are printed with the build's overlapping claims.
Run from the repository root.
"""
import collections
import glob
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, "../shared/eval")
from common import content_hit, polnear_preds, run, speaker_hit  # noqa: E402
from score_attribution import byte_to_char, load_ann  # noqa: E402


def main():
    args = sys.argv[1:]
    show = None
    if "-v" in args:
        show = re.compile(args[args.index("-v") + 1], re.I)
        args = args[:args.index("-v")]
    binary = args[0]
    data = args[1] if len(args) > 1 else "../shared/eval/polnear-train"
    docs = {}
    for ann in sorted(glob.glob(os.path.join(data, "attributions", "*.ann"))):
        docs.setdefault(os.path.basename(ann).rsplit("_", 1)[0], ann)
    paths = [os.path.join(data, "text", b + ".txt") for b in docs]
    arts = {path: a.get("claims", []) for path, a in run(binary, paths).items()}
    tally = collections.defaultdict(lambda: [0, 0, 0])
    for (b, ann), path in zip(docs.items(), paths):
        text = open(path, encoding="utf-8").read()
        table = byte_to_char(text)
        T, E = load_ann(ann)
        preds = polnear_preds(arts.get(os.path.realpath(path), []), table)
        for _, roles in E:
            if not roles.get("Content"):
                continue
            content = T[roles["Content"]][1]
            cue = T[roles["Cue"]][2].strip().lower() if roles.get("Cue") else "(none)"
            src = T[roles["Source"]] if roles.get("Source") else None
            g = dict(content=content, source=src[1] if src else [], stext=src[2] if src else "")
            hits = [p for p in preds if content_hit(p, g)]
            ok = [p for p in hits if speaker_hit(p, g)]
            t = tally[cue]
            t[0] += 1
            t[1] += bool(hits)
            t[2] += bool(ok)
            if show and show.fullmatch(cue) and not ok:
                s0 = content[0][0]
                print(f"- {b} [{src[2] if src else ''}] ({cue}) ...{text[max(0, s0 - 150):s0]!r} >> {T[roles['Content']][2][:100]!r}")
                for p in hits:
                    print(f"     ours [{p['name']}] {text[p['content'][0][0]:p['content'][0][1]][:100]!r}")
    if not show:
        rows = sorted(tally.items(), key=lambda kv: -(kv[1][0] - kv[1][2]))
        print("cue                      gold  content  +speaker  missed")
        for cue, (g, c, s) in rows[:40]:
            print(f"{cue[:24]:24} {g:5} {c:8} {s:9} {g - s:7}")


if __name__ == "__main__":
    main()
