#!/usr/bin/env bash
# Creates .venv/ at the repository root with the Python packages the interchange check needs
# (networkx, pinned in requirements.txt). Does nothing when they are already there.
set -euo pipefail
cd "$(dirname "$0")/../.."
want=$(sed -n 's/^networkx==//p' scripts/interchange/requirements.txt)
if [ -x .venv/bin/python ] && .venv/bin/python -c "import networkx, sys; sys.exit(networkx.__version__ != '$want')" 2>/dev/null; then
  exit 0
fi
echo "graphctl: creating .venv with networkx $want ..." >&2
python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -r scripts/interchange/requirements.txt
