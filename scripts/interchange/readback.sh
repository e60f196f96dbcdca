#!/usr/bin/env bash
# End-to-end interchange check through the command line: runs graphctl on the seed articles,
# exports the graph in every format, reads each export back with NetworkX and compares it
# with graph.json. With ../shared/corpus/gdelt present it also imports the GDELT samples and
# checks their exports the same way, and renders them.
# Usage: bash scripts/interchange/readback.sh   (needs the venv of scripts/interchange/setup.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/interchange/setup.sh
swift build --product graphctl >/dev/null
bin="$(swift build --show-bin-path)/graphctl"
py=.venv/bin/python
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

export_all() {  # relations.jsonl folder
  "$bin" export "$1" --format graphml -o "$2/graph.graphml"
  "$bin" export "$1" --format gexf -o "$2/graph.gexf"
  "$bin" export "$1" --format json -o "$2/graph.nodelink.json"
  "$bin" export "$1" --format csv -o "$2/" 2>/dev/null
}

"$bin" run seeds --out "$tmp/seeds" >/dev/null
export_all "$tmp/seeds/relations.jsonl" "$tmp/seeds"
"$py" scripts/interchange/readback.py "$tmp/seeds"

gdelt=../shared/corpus/gdelt
if [ -d "$gdelt" ]; then
  mkdir -p "$tmp/gdelt"
  "$bin" import gdelt "$gdelt/events.csv" "$gdelt/2020-11-13.csv" -o "$tmp/gdelt/relations.jsonl" 2>/dev/null
  "$bin" export "$tmp/gdelt/relations.jsonl" --format graphjson -o "$tmp/gdelt/graph.json"
  export_all "$tmp/gdelt/relations.jsonl" "$tmp/gdelt"
  "$py" scripts/interchange/readback.py "$tmp/gdelt"
  "$bin" render "$tmp/gdelt/relations.jsonl" --top 40 --format png -o "$tmp/gdelt/top40.png"
  echo "rendered the GDELT samples ($(wc -c <"$tmp/gdelt/top40.png") bytes of PNG)"
else
  echo "no $gdelt: GDELT samples not checked"
fi
