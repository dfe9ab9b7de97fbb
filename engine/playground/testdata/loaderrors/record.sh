#!/usr/bin/env bash
# Record the load error of a loaderrors case under a Django version, with
# django_load_error.py (beside this file), run by the same Django and
# Python that ../../../../../shared/conformance/reference.sh traces with.
#
#   record.sh VERSION CASE_DIR...   write CASE_DIR/expected.json (3.2) or
#                                   CASE_DIR/expected-VERSION.json
#
# VERSION is 3.2 (this machine's python3-django on /usr/bin/python3), 5.2
# or 6.1 (Python 3.13 in reference.sh's trixie chroot, $ORMFIDDLE_REF,
# default /var/cache/ormfiddle-reference; run `reference.sh setup` first).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
REF=${ORMFIDDLE_REF:-/var/cache/ormfiddle-reference}
CHROOT=$REF/trixie
die() { echo "record.sh: $*" >&2; exit 1; }
[ $# -ge 2 ] || die "usage: record.sh VERSION CASE_DIR..."
v=$1; shift
for case in "$@"; do
  case=$(cd "$case" && pwd)
  [ -f "$case/models.py" ] || die "$case has no models.py"
  out=$case/expected-$v.json; [ "$v" = 3.2 ] && out=$case/expected.json
  case $v in
    3.2) /usr/bin/python3 "$here/django_load_error.py" "$case" > "$out.tmp" ;;
    5.2|6.1)
      [ -d "$CHROOT/opt/django-$v" ] || die "Django $v is not set up: run reference.sh setup"
      w=$(mktemp -d "$CHROOT/tmp/loaderr.XXXXXX")
      cp "$case/models.py" "$w/"
      cp "$here/django_load_error.py" "$w/.django_load_error.py"
      chroot "$CHROOT" env PYTHONPATH=/opt/django-$v /usr/bin/python3 "${w#$CHROOT}/.django_load_error.py" "${w#$CHROOT}" > "$out.tmp" || { rm -rf "$w" "$out.tmp"; die "$case: Django $v failed"; }
      rm -rf "$w" ;;
    *) die "unknown version '$v' (3.2, 5.2 or 6.1)" ;;
  esac
  mv "$out.tmp" "$out"
  echo "$out"
done
