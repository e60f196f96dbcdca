#!/usr/bin/env bash
# Output-identity check for speed work: records what `graphctl extract` writes on a fixed set of
# inputs, or compares a build's output with a recording byte for byte.
#
# Usage: scripts/bench/identity.sh record|check BIN [DIR]
#   BIN  the graphctl binary; DIR the recording (default .bench/identity-ref)
# Inputs (none holds a held-out article): seeds/, and the files of scripts/bench/identity-inputs.py
# (peer-gold sentences, WikiEvents, the corpus once) plus the 10 MB bench input, written into
# .bench/ when missing. Each is run as `extract`, `extract --unmatched --json` and (small inputs)
# `extract --explain --json`.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
mode="${1:?record or check}"
bin="${2:?graphctl binary}"
ref="${3:-.bench/identity-ref}"
shared="${GRAPHCTL_SHARED:-$repo/../shared}"
mkdir -p .bench/id
[ -s .bench/id/peer.jsonl ] || python3 scripts/bench/identity-inputs.py --shared "$shared" --seeds seeds --out .bench/id
[ -s .bench/extract-10mb.jsonl ] || python3 scripts/bench/make-input.py --shared "$shared" --seeds seeds --mb 10 --out .bench/extract-10mb.jsonl

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
run() { # name args...
  local name="$1"; shift
  "$bin" extract "$@" >"$out/$name" 2>"$out/$name.err" || { echo "FAILED: extract $*" >&2; cat "$out/$name.err" >&2; exit 1; }
}
run seeds.jsonl seeds
run seeds.unmatched.jsonl --unmatched --json seeds
run seeds.explain.jsonl --explain --json seeds
for f in corpus peer wiki; do
  run "$f.jsonl" ".bench/id/$f.jsonl"
  run "$f.unmatched.jsonl" --unmatched --json ".bench/id/$f.jsonl"
done
run corpus.explain.jsonl --explain --json .bench/id/corpus.jsonl
run bench10.jsonl .bench/extract-10mb.jsonl

if [ "$mode" = record ]; then
  rm -rf "$ref"; mkdir -p "$ref"; cp "$out"/* "$ref"/
  wc -l "$ref"/*.jsonl
  exit 0
fi
status=0
for f in "$ref"/*.jsonl; do
  n=$(basename "$f")
  if cmp -s "$f" "$out/$n"; then
    echo "same      $n ($(wc -l <"$f") lines)"
  else
    echo "DIFFERENT $n"; diff <(head -c 100000000 "$f") "$out/$n" | head -n 20; status=1
  fi
done
exit $status
