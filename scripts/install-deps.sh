#!/usr/bin/env bash
# Installs the system packages graphctl needs (Graphviz's C libraries and a font with Arabic),
# only when they are missing. Debian/Ubuntu; uses sudo when not run as root.
set -euo pipefail

need=()
pkg-config --exists libgvc 2>/dev/null || need+=(libgraphviz-dev)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need+=(fonts-dejavu-core)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
# The export read-back tests make a Python venv (scripts/interchange/setup.sh).
command -v python3 >/dev/null 2>&1 || need+=(python3)
python3 -c "import venv, ensurepip" >/dev/null 2>&1 || need+=(python3-venv)

if [ ${#need[@]} -gt 0 ]; then
  echo "graphctl: installing ${need[*]} ..." >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# libgvc finds its layout plugins through a config file written at install time; rebuild it if
# it is missing (symptom: 'Layout type: "dot" not recognized').
libdir=$(pkg-config --variable=libdir libgvc 2>/dev/null || echo /usr/lib/x86_64-linux-gnu)
if ! ls "$libdir"/graphviz/config* >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO libgvc6-config-update -c 2>/dev/null || $SUDO dot -c 2>/dev/null || true
fi
