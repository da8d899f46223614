#!/usr/bin/env bash
# Process-level figures for the README's "Performance" section: start-up on one article, peak
# memory and time on the hostile shapes and on 1, 10 and 100 MB of news text (as many files
# and as one file), and throughput on all cores. Run from the crate root:
#
#   bash benches/process.sh [SIZES]      # SIZES: MB figures to run, default "1 10 100"
#
# Needs hyperfine and GNU time (apt-get install -y hyperfine time) and the PolNeAr texts in
# ../shared/eval/polnear-train/text. Inputs are made once in ${CLAIMCHECK_BENCH_DIR:-/tmp/claimcheck-bench}.
# A single file of more than 10 MB is given --max-bytes and a time limit of
# ${ONE_FILE_LIMIT:-600} seconds.
set -euo pipefail

sizes=${1:-"1 10 100"}
corpus=../shared/eval/polnear-train/text
seed=../shared/seeds/000_4d4943778a46a10c.txt
work=${CLAIMCHECK_BENCH_DIR:-/tmp/claimcheck-bench}
limit=${ONE_FILE_LIMIT:-600}
bin=target/release/claimcheck

cargo build --release --quiet
mkdir -p "$work"

# many-N/: copies of the corpus files (hard links) up to N MB; one-N.txt: the same texts
# end to end, each article followed by a blank line.
make_inputs() {
    local mb=$1 bytes=$(($1 * 1000000))
    if [[ ! -d $work/many-$mb ]]; then
        mkdir -p "$work/many-$mb.tmp"
        local total=0 round=0
        while ((total < bytes)); do
            for f in "$corpus"/*.txt; do
                ln "$f" "$work/many-$mb.tmp/$(printf %03d $round)_$(basename "$f")" 2>/dev/null ||
                    cp "$f" "$work/many-$mb.tmp/$(printf %03d $round)_$(basename "$f")"
                total=$((total + $(stat -c %s "$f")))
                ((total < bytes)) || break
            done
            round=$((round + 1))
        done
        mv "$work/many-$mb.tmp" "$work/many-$mb"
    fi
    if [[ ! -f $work/one-$mb.txt ]]; then
        for f in "$work/many-$mb"/*.txt; do cat "$f"; printf '\n\n'; done >"$work/one-$mb.txt"
    fi
}

# Prints wall time, user time and peak memory of one run; exit status 1 (conflicts found)
# is success, 124 is the time limit.
measure() {
    local out
    /usr/bin/time -o "$work/time.txt" -f '%e %U %M %x' "$@" >/dev/null 2>&1 || true
    out=$(tail -1 "$work/time.txt")
    awk '{printf "%.2f s wall, %.2f s user, %.0f MB peak%s", $1, $2, $3 / 1024,
          ($4 == 124 ? " (stopped at the time limit)" : ($4 > 1 ? " (exit " $4 ")" : ""))}' <<<"$out"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "## one article, whole process ($(stat -c %s "$seed") bytes)"
hyperfine -N -i --warmup 20 --runs 200 --style basic \
    "$bin --format jsonl $seed" 2>/dev/null | grep -E 'Time|Range'
echo
echo "## hostile shapes (benches/hostile.rs), one file each"
cargo run --release --quiet --example write_shapes -- "$work/shapes"
for f in "$work"/shapes/*.txt; do
    printf '%-18s %9d bytes: %s\n' "$(basename "$f" .txt)" "$(stat -c %s "$f")" \
        "$(measure "$bin" --format jsonl "$f")"
done
echo
for mb in $sizes; do
    make_inputs "$mb"
    files=$(find "$work/many-$mb" -name '*.txt' | wc -l)
    # (Summed from the listing: 100 MB is too many files for one command line.)
    bytes=$(find "$work/many-$mb" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s }')
    echo "## $mb MB: $files articles, $bytes bytes"
    echo "many files, all cores: $(measure "$bin" --format jsonl "$work/many-$mb")"
    echo "many files, one core:  $(measure taskset -c 0 "$bin" --format jsonl "$work/many-$mb")"
    echo "one file:              $(measure timeout "$limit" "$bin" --format jsonl \
        --max-bytes 2000000000 "$work/one-$mb.txt")"
    echo
done
