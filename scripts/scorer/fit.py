#!/usr/bin/env python3
"""Fit the conflict scorer's weights (data/matcher/scorer.tsv) on annotated article sets.

usage:
  scripts/scorer/fit.py [--write] [--threshold T] [--l2 L] SET_DIR... [--check SET_DIR...]

SET_DIR may be DIR+DIR...: directories weighed together as one set (two annotations of one
corpus, say).

Each SET_DIR holds articles/*.txt and gold/*.json in the format of
../shared/eval/score_articles.py. The matcher's rules propose candidate conflicts
(`cargo run --release --example conflict_features`); a candidate is a positive when its two
claims fall on the two sides of one gold conflict (the scorer's own matching: a claim maps to
a gold claim when their spans overlap by half of the shorter), a negative otherwise; pairs the
gold calls neutral are left out. A logistic regression with an L2 penalty is fitted by
Newton's method, each set weighted equally whatever its size, so that neither the written
nor the real news articles dominate. Pure Python: no package to install.

Printed: the weights, the figures on every set at the threshold (on the confidence
claimcheck reports: the lower of the scorer's and the rule's) as score_articles.py counts
them (P over predicted pairs, R over gold conflicts), and the same with each set's weights
fitted without that set (leave one set out), the honest estimate for unseen articles.
--write stores the weights; --check sets are scored but never fitted on.
"""
import glob
import json
import math
import os
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "scripts", "eval"))
from common import byte_spans, gold_ids  # noqa: E402
BINARY = os.path.join(ROOT, "target", "release", "examples", "conflict_features")
WEIGHTS = os.path.join(ROOT, "data", "matcher", "scorer.tsv")


def load_set(root):
    """Every candidate of the set as (features, label, article, pair), with the gold counts."""
    golds = sorted(glob.glob(os.path.join(root, "gold", "*.json")))
    paths = [os.path.join(root, "articles", os.path.basename(g)[:-5] + ".txt") for g in golds]
    run = subprocess.run([BINARY] + paths, capture_output=True, text=True, check=True)
    rows, names, articles = [], None, []
    for gpath, path, line in zip(golds, paths, run.stdout.splitlines()):
        art = json.loads(line)
        names = art["features"]
        text = open(path, encoding="utf-8").read()
        gold = json.load(open(gpath, encoding="utf-8"))
        gspan = {g["id"]: byte_spans(text, g["quote"]) for g in gold.get("claims", [])}

        cmap = {c["id"]: gold_ids(gspan, c) for c in art["claims"]}

        def pair_in(pair, k):
            x, y = cmap.get(pair[0], set()), cmap.get(pair[1], set())
            a, b = set(k["a"]), set(k["b"])
            return bool((x & a and y & b) or (x & b and y & a))

        conflicts = gold.get("conflicts", [])
        neutral = gold.get("neutral", [])
        index = len(articles)
        articles.append((path, len(conflicts), art))
        for cand in art["candidates"]:
            pair = cand["claims"]
            hits = [n for n, k in enumerate(conflicts) if pair_in(pair, k)]
            if not hits and any(pair_in(pair, k) for k in neutral):
                continue
            rows.append((cand["features"], 1 if hits else 0, index, hits, cand))
    return names, rows, articles


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def solve(a, b):
    """Solves a x = b by Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        if abs(m[col][col]) < 1e-12:
            continue
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                if f:
                    for c in range(col, n + 1):
                        m[r][c] -= f * m[col][c]
    return [m[i][n] / m[i][i] if abs(m[i][i]) > 1e-12 else 0.0 for i in range(n)]


def fit(samples, dims, l2):
    """samples: (features, label, weight). Newton's method on the penalised log-likelihood;
    the bias (feature 0) is not penalised."""
    w = [0.0] * dims
    for _ in range(50):
        grad = [0.0] * dims
        hess = [[0.0] * dims for _ in range(dims)]
        for x, y, sw in samples:
            p = sigmoid(sum(a * b for a, b in zip(w, x)))
            g = sw * (p - y)
            h = sw * p * (1 - p)
            for i in range(dims):
                if x[i]:
                    grad[i] += g * x[i]
                    hi = h * x[i]
                    row = hess[i]
                    for j in range(dims):
                        if x[j]:
                            row[j] += hi * x[j]
        for i in range(1, dims):
            grad[i] += l2 * w[i]
            hess[i][i] += l2
        hess[0][0] += 1e-6
        step = solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return w


def confidence(w, x, names):
    """The confidence claimcheck reports: the lower of the scorer's and the surest rule's
    (its `rule_confidence` feature is that rule's confidence less 0.6)."""
    rule = x[names.index("rule_confidence")] + 0.6
    return min(sigmoid(sum(a * b for a, b in zip(w, x))), rule)


def figures(rows, articles, w, threshold, names):
    """Conflict P and R as score_articles.py counts them, with the predicted pair count."""
    predicted = correct = 0
    found = set()
    for x, y, art, hits, _ in rows:
        if confidence(w, x, names) >= threshold - 1e-9:
            predicted += 1
            if y:
                correct += 1
                found.update((art, h) for h in hits)
    gold = sum(a[1] for a in articles)
    p = correct / predicted if predicted else (1.0 if not gold else 0.0)
    r = len(found) / gold if gold else 1.0
    return p, r, predicted, gold


def main():
    argv = sys.argv[1:]
    write = "--write" in argv
    threshold, l2 = 0.6, 1.0
    fit_sets, check_sets = [], []
    target = fit_sets
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--threshold":
            threshold = float(argv[i + 1])
            i += 1
        elif a == "--l2":
            l2 = float(argv[i + 1])
            i += 1
        elif a == "--check":
            target = check_sets
        elif a != "--write":
            target.append(a)
        i += 1
    if not fit_sets:
        sys.exit(__doc__)
    data = {}
    names = None
    for s in fit_sets + check_sets:
        # "A+B": two directories weighed as one set (two annotations of one corpus).
        rows, articles = [], []
        for part in s.split("+"):
            names, part_rows, part_articles = load_set(part)
            rows += [(x, y, art + len(articles), hits, c) for x, y, art, hits, c in part_rows]
            articles += part_articles
        data[s] = (rows, articles)
    dims = len(names)

    def samples(sets):
        total = sum(len(data[s][0]) for s in sets)
        out = []
        for s in sets:
            rows, _ = data[s]
            # Each set weighs the same in all, its pairs in their own proportion, so that the
            # score reads as a probability on articles like the sets.
            for x, y, *_ in rows:
                out.append((x, y, total / len(sets) / len(rows)))
        return out

    w = fit(samples(fit_sets), dims, l2)
    print("weights:")
    for n, v in zip(names, w):
        print(f"  {n:22s} {v:+.3f}")
    print(f"\nfigures at threshold {threshold} (fitted on every fit set):")
    for s in fit_sets + check_sets:
        rows, articles = data[s]
        p, r, k, g = figures(rows, articles, w, threshold, names)
        tag = "check" if s in check_sets else "fit"
        print(f"  {tag:5s} {s:55s} P={p:.3f} R={r:.3f} (predicted {k}, gold {g}, candidates {len(rows)})")
    print("\nthresholds (fitted on every fit set):")
    for t in (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        cells = []
        for s in fit_sets + check_sets:
            rows, articles = data[s]
            p, r, k, g = figures(rows, articles, w, t, names)
            cells.append(f"{os.path.basename(s.rstrip('/'))[:14]:>14s} {p:.2f}/{r:.2f}")
        print(f"  {t:.1f} " + " ".join(cells))
    if len(fit_sets) > 1:
        print("\nleave one set out:")
        for s in fit_sets:
            wo = fit(samples([x for x in fit_sets if x != s]), dims, l2)
            rows, articles = data[s]
            p, r, k, g = figures(rows, articles, wo, threshold, names)
            print(f"  {s:61s} P={p:.3f} R={r:.3f} (predicted {k}, gold {g})")
    if write:
        with open(WEIGHTS, "w", encoding="utf-8") as f:
            f.write("# scorer.tsv -- weights of the conflict scorer (src/matcher/scorer.rs), one feature a\n")
            f.write("# line: name<TAB>weight. Written by scripts/scorer/fit.py; do not edit by hand.\n")
            f.write(f"# fitted on: {', '.join(os.path.relpath(s, ROOT) for s in fit_sets)}; l2 {l2}\n")
            for n, v in zip(names, w):
                f.write(f"{n}\t{v:.4f}\n")
        print(f"\nwrote {os.path.relpath(WEIGHTS, ROOT)}")


if __name__ == "__main__":
    main()
