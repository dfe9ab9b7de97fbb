#!/usr/bin/env bash
# Records real Django's traces of the app-label cases: the reference tracer
# (shared/conformance) always names its app myapp and refuses APP_LABEL in
# settings.json, so this runs a copy of it (and of reference.sh) whose app
# is the case's APP_LABEL, with the rest of settings.json. Nothing under
# shared/ is changed.
#
#   engine/playground/testdata/applabel/record.sh CASE_DIR...
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ref=${REFERENCE:-$here/../../../../../shared/conformance/reference.sh}
ref=$(cd "$(dirname "$ref")" && pwd)/$(basename "$ref")
for case in "$@"; do
  case=$(cd "$case" && pwd)
  label=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["APP_LABEL"])' "$case/settings.json")
  tmp=$(mktemp -d)
  cp "$ref" "$tmp/reference.sh"
  sed "s/myapp/$label/g" "$(dirname "$ref")/django_trace.py" > "$tmp/django_trace.py"
  mkdir "$tmp/case"
  cp "$case/models.py" "$case/shell.py" "$tmp/case/"
  python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); s.pop("APP_LABEL"); s and json.dump(s, open(sys.argv[2], "w"))' "$case/settings.json" "$tmp/case/settings.json"
  for v in 3.2 5.2 6.1; do
    f=$case/expected-$v.json; [ $v = 3.2 ] && f=$case/expected.json
    bash "$tmp/reference.sh" trace $v "$tmp/case" > "$f.tmp" && [ -s "$f.tmp" ] && mv "$f.tmp" "$f" && echo "$f"
  done
  rm -rf "$tmp"
done
