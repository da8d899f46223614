#!/usr/bin/env bash
# Side by side with the peer of ../shared/eval/peer (textacy's direct quotations on spaCy's
# small English model): both read the same texts in one run of this script, one process
# each, on one core; prints wall and CPU time, words per second and the ratio. Run from the
# crate root:
#
#   bash benches/peer.sh [TEXT_DIR]     # default ../shared/eval/polnear-dev/text
#
# Needs GNU time (apt-get install -y time); sets up the peer's virtual environment with
# ../shared/eval/peer/setup.sh in ${PEER_VENV:-/tmp/peer-venv} when it is not there.
set -euo pipefail

texts=${1:-../shared/eval/polnear-dev/text}
venv=${PEER_VENV:-/tmp/peer-venv}
bin=target/release/claimcheck
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
[[ -x $venv/bin/python ]] || bash ../shared/eval/peer/setup.sh "$venv" >/dev/null
files=("$texts"/*.txt)
words=$(cat "${files[@]}" | wc -w)
bytes=$(cat "${files[@]}" | wc -c)
echo "machine: $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "texts: ${#files[@]} files, $words words, $bytes bytes ($texts)"

# Prints wall and CPU time, peak memory and words per second of one run on core 0, the
# mean of REPEAT runs (claimcheck takes a few hundredths of a second: one run is too short
# for GNU time to measure).
run() {
    local name=$1 repeat=$2
    shift 2
    /usr/bin/time -o "$work/time.txt" -f '%e %U %S %M' taskset -c 0 \
        bash -c 'for ((i = 0; i < $0; i++)); do "$@" >/dev/null 2>&1 || true; done' "$repeat" "$@"
    read -r wall user sys peak <"$work/time.txt"
    awk -v n="$name" -v w="$wall" -v u="$user" -v s="$sys" -v m="$peak" -v words="$words" \
        -v r="$repeat" 'BEGIN {
        w /= r; cpu = (u + s) / r
        printf "%-12s wall %8.3f s  cpu %8.3f s  peak %5.0f MB  %10.0f words/s wall  %10.0f words/s cpu\n",
               n, w, cpu, m / 1024, words / w, words / cpu
        print n, w, cpu > "/dev/stderr"
    }' 2>>"$work/figures.txt"
}

run textacy 1 "$venv/bin/python" ../shared/eval/peer/peer_textacy.py "${files[@]}"
run claimcheck 50 "$bin" --format jsonl "${files[@]}"
awk '{ wall[$1] = $2; cpu[$1] = $3 } END {
    printf "claimcheck reads the same words %.0f times as fast (wall), %.0f times per CPU second\n",
           wall["textacy"] / wall["claimcheck"], cpu["textacy"] / cpu["claimcheck"]
}' "$work/figures.txt"
