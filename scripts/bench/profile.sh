#!/usr/bin/env bash
# Instruction-count profile of `graphctl extract` (load-independent, for before/after comparisons).
# Usage: scripts/bench/profile.sh BIN INPUT OUT_PREFIX
#   writes OUT_PREFIX.out (callgrind), OUT_PREFIX.incl.txt (inclusive, demangled) and
#   OUT_PREFIX.self.txt (self cost); prints the total instruction count.
set -euo pipefail
bin="$1"; input="$2"; out="$3"
valgrind --tool=callgrind --callgrind-out-file="$out.out" "$bin" extract "$input" >/dev/null 2>"$out.log"
callgrind_annotate --inclusive=yes "$out.out" 2>/dev/null | swift demangle --simplified >"$out.incl.txt"
callgrind_annotate "$out.out" 2>/dev/null | swift demangle --simplified >"$out.self.txt"
grep -m1 "PROGRAM TOTALS" "$out.self.txt"
