#!/usr/bin/env bash
# Regenerates docs/seeds-alliances.png, the README's picture: the five seed articles through
# extraction, analysis and the diagram (bloc boxes, node size by PageRank), as PNG via cairo.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product graphctl >/dev/null
bin="$(swift build --show-bin-path)/graphctl"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" extract seeds -o "$tmp/relations.jsonl"
"$bin" render "$tmp/relations.jsonl" --format png -o docs/seeds-alliances.png \
  --title "Libya: who backs whom in five seed articles (2020)"
echo "wrote docs/seeds-alliances.png"
