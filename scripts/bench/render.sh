#!/usr/bin/env bash
# Render benchmark: graphctl's in-process Graphviz against `dot -Tsvg` / `sfdp -Tsvg` on the same
# DOT, for synthetic graphs of 500 and 5,000 actors. One command:
#
#   bash scripts/bench/render.sh [--runs N]
#
# Installs Debian's `graphviz` package (the command-line tools) when `dot` is missing: only this
# benchmark needs it. Builds graphctl in release mode (.build-bench), writes the inputs to .bench/
# and prints a Markdown table with the load average (see scripts/bench/render.py).
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v dot >/dev/null || ! command -v sfdp >/dev/null; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq graphviz >/dev/null
fi
bash scripts/install-deps.sh
swift build -c release --product graphctl --scratch-path .build-bench >/dev/null
bin="$(swift build -c release --scratch-path .build-bench --show-bin-path)/graphctl"
mkdir -p .bench
for n in 500 5000; do
  python3 scripts/bench/make-render-graph.py "$n" ".bench/render-$n.jsonl"
done
echo "graphctl $(git rev-parse --short HEAD), $(dot -V 2>&1), $(nproc) cores"
python3 scripts/bench/render.py "$bin" .bench "$@"
