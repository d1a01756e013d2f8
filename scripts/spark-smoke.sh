#!/usr/bin/env bash
# Runs the README's PySpark snippet for real, in local[2], and checks it against `slant batch`.
#
#   scripts/spark-smoke.sh [SLANT_BINARY]     (default: target/release/slant, built if missing)
#
# Needs a Java runtime (17 or 21, as Spark 4 does): on Debian a headless JRE is installed when
# `java -version` finds none. PySpark is installed with pip into a cache folder
# ($SLANT_SPARK_CACHE, default ~/.cache/slant/spark-smoke), so only the first run downloads it.
#
# The input is a JSONL file with ids, one record of which is bad. Each line Spark writes must be
# byte-identical to the line `slant batch` writes for the same record on the same lines; the
# bad record must come out as an error line carrying its id.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
PYSPARK_VERSION=4.3.0
cache=${SLANT_SPARK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/slant/spark-smoke}
say() { printf 'spark-smoke: %s\n' "$*" >&2; }

bin=${1:-target/release/slant}
if [ ! -x "$bin" ]; then
    say "building $bin"
    cargo build --release --quiet
fi
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")

# A Java runtime: Spark 4 needs 17 or later.
java_major() { java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1; }
if ! command -v java >/dev/null 2>&1 || [ "$(java_major)" -lt 17 ] 2>/dev/null; then
    if command -v apt-get >/dev/null 2>&1; then
        say "installing a headless JRE"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null
        apt-get install -y -qq openjdk-17-jre-headless >/dev/null
    else
        say "no Java 17+ and no apt-get: install a JRE first"
        exit 2
    fi
fi
say "$(java -version 2>&1 | head -n1)"

# PySpark in the cache folder, not in the system's Python.
if [ ! -d "$cache/py/pyspark-$PYSPARK_VERSION.dist-info" ]; then
    say "installing pyspark $PYSPARK_VERSION into $cache (once)"
    rm -rf "$cache/py"
    mkdir -p "$cache"
    python3 -m pip install --quiet --disable-pip-version-check --no-warn-script-location --root-user-action=ignore \
        --target "$cache/py" "pyspark==$PYSPARK_VERSION"
fi
export PYTHONPATH="$cache/py${PYTHONPATH:+:$PYTHONPATH}"
export SPARK_HOME="$cache/py/pyspark"
export PYSPARK_PYTHON=python3 PYSPARK_DRIVER_PYTHON=python3

work=$(mktemp -d)
trap '[ -n "${SPARK_SMOKE_KEEP:-}" ] || rm -rf "$work"' EXIT

# The README's snippet, as printed: the python block after the spark-snippet marker.
awk '/<!-- spark-snippet/ { marked = 1; next }
     marked && /^```python/ { inside = 1; next }
     inside && /^```/ { exit }
     inside { print }' README.md >"$work/score.py"
[ -s "$work/score.py" ] || { say "no spark-snippet block in README.md"; exit 2; }

# Twelve articles with ids, the seventh not valid JSON.
python3 - "$work/in.jsonl" <<'PY'
import json, sys
heads = ["Council Approves Budget for Harbour Repairs", "Hardline Mayor Slams Critics",
         "Radical School Reform Sparks Outrage", "Storm Brings Heavy Rain to the Coast"]
body = ("The council voted on Monday to approve the plan, officials said. "
        "Residents asked for more time to study the proposal before the next meeting.")
with open(sys.argv[1], "w") as f:
    for i in range(12):
        if i == 6:
            f.write('{"id": "wire-007", "headline": "Unterminated\n')
            continue
        f.write(json.dumps({"id": f"wire-{i + 1:03}", "headline": heads[i % 4], "body": body}) + "\n")
PY

# --files ships the binary. Spark starts its Python workers in the folder shipped files land
# in (SparkFiles' root), so `./slant` is the shipped copy, and no `slant` is in the folder the
# job is started from: a snippet that called it from anywhere else would fail here.
mkdir "$work/run"
start=$(date +%s)
(
    cd "$work/run"
    "$SPARK_HOME/bin/spark-submit" --master 'local[2]' \
        --conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions=2 \
        --files "$bin" \
        "$work/score.py" "$work/in.jsonl" "$work/out" >"$work/spark.out" 2>"$work/spark.err"
) || { say "spark-submit failed:"; tail -n 40 "$work/spark.err" >&2; exit 1; }
say "spark-submit took $(($(date +%s) - start))s"

# Spark hands each partition to its own slant, whose line numbers (a finding's `line`, an
# error's `at`) count within the partition. So each part file is compared with `slant batch
# --stdin` on the same lines: byte-identical, record by record, the bad one included.
python3 - "$bin" "$work/in.jsonl" "$work/out" "$work/spark.out" <<'PY'
import glob, json, os, subprocess, sys
slant, input_path, out_dir, shown = sys.argv[1:5]
inputs = open(input_path, "rb").read().splitlines(keepends=True)
parts = sorted(glob.glob(os.path.join(out_dir, "part-*")))
assert len(parts) == 2, f"local[2] should give two partitions: {parts}"
start, checked = 0, 0
for part in parts:
    got = open(part, "rb").read().splitlines()
    chunk = inputs[start:start + len(got)]
    start += len(got)
    run = subprocess.run(
        [slant, "batch", "--stdin", "--format", "jsonl", "--isolated", "--no-progress", "--jobs", "1"],
        input=b"".join(chunk), capture_output=True)
    expected = run.stdout.splitlines()
    assert len(expected) == len(got), (part, len(expected), len(got))
    for spark_line, batch_line in zip(got, expected):
        assert spark_line == batch_line, f"{part} differs:\n{spark_line[:300]}\n{batch_line[:300]}"
        checked += 1
assert start == len(inputs) == checked == 12, (start, len(inputs), checked)
records = [json.loads(l) for p in parts for l in open(p)]
assert [r["source"] for r in records] == [f"wire-{i:03}" for i in range(1, 13)], \
    "one result per record, in input order, each with its id"
bad = [r for r in records if "error" in r]
assert [(r["source"], r["error"]["kind"]) for r in bad] == [("wire-007", "json")], bad
table = open(shown).read()
assert "wire-007" in table and "wire-001" in table, table
print("spark-smoke: ok: 12 records, each line byte-identical to slant batch on its partition; "
      "the bad record is an error line with its id, wire-007")
PY
