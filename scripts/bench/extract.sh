#!/usr/bin/env bash
# Extraction-throughput benchmark for `graphctl extract`.
#
# Builds graphctl in release mode, makes a JSONL input of at least --mb MB (10^6 bytes) by
# repeating the shared news corpus (without the held-out articles) and seeds/*.txt, then times,
# in the same run and on the same file:
#   (a) wc -w                      the peer: one pass over the bytes, counting words
#   (b) graphctl extract           all cores
#   (c) graphctl extract           one core (taskset -c 0)
# Each is run --runs times (default 3); the median is reported: MB/s, CPU utilisation
# ((user+sys)/wall, from /usr/bin/time) and peak RSS, plus graphctl's throughput as a ratio of wc's.
#
# Usage: scripts/bench/extract.sh [--mb N] [--runs N] [--scratch-path DIR] [--no-build]
# Environment: GRAPHCTL_SHARED (default: ../shared beside the repo), BENCH_DIR (default: .bench).
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"

mb=100
runs=3
scratch=".build-bench"
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --mb) mb="$2"; shift 2 ;;
    --mb=*) mb="${1#*=}"; shift ;;
    --runs) runs="$2"; shift 2 ;;
    --runs=*) runs="${1#*=}"; shift ;;
    --scratch-path) scratch="$2"; shift 2 ;;
    --scratch-path=*) scratch="${1#*=}"; shift ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "extract.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done
case "$mb" in ''|*[!0-9.]*) echo "extract.sh: --mb wants a number, got '$mb'" >&2; exit 2 ;; esac
case "$runs" in ''|*[!0-9]*|0) echo "extract.sh: --runs wants a positive integer" >&2; exit 2 ;; esac

die() { echo "extract.sh: $*" >&2; exit 1; }

# --- inputs and tools ---------------------------------------------------------------------------
shared="${GRAPHCTL_SHARED:-$repo/../shared}"
for f in corpus/news-ar.jsonl corpus/news-en.jsonl corpus/holdout.txt; do
  [ -r "$shared/$f" ] || die "needs the shared corpus: $shared/$f is missing (set GRAPHCTL_SHARED to the shared/ folder)"
done
compgen -G "seeds/*.txt" >/dev/null || die "no seeds/*.txt in $repo"
command -v python3 >/dev/null || die "needs python3 to write the input file"
command -v taskset >/dev/null || die "needs taskset (package util-linux)"

if [ ! -x /usr/bin/time ]; then
  echo "extract.sh: /usr/bin/time is missing; installing the 'time' package ..." >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq time >/dev/null
  [ -x /usr/bin/time ] || die "could not install /usr/bin/time"
fi

# --- build ----------------------------------------------------------------------------------------
if [ "$build" = 1 ]; then
  echo "extract.sh: building graphctl (release, scratch path $scratch) ..." >&2
  swift build -c release --scratch-path "$scratch" --product graphctl >&2
fi
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/graphctl"
[ -x "$bin" ] || die "no graphctl at $bin (build first, or drop --no-build)"

# --- input ----------------------------------------------------------------------------------------
bench_dir="${BENCH_DIR:-$repo/.bench}"
mkdir -p "$bench_dir"
input="$bench_dir/extract-${mb}mb.jsonl"
out="$bench_dir/extract-${mb}mb.out.jsonl"
python3 scripts/bench/make-input.py --shared "$shared" --seeds seeds --mb "$mb" --out "$input"
bytes=$(stat -c %s "$input")
docs=$(wc -l <"$input")
cat "$input" >/dev/null # into the page cache, so no variant pays for the first read

# --- timing ---------------------------------------------------------------------------------------
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# measure NAME CMD...: runs CMD $runs times; appends "wall user sys rss_kb" lines to $tmp/NAME.
# Wall time from date(1) in ns (finer than time's 10 ms); user, sys and peak RSS from /usr/bin/time.
measure() {
  local name="$1"; shift
  local i t0 t1
  : >"$tmp/$name"
  for ((i = 1; i <= runs; i++)); do
    t0=$(date +%s%N)
    if ! /usr/bin/time -f "%U %S %M" -o "$tmp/time" "$@" >"$tmp/stdout"; then
      cat "$tmp/time" >&2
      die "'$*' failed"
    fi
    t1=$(date +%s%N)
    echo "$(( t1 - t0 )) $(tail -n 1 "$tmp/time")" >>"$tmp/$name"
    printf '  %-16s run %d: %4d.%02d s\n' "$name" "$i" $(( (t1 - t0) / 1000000000 )) $(( (t1 - t0) / 10000000 % 100 )) >&2
  done
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "extract.sh: timing $runs run(s) of each variant (load average now: $load_before) ..." >&2
measure wc env LC_ALL=C.UTF-8 wc -w "$input"
words=$(LC_ALL=C.UTF-8 wc -w <"$input")
measure graphctl-all sh -c 'exec "$0" extract "$1" >"$2"' "$bin" "$input" "$out"
relations=$(wc -l <"$out")
measure graphctl-1core taskset -c 0 sh -c 'exec "$0" extract "$1" >"$2"' "$bin" "$input" "$out"

load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# stats NAME -> "wall_s mb_per_s cpu_pct rss_mb min_wall max_wall" (median of each over the runs)
stats() {
  python3 - "$tmp/$1" "$bytes" <<'EOF'
import statistics, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
size = int(sys.argv[2])
walls = [r[0] / 1e9 for r in rows]
cpu = [100 * (r[1] + r[2]) / (r[0] / 1e9) for r in rows]
rss = [r[3] / 1024 for r in rows]
w = statistics.median(walls)
print(f"{w:.3f} {size / 1e6 / w:.2f} {statistics.median(cpu):.0f} {statistics.median(rss):.0f}"
      f" {min(walls):.2f} {max(walls):.2f}")
EOF
}
read -r wc_wall wc_mbs wc_cpu wc_rss wc_min wc_max < <(stats wc)
read -r all_wall all_mbs all_cpu all_rss all_min all_max < <(stats graphctl-all)
read -r one_wall one_mbs one_cpu one_rss one_min one_max < <(stats graphctl-1core)

ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.4f}')" "$1" "$2"; }

# --- report ---------------------------------------------------------------------------------------
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
src_commit=$(git log -1 --format=%h -- Sources Package.swift 2>/dev/null || echo unknown)
dirty=""
git diff --quiet HEAD -- Sources Package.swift 2>/dev/null || dirty=" (Sources/ modified)"
cpu_model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
swift_version=$(swift --version 2>/dev/null | head -n 1)

cat <<EOF
graphctl extract benchmark
  commit     $commit$dirty; last change to Sources/: $src_commit
  machine    $(nproc) cores, ${cpu_model:-unknown CPU}; $(uname -sr)
  toolchain  $swift_version
  input      $input
             $bytes bytes ($(python3 -c "print(f'{$bytes/1e6:.1f}')") MB), $docs documents, $words words (wc -w, C.UTF-8)
  output     $relations relations
  runs       median of $runs per variant; MB = 10^6 bytes
  load avg   $load_before before, $load_after after (other work on the machine skews the figures)

  variant                      wall s  (min-max)         MB/s   vs wc -w   CPU %   peak RSS MB
EOF
printf '  %-26s %8.2f %-16s %8.2f %10s %7s %13s\n' \
  "wc -w (C.UTF-8)" "$wc_wall" "($wc_min-$wc_max)" "$wc_mbs" "1" "$wc_cpu" "$wc_rss" \
  "graphctl extract, 1 core" "$one_wall" "($one_min-$one_max)" "$one_mbs" "$(ratio "$one_mbs" "$wc_mbs")" "$one_cpu" "$one_rss" \
  "graphctl extract, $(nproc) cores" "$all_wall" "($all_min-$all_max)" "$all_mbs" "$(ratio "$all_mbs" "$wc_mbs")" "$all_cpu" "$all_rss"
cat <<EOF

  speed-up of all cores over one core: $(ratio "$one_wall" "$all_wall")x
  goal: >= 25 MB/s on one core -> $(python3 -c "import sys; print('met' if float(sys.argv[1]) >= 25 else f'not met ({25/float(sys.argv[1]):.1f}x short)')" "$one_mbs")
  goal: both cores used for many documents -> $(python3 -c "import sys; c=float(sys.argv[1]); n=int(sys.argv[2]); print('met' if c >= 75 * n else f'not met (CPU {c:.0f}% with {n} cores)')" "$all_cpu" "$(nproc)")
EOF
