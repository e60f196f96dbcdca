#!/usr/bin/env bash
# The main job: install what is missing, build graphctl (release), and run it on the seed
# articles. Outputs go to out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
swift build -c release --product graphctl
bin="$(swift build -c release --show-bin-path)/graphctl"
"$bin" run seeds --out out
echo
echo "Binary: $bin"
echo "Outputs: $(pwd)/out (alliances.svg, alliances.dot, relations.jsonl, actors.csv, graph.json)"
