#!/usr/bin/env bash
# Builds the libFuzzer targets into Fuzz/.work/build (see Fuzz/README.md).
#
#   bash Fuzz/build.sh               # the library, then every target
#   bash Fuzz/build.sh dot jsonl     # the library, then these targets
#
# SwiftPM cannot link an executable under -sanitize=fuzzer (it renames `main`), so the Graph
# library is compiled with swiftc into a static library with coverage and AddressSanitizer, and
# each harness is linked against it. Resources come from Sources/Graph/Resources through
# Fuzz/Support/ResourceBundle.swift (SwiftPM's `Bundle.module` is not there outside SwiftPM).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=Fuzz/.work/build
mkdir -p "$out"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=()
  for f in Fuzz/Targets/*.swift; do targets+=("$(basename "$f" .swift)"); done
fi
flags=(-sanitize=fuzzer,address -O -g -parse-as-library -I Sources/CGraphviz)
# The linker complains about every AddressSanitizer helper symbol; nothing else is filtered.
quiet() { grep -v "Cannot export local symbol" || true; }

# Swift string literal of the resource folder (backslashes and quotes escaped).
resources=$(printf '%s' "$root/Sources/Graph/Resources" | sed 's/\\/\\\\/g; s/"/\\"/g')
printf 'let fuzzResourcePath = "%s"\n' "$resources" >"$out/FuzzResourcePath.swift.new"
cmp -s "$out/FuzzResourcePath.swift.new" "$out/FuzzResourcePath.swift" 2>/dev/null \
  || mv "$out/FuzzResourcePath.swift.new" "$out/FuzzResourcePath.swift"
rm -f "$out/FuzzResourcePath.swift.new"

mapfile -t sources < <(find Sources/Graph -name '*.swift' | sort)
# The library is rebuilt when a source (or this script) is newer than it.
if [ ! -f "$out/libGraph.a" ] || [ -n "$(find Sources/Graph Fuzz/Support/ResourceBundle.swift \
  Fuzz/build.sh "$out/FuzzResourcePath.swift" -newer "$out/libGraph.a" -print -quit)" ]; then
  echo "building the Graph library with -sanitize=fuzzer,address ..."
  swiftc -emit-library -static -module-name Graph -enable-testing "${flags[@]}" -j 2 \
    -emit-module -emit-module-path "$out/Graph.swiftmodule" \
    "${sources[@]}" Fuzz/Support/ResourceBundle.swift "$out/FuzzResourcePath.swift" \
    -o "$out/libGraph.a" 2>&1 | quiet
else
  echo "the Graph library is up to date"
fi

for t in "${targets[@]}"; do
  echo "linking fuzz-$t ..."
  swiftc "${flags[@]}" -module-name "Fuzz_$t" -I "$out" -L "$out" -lGraph \
    Fuzz/Support/Check.swift "Fuzz/Targets/$t.swift" -lgvc -lcgraph -lcdt \
    -o "$out/fuzz-$t" 2>&1 | quiet
  test -x "$out/fuzz-$t"
done
echo "built: ${targets[*]} (in $out)"
