#!/usr/bin/env bash
# Runs one fuzz target built by Fuzz/build.sh (see Fuzz/README.md).
#
#   bash Fuzz/run.sh TARGET [SECONDS] [libFuzzer options...]
#
# The corpus grows in Fuzz/.work/corpus/TARGET (started from Fuzz/seeds/TARGET), crashing
# inputs land in Fuzz/.work/crashes/TARGET/, the log in Fuzz/.work/logs/. At the end it prints
# runs, executions per second, coverage (cov: edges, ft: features), corpus size, peak RSS and
# the load average before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: Fuzz/run.sh TARGET [SECONDS] [libFuzzer options...]}
seconds=${2:-600}
shift $(($# < 2 ? $# : 2))
work=Fuzz/.work
binary=$work/build/fuzz-$target
[ -x "$binary" ] || { echo "no $binary: run bash Fuzz/build.sh $target first" >&2; exit 2; }
corpus=$work/corpus/$target
crashes=$work/crashes/$target
mkdir -p "$corpus" "$crashes" "$work/logs"
log=$work/logs/$target-$(date +%Y%m%d-%H%M%S).log
case $target in
  text) maxlen=4096 ;;
  *) maxlen=8192 ;;
esac
# Graphviz's layout and the font libraries grow caches with every new input, which makes
# libFuzzer's per-input leak check run (and take half a second) on nearly every input of these
# two targets: 2-4 exec/s instead of 100-170. Their memory was measured instead (see
# Fuzz/README.md); the peak RSS is printed at the end.
leaks=()
case $target in
  dot | relations) leaks=(-detect_leaks=0) ;;
esac
# Swift's own crash backtracer reads memory that AddressSanitizer then reports: libFuzzer's
# stack trace is enough. Leaks inside libxml2 (FoundationXML's XMLDocument, used to check the
# XML exports) are not ours: Fuzz/lsan.supp silences them.
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS=suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0
# (For a leak's full stack set ASAN_OPTIONS=fast_unwind_on_malloc=0; it slows every malloc.)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
start=$(date +%s)
set +e
"$binary" "$corpus" "Fuzz/seeds/$target" -max_total_time="$seconds" -max_len=$maxlen \
  -timeout=20 -rss_limit_mb=3072 -print_final_stats=1 -artifact_prefix="$crashes/" \
  "${leaks[@]}" "$@" \
  >"$log" 2>&1
status=$?
set -e
elapsed=$(($(date +%s) - start))
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log")
echo "target $target: exit $status after ${elapsed}s; runs ${runs:-?}, ${rate:-?} exec/s, peak RSS ${rss:-?} MB"
echo "  last status: $last"
echo "  corpus: $(find "$corpus" -type f | wc -l) files; crashes: $(find "$crashes" -type f | wc -l)"
echo "  load average before: $load_before; after: $load_after"
echo "  log: $log"
exit $status
