#!/usr/bin/env bash
# Benchmark `slant batch` against ripgrep over the same generated corpus.
#
#   scripts/bench.sh [SCALE...]        (default: 1 10)
#
# For each scale it generates a corpus into /tmp (scripts/gen_corpus.py: 2,000 articles,
# ~10 MB at scale 1), then times
#
#   slant batch DIR --format jsonl > /dev/null
#   rg -i -w -c -F -f TERMS DIR > /dev/null
#
# where TERMS is every term and variant of the lexicons, one per line. ripgrep only counts
# case-insensitive whole-word hits of the terms; slant also stems, segments sentences, tells
# the outlet's voice from quoted and attributed speech, checks headline support, omissions,
# tone, frames and sourcing, and writes a full JSON report per article. The ratio says what
# that costs, not that the two do the same job.
#
# Uses hyperfine when installed (else one timed run each), and GNU time for peak RSS.
# Environment: JOBS (slant --jobs, default all cores), RUNS (hyperfine runs, default 3),
# BENCH_DIR (default /tmp/slant-bench).
set -euo pipefail

cd "$(dirname "$0")/.."
SCALES=("${@:-1 10}")
# shellcheck disable=SC2206
SCALES=(${SCALES[*]})
BENCH_DIR=${BENCH_DIR:-/tmp/slant-bench}
RUNS=${RUNS:-3}
JOBS_FLAG=()
if [[ -n "${JOBS:-}" ]]; then JOBS_FLAG=(--jobs "$JOBS"); fi

command -v rg >/dev/null || { echo "bench.sh: ripgrep (rg) is needed: apt-get install ripgrep" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench.sh: GNU time (/usr/bin/time) is needed for peak RSS: apt-get install time" >&2; exit 2; }

echo "== building slant (release)" >&2
cargo build --release --quiet
SLANT=$PWD/target/release/slant
mkdir -p "$BENCH_DIR"

TERMS=$BENCH_DIR/terms.txt
python3 - "$TERMS" <<'EOF'
import glob, sys, tomllib
terms = set()
for path in sorted(glob.glob("lexicons/**/*.toml", recursive=True)):
    with open(path, "rb") as f:
        data = tomllib.load(f)
    if data.get("lexicon", {}).get("kind", "terms") != "terms":
        continue
    for entry in data.get("entry", []):
        for t in [entry.get("term", "")] + list(entry.get("variants", [])):
            t = t.strip()
            if t:
                terms.add(t)
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("\n".join(sorted(terms)) + "\n")
print(f"{len(terms)} lexicon terms and variants", file=sys.stderr)
EOF

# Prints "seconds" (mean) for a command, with hyperfine when present.
time_cmd() {
    local name=$1; shift
    if command -v hyperfine >/dev/null; then
        local json=$BENCH_DIR/$name.json
        hyperfine --style none --warmup 1 --runs "$RUNS" --export-json "$json" \
            --command-name "$name" -- "$*" >&2
        python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["mean"])' "$json"
    else
        local start end
        start=$(date +%s.%N); bash -c "$*"; end=$(date +%s.%N)
        python3 -c "print($end - $start)"
    fi
}

# Peak resident set size in MB of one run, and its CPU use (user + system time over wall
# time: 200% is both of two cores busy throughout).
rss_and_cpu() {
    /usr/bin/time -f "%M %P" -o "$BENCH_DIR/rss.txt" bash -c "$*" >/dev/null 2>&1 || true
    python3 -c 'import sys; kb, cpu = open(sys.argv[1]).read().split()[-2:]; print(round(int(kb) / 1024, 1), cpu)' "$BENCH_DIR/rss.txt"
}

printf '\n%-6s %8s %9s %10s %10s %8s %10s %10s %12s %10s %9s %9s\n' \
    scale files MB slant_s rg_s ratio slant_MB/s rg_MB/s slant_RSS_MB rg_RSS_MB slant_CPU rg_CPU
for scale in "${SCALES[@]}"; do
    corpus=$BENCH_DIR/corpus-$scale
    if [[ ! -d $corpus ]]; then
        echo "== generating scale $scale into $corpus" >&2
        python3 scripts/gen_corpus.py "$corpus" --scale "$scale"
    fi
    files=$(find "$corpus" -type f | wc -l)
    bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
    mb=$(python3 -c "print(round($bytes / 1e6, 1))")
    slant_cmd="$SLANT batch $corpus --isolated --no-progress --format jsonl ${JOBS_FLAG[*]} > /dev/null"
    # `|| true`: rg exits 1 when a file has no match.
    rg_cmd="rg -i -w -c -F -f $TERMS $corpus > /dev/null || true"
    echo "== scale $scale: $files files, $mb MB" >&2
    slant_s=$(time_cmd "slant-$scale" "$slant_cmd")
    rg_s=$(time_cmd "rg-$scale" "$rg_cmd")
    read -r slant_rss slant_cpu <<<"$(rss_and_cpu "$slant_cmd")"
    read -r rg_rss rg_cpu <<<"$(rss_and_cpu "$rg_cmd")"
    python3 - "$scale" "$files" "$mb" "$slant_s" "$rg_s" "$slant_rss" "$rg_rss" "$slant_cpu" "$rg_cpu" <<'EOF'
import sys
scale, files, mb, s, r, srss, rrss, scpu, rcpu = sys.argv[1:]
mb, s, r = float(mb), float(s), float(r)
print(f"{scale:<6} {files:>8} {mb:>9.1f} {s:>10.2f} {r:>10.3f} {s / r:>7.2f}x {mb / s:>10.2f} {mb / r:>10.1f} {srss:>12} {rrss:>10} {scpu:>9} {rcpu:>9}")
EOF
done
echo >&2
echo "cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
