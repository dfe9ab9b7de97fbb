#!/usr/bin/env bash
# Record the sweep's goldens: for every tests/APP/models.py of a Django
# source tree that does not import django.contrib, real Django's trace of
# that models.py alone (an empty shell), as reference.sh records it, in
# APP.json beside this script. The DDL is what TestSweep compares.
#
#   record.sh DJANGO_SRC [VERSION]     (VERSION defaults to 5.2)
set -euo pipefail
src=${1:?usage: record.sh DJANGO_SRC [VERSION]}
version=${2:-5.2}
here=$(cd "$(dirname "$0")" && pwd)
ref=${REFERENCE:-$here/../../../../../shared/conformance/reference.sh}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for m in "$src"/tests/*/models.py; do
  app=$(basename "$(dirname "$m")")
  grep -q 'django\.contrib' "$m" && continue
  mkdir -p "$tmp/$app"
  cp "$m" "$tmp/$app/models.py"
  : > "$tmp/$app/shell.py"
  if "$ref" trace "$version" "$tmp/$app" > "$tmp/$app.json" 2> "$tmp/$app.err" && [ -s "$tmp/$app.json" ]; then
    mv "$tmp/$app.json" "$here/$app.json"
  else
    # The tracer crashed before printing (an import it cannot make):
    # keep its last line as the reason.
    python3 -c 'import json,sys; print(json.dumps({"django": sys.argv[1], "ddl": [], "steps": [], "error": sys.argv[2]}, indent=1))' \
      "$version" "$(grep -v '^\s*$' "$tmp/$app.err" | tail -n 1)" > "$here/$app.json"
  fi
  echo "$app"
done
