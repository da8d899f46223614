"""What the evaluation scripts share: running a build, and the scorers' own matching rules
(../shared/eval/score_articles.py and score_attribution.py), which those scripts keep inside
their main functions."""
import os
import subprocess
import sys

# (../shared/eval beside the repository, wherever the script is run from.)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "eval"))
# (byte_spans is imported for the scripts that import this module.)
from score_articles import articles_of, byte_spans  # noqa: E402,F401
from score_attribution import overlap, to_char, words  # noqa: E402


def run(binary, paths):
    """The build's JSON Lines report of `paths`, by real path."""
    out = subprocess.run([binary, "--format", "jsonl"] + paths, capture_output=True, text=True).stdout
    return {os.path.realpath(a["path"]): a for a in articles_of(out)}


def gold_ids(gspan, claim):
    """The gold claims (id -> byte spans) that `claim` falls on, by score_articles.py's rule:
    the spans overlap by half of the shorter."""
    s, e = claim["content"]["start"], claim["content"]["end"]
    hits = set()
    for gid, spans in gspan.items():
        for gs, ge in spans:
            ov = min(e, ge) - max(s, gs)
            if ov > 0 and ov >= 0.5 * min(e - s, ge - gs):
                hits.add(gid)
    return hits


def polnear_preds(claims, table):
    """A report's claims in score_attribution.py's form: character spans of content and
    speaker mention, and the speaker's name."""
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


def content_hit(p, g):
    """score_attribution.py's content rule: half of the claim lies in the gold content."""
    return overlap(p["content"], g["content"]) >= 0.5 * (sum(e - s for s, e in p["content"]) or 1)


def speaker_hit(p, g):
    """score_attribution.py's speaker rule: the mention overlaps the gold source, or the
    source's words are all in the name."""
    if p["mention"] and overlap(p["mention"], g["source"]) > 0:
        return True
    gw = words(g["stext"])
    return bool(gw) and gw <= words(p["name"])
