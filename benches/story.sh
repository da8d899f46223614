#!/usr/bin/env bash
# Time per article and peak memory of `claimcheck --across` on one story of 100 and of
# 1,000 articles (PolNeAR texts, read as one story), for issue 18's scale figures. Run from
# the crate root:
#
#   bash benches/story.sh
#
# Needs GNU time (apt-get install -y time) and ../shared/eval/polnear-{train,dev}/text.
set -euo pipefail

work=${CLAIMCHECK_BENCH_DIR:-/tmp/claimcheck-bench}
bin=target/release/claimcheck
cargo build --release --quiet
mkdir -p "$work"

for n in 100 1000; do
    dir=$work/story-$n
    if [[ ! -d $dir ]]; then
        mkdir -p "$dir.tmp"
        # The corpus has 924 texts: past that, copies under another name.
        mapfile -t texts < <(find ../shared/eval/polnear-train/text ../shared/eval/polnear-dev/text -name '*.txt' | sort)
        for ((i = 0; i < n; i++)); do
            cp "${texts[i % ${#texts[@]}]}" "$dir.tmp/$i-$(basename "${texts[i % ${#texts[@]}]}")"
        done
        mv "$dir.tmp" "$dir"
    fi
    articles=$(find "$dir" -name '*.txt' | wc -l)
    best=""
    for _ in 1 2 3; do
        /usr/bin/time -f '%e %M' -o "$work/time.txt" "$bin" --across --format jsonl "$dir" >/dev/null || true
        read -r wall kb < <(tail -n 1 "$work/time.txt")
        if [[ -z $best ]] || (($(echo "$wall < ${best%% *}" | bc))); then best="$wall $kb"; fi
    done
    read -r wall kb <<<"$best"
    echo "$articles articles: best of 3 ${wall} s wall, $(echo "scale=3; $wall * 1000 / $articles" | bc | sed 's/^\./0./') ms an article, peak $((kb / 1024)) MiB"
done
