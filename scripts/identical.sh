#!/usr/bin/env bash
# Record every output of a slant build, to prove a refactoring changed no byte.
#
#   scripts/identical.sh record OUT_DIR [BIN]    (BIN default: target/release/slant)
#   scripts/identical.sh compare BEFORE_DIR AFTER_DIR
#
# `record` runs, into OUT_DIR (emptied first):
#   - `slant audit` on every file of corpus/ and on a few files of each input kind of the
#     perf corpus, in every output format;
#   - `slant batch` and `slant check` over corpus/ and over the perf corpus, in every output
#     format, plus the HTML site form (`--format html -o DIR/`);
#   - `slant eval` on the dev sets of /work/shared/eval (table and JSON, and the per-category
#     breakdown of the spans task), when that folder exists (EVAL_DIR overrides it).
# Each run's stdout, stderr and exit code are kept. The perf corpus is made once by
# scripts/gen_corpus.py (scale 1, seed 7) under PERF_DIR (default /tmp/slant-identical-corpus)
# and kept for the next run.
#
# `compare` lists the files of both folders, `cmp`s each pair, and exits 1 on any difference
# or any file present on one side only.
set -euo pipefail

cd "$(dirname "$0")/.."
FORMATS=(table json jsonl csv markdown sarif junit github html)
PERF_DIR=${PERF_DIR:-/tmp/slant-identical-corpus}
EVAL_DIR=${EVAL_DIR:-/work/shared/eval}

usage() {
    sed -n '2,5p' "$0" >&2
    exit 2
}

# run NAME CMD...: runs CMD (from the repository root), keeps NAME.out, NAME.err, NAME.rc.
run() {
    local name=$1
    shift
    local rc=0
    "$@" >"$OUT/$name.out" 2>"$OUT/$name.err" </dev/null || rc=$?
    echo "$rc" >"$OUT/$name.rc"
}

record() {
    OUT=$1
    local bin=${2:-target/release/slant}
    [[ -x $bin ]] || { echo "no binary at $bin (cargo build --release)" >&2; exit 2; }
    rm -rf "$OUT"
    mkdir -p "$OUT"
    if [[ ! -f $PERF_DIR/.complete ]]; then
        rm -rf "$PERF_DIR"
        python3 scripts/gen_corpus.py "$PERF_DIR" --scale 1 --seed 7 >/dev/null
        touch "$PERF_DIR/.complete"
    fi
    # Colour is off in every run: the outputs go to files, and NO_COLOR makes it certain.
    export NO_COLOR=1
    local common=(--isolated --no-progress --jobs 2)

    local perf_samples=()
    for ext in txt md html json; do
        perf_samples+=("$(find "$PERF_DIR" -name "*.$ext" | LC_ALL=C sort | sed -n 1,2p)")
    done
    local f fmt name
    for f in $(find corpus -type f | LC_ALL=C sort) ${perf_samples[*]}; do
        name=$(echo "$f" | tr '/' '_')
        for fmt in "${FORMATS[@]}"; do
            run "audit.$name.$fmt" "$bin" audit --isolated --format "$fmt" "$f"
        done
    done

    local corpus
    for corpus in corpus "$PERF_DIR"; do
        name=$(basename "$corpus")
        for fmt in "${FORMATS[@]}"; do
            run "batch.$name.$fmt" "$bin" batch "${common[@]}" --format "$fmt" "$corpus"
            run "check.$name.$fmt" "$bin" check "${common[@]}" --format "$fmt" "$corpus"
            run "check-gates.$name.$fmt" "$bin" check "${common[@]}" --format "$fmt" \
                --fail-above 20 --fail-on label --max-unsupported 1 "$corpus"
        done
        # The site form: index.html and one page per article.
        run "site.$name" "$bin" batch "${common[@]}" --format html -o "$OUT/site.$name/" "$corpus"
    done

    if [[ -d $EVAL_DIR ]]; then
        local set
        for set in "$EVAL_DIR"/*.jsonl; do
            name=$(basename "$set" .jsonl)
            run "eval.$name.table" "$bin" eval --isolated "$set"
            run "eval.$name.json" "$bin" eval --isolated --format json "$set"
        done
        for set in "$EVAL_DIR"/*loaded*.jsonl "$EVAL_DIR"/*articles*.jsonl; do
            [[ -f $set ]] || continue
            name=$(basename "$set" .jsonl)
            run "eval.$name.by-category" "$bin" eval --isolated --by category "$set"
        done
    fi
    echo "recorded $(find "$OUT" -type f | wc -l) files in $OUT"
}

compare() {
    local before=$1 after=$2 differ=0 count=0 f
    while IFS= read -r f; do
        count=$((count + 1))
        if [[ ! -f $before/$f ]]; then
            echo "only in $after: $f"
            differ=1
        elif [[ ! -f $after/$f ]]; then
            echo "only in $before: $f"
            differ=1
        elif ! cmp -s "$before/$f" "$after/$f"; then
            echo "differs: $f"
            differ=1
        fi
    done < <( (cd "$before" && find . -type f; cd "$after" && find . -type f) | LC_ALL=C sort -u)
    if [[ $differ == 0 ]]; then
        echo "identical: $count files"
    fi
    return $differ
}

case ${1:-} in
record) [[ $# -ge 2 ]] || usage; record "$2" "${3:-}" ;;
compare) [[ $# -eq 3 ]] || usage; compare "$2" "$3" ;;
*) usage ;;
esac
