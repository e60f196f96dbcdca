#!/usr/bin/env bash
# Analysis benchmark: graphctl against igraph, NetworKit and leidenalg on the same edge files,
# in the same run. See scripts/bench/README.md. Usage: scripts/bench/analysis.sh [--runs N]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=3
SCRATCH=.build-bench-static
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --scratch-path) SCRATCH="$2"; shift 2 ;;
    *) echo "usage: $0 [--runs N] [--scratch-path DIR]" >&2; exit 2 ;;
  esac
done
mkdir -p .bench
# Statically linked Swift runtime (as a shipped binary would be): the dynamic one maps ~6 MB
# more of shared libraries into every process, which shows in the peak-memory ratios.
echo "building graphctl (release, --static-swift-stdlib, $SCRATCH) ..." >&2
swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" >&2
VENV=.bench/venv
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install -q igraph networkit leidenalg numpy scipy >&2
for spec in "10000 50000 1 g10k" "100000 500000 2 g100k"; do
  set -- $spec
  [ -f ".bench/$4.tsv" ] || python3 scripts/bench/make-graphs.py "$1" "$2" "$3" ".bench/$4.tsv"
done
"$VENV/bin/python" -c 'import igraph, networkit, leidenalg; print("peers: igraph", igraph.__version__, "| networkit", networkit.__version__, "| leidenalg", leidenalg.version)'
echo "commit $(git rev-parse --short HEAD)$(git diff --quiet -- Sources || echo ' (+ uncommitted changes)')"
"$VENV/bin/python" scripts/bench/analysis.py --graphctl "$SCRATCH/release/graphctl" \
  --small .bench/g10k.tsv --large .bench/g100k.tsv --runs "$RUNS"
