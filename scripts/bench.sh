#!/usr/bin/env bash
# Benchmark `slant batch` against ripgrep over the same generated corpus, per output format.
#
#   scripts/bench.sh [SCALE...]        (default: 1 10)
#
# For each scale it generates a corpus once into BENCH_DIR (scripts/gen_corpus.py: 2,000
# articles, ~10 MB at scale 1, ~100 MB at scale 10; kept and reused by later runs), then runs,
# alternating in one loop so that both see the same machine,
#
#   rg -i -w -c -F -f TERMS DIR > /dev/null
#   slant batch DIR --format F > /dev/null        for each F in FORMATS
#
# RUNS times each (after one untimed warm-up round that fills the page cache), and reports per
# format the median wall time, MB/s, the median CPU use (user + system over wall: 200% is two
# cores busy throughout) and the peak RSS (the largest of the runs), beside ripgrep's.
#
# TERMS is every term and variant of the lexicons, one per line. ripgrep only counts
# case-insensitive whole-word hits of the terms; slant also stems, segments sentences, tells
# the outlet's voice from quoted and attributed speech, checks headline support, omissions,
# tone, frames and sourcing, and writes a report per article. The ratio says what that
# costs, not that the two do the same job.
#
# Environment:
#   RUNS      timed runs of each command (default 5; the figures are medians)
#   FORMATS   slant output formats (default "jsonl table json sarif")
#   JOBS      slant --jobs values, space-separated, one row each (default: all cores, no flag);
#             JOBS="1 2" shows the scaling curve
#   ARTICLES  write this many article files instead of 2,000 per scale (a smoke test of the
#             script; the corpus folder is named for it)
#   EXTRA     more slant arguments, e.g. EXTRA="--fields findings,score" (jsonl only)
#   BENCH_DIR where corpora and results go (default /tmp/slant-bench)
#
# Timing, CPU and peak RSS come from the kernel's accounting of each child (wait4 rusage), so
# neither hyperfine nor GNU time is needed. Results are also written to
# BENCH_DIR/results-SCALE.md as a Markdown table.
set -euo pipefail

cd "$(dirname "$0")/.."
SCALES=("${@:-1 10}")
# shellcheck disable=SC2206
SCALES=(${SCALES[*]})
BENCH_DIR=${BENCH_DIR:-/tmp/slant-bench}
export RUNS=${RUNS:-5}
export FORMATS=${FORMATS:-jsonl table json sarif}
export JOBS=${JOBS:-}
export EXTRA=${EXTRA:-}

command -v rg >/dev/null || { echo "bench.sh: ripgrep (rg) is needed: apt-get install ripgrep" >&2; exit 2; }

echo "== building slant (release)" >&2
cargo build --release --quiet
export SLANT=$PWD/target/release/slant
mkdir -p "$BENCH_DIR"

export TERMS=$BENCH_DIR/terms.txt
python3 - "$TERMS" <<'PY'
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
PY

for scale in "${SCALES[@]}"; do
    if [[ -n "${ARTICLES:-}" ]]; then
        corpus=$BENCH_DIR/corpus-$ARTICLES-articles
        gen=(--articles "$ARTICLES")
    else
        corpus=$BENCH_DIR/corpus-$scale
        gen=(--scale "$scale")
    fi
    if [[ ! -d $corpus ]]; then
        echo "== generating scale $scale into $corpus" >&2
        python3 scripts/gen_corpus.py "$corpus.tmp" "${gen[@]}"
        mv "$corpus.tmp" "$corpus"
    fi
    python3 - "$scale" "$corpus" "$BENCH_DIR/results-$scale.md" <<'PY'
import os, shlex, statistics, subprocess, sys, time

scale, corpus, results = sys.argv[1:]
runs = int(os.environ["RUNS"])
formats = os.environ["FORMATS"].split()
jobs = os.environ["JOBS"].split() or [None]
extra = shlex.split(os.environ["EXTRA"])
slant, terms = os.environ["SLANT"], os.environ["TERMS"]

files, size = 0, 0
for root, _, names in os.walk(corpus):
    for name in names:
        files += 1
        size += os.path.getsize(os.path.join(root, name))
mb = size / 1e6
print(f"== scale {scale}: {files:,} files, {mb:.1f} MB; {runs} runs each", file=sys.stderr)

def measure(argv):
    """Wall seconds, CPU % and peak RSS in MB of one run, output to /dev/null."""
    with open(os.devnull, "wb") as null:
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdout=null, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        err = child.stderr.read().decode(errors="replace")
        child.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    # rg exits 1 when some file has no match; slant 1 when an article fails a gate.
    if code not in (0, 1):
        sys.exit(f"bench.sh: {argv[0]} exited {code}: {err.strip()[:400]}")
    cpu = 100 * (usage.ru_utime + usage.ru_stime) / wall
    return wall, cpu, usage.ru_maxrss / 1024

commands = {"rg": ["rg", "-i", "-w", "-c", "-F", "-f", terms, corpus]}
for j in jobs:
    for f in formats:
        name = f if j is None else f"{f} -j{j}"
        argv = [slant, "batch", corpus, "--isolated", "--no-progress", "--format", f]
        if j is not None:
            argv += ["--jobs", j]
        commands[name] = argv + (extra if f == "jsonl" else [])

samples = {name: [] for name in commands}
for round_ in range(runs + 1):
    for name, argv in commands.items():
        result = measure(argv)
        if round_ > 0:  # round 0 warms the page cache
            samples[name].append(result)
    if round_ > 0:
        print(f"   run {round_}/{runs} done", file=sys.stderr)

def summary(name):
    walls = [s[0] for s in samples[name]]
    return statistics.median(walls), statistics.median(s[1] for s in samples[name]), max(s[2] for s in samples[name])

rg_s, rg_cpu, rg_rss = summary("rg")
header = ("| scale | command | files | MB | median s | vs rg | MB/s | CPU | peak RSS MB |\n"
          "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
rows = [f"| {scale} | rg -i -w -c -F | {files:,} | {mb:.1f} | {rg_s:.3f} | 1.00 | {mb / rg_s:.1f} | {rg_cpu:.0f}% | {rg_rss:.1f} |"]
for name in commands:
    if name == "rg":
        continue
    s, cpu, rss = summary(name)
    label = f"slant {name}" + (f" {' '.join(extra)}" if extra and name.startswith("jsonl") else "")
    rows.append(f"| {scale} | {label} | {files:,} | {mb:.1f} | {s:.3f} | **{s / rg_s:.2f}** | {mb / s:.1f} | {cpu:.0f}% | {rss:.1f} |")
table = "\n".join([header] + rows)
print(table)
load = open("/proc/loadavg").read().split()[:3]
note = f"\ncores: {os.cpu_count()}; load average before the next scale: {' '.join(load)}; runs: {runs} (medians; RSS is the largest)\n"
print(note, file=sys.stderr)
with open(results, "w") as f:
    f.write(table + "\n" + note)
PY
done
