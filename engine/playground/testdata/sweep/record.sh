#!/usr/bin/env bash
# Record the sweep's goldens: for every tests/APP/models.py of a Django
# source tree that does not import django.contrib, real Django's trace of
# that models.py alone (an empty shell), as reference.sh records it, in
# APP.json beside this script. The DDL is what TestSweep compares.
# An app that `manage.py migrate` would refuse is recorded with its error:
# the tracer skips the system checks (call_command does), so the app is
# also run through ../loaderrors/django_load_error.py, which runs them.
#
#   record.sh DJANGO_SRC [VERSION [APP...]]   (VERSION defaults to 5.2; all apps)
set -euo pipefail
src=${1:?usage: record.sh DJANGO_SRC [VERSION [APP...]]}
version=${2:-5.2}
shift $(( $# < 2 ? $# : 2 ))
here=$(cd "$(dirname "$0")" && pwd)
ref=${REFERENCE:-$here/../../../../../shared/conformance/reference.sh}
loaderr=$here/../loaderrors/record.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ $# -gt 0 ]; then
  apps=("$@")
else
  apps=()
  for m in "$src"/tests/*/models.py; do apps+=("$(basename "$(dirname "$m")")"); done
fi
for app in "${apps[@]}"; do
  m=$src/tests/$app/models.py
  grep -q 'django\.contrib' "$m" && continue
  mkdir -p "$tmp/$app"
  cp "$m" "$tmp/$app/models.py"
  : > "$tmp/$app/shell.py"
  if "$ref" trace "$version" "$tmp/$app" > "$tmp/$app.json" 2> "$tmp/$app.err" && [ -s "$tmp/$app.json" ]; then
    # The system checks: a SystemCheckError keeps its first error line.
    "$loaderr" "$version" "$tmp/$app" > /dev/null 2>&1 || true
    out=$tmp/$app/expected-$version.json; [ "$version" = 3.2 ] && out=$tmp/$app/expected.json
    python3 - "$tmp/$app.json" "$out" > "$here/$app.json" <<'PY'
import json, sys
trace = json.load(open(sys.argv[1]))
try:
    err = json.load(open(sys.argv[2]))["error"]
except (OSError, ValueError, KeyError):
    err = None
if err and err.startswith("SystemCheckError"):
    lines = [l.strip() for l in err.splitlines()]
    errs = [l for l in lines if l.startswith("myapp.") or l.startswith("?:")]
    trace["error"] = "SystemCheckError: " + (errs[0] if errs else lines[0])
print(json.dumps(trace, indent=1))
PY
  else
    # The tracer crashed before printing (an import it cannot make):
    # keep its last line as the reason.
    python3 -c 'import json,sys; print(json.dumps({"django": sys.argv[1], "ddl": [], "steps": [], "error": sys.argv[2]}, indent=1))' \
      "$version" "$(grep -v '^\s*$' "$tmp/$app.err" | tail -n 1)" > "$here/$app.json"
  fi
  echo "$app"
done
