#!/bin/sh
# Makes the virtualenv the interoperability tests run networkx in, and prints the line to export.
#   sh scripts/interop/setup-venv.sh [FOLDER]      (default: .build/interop-venv)
#   export RELGRAPH_PYTHON=…/bin/python; swift test
set -eu
here=$(cd "$(dirname "$0")" && pwd)
venv=${1:-"$here/../../.build/interop-venv"}
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
echo "export RELGRAPH_PYTHON=$(cd "$venv" && pwd)/bin/python"
