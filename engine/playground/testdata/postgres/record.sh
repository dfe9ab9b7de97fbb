#!/usr/bin/env bash
# Record the PostgreSQL DDL of every conformance case under a Django
# version with django_postgres_ddl.py (beside this file), run by the same
# Django and Python that ../../../../../shared/conformance/reference.sh
# traces with.
#
#   record.sh VERSION    write ddl.json (3.2) or ddl-VERSION.json here
#
# VERSION is 3.2 (this machine's python3-django and python3-psycopg2 on
# /usr/bin/python3), 5.2 or 6.1 (Python 3.13 in reference.sh's trixie
# chroot, $ORMFIDDLE_REF, default /var/cache/ormfiddle-reference, with
# trixie's python3-psycopg2 installed in it: `chroot DIR apt-get install
# python3-psycopg2`).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cases=$here/../conformance
REF=${ORMFIDDLE_REF:-/var/cache/ormfiddle-reference}
CHROOT=$REF/trixie
die() { echo "record.sh: $*" >&2; exit 1; }
[ $# = 1 ] || die "usage: record.sh VERSION"
v=$1
out=$here/ddl-$v.json; [ "$v" = 3.2 ] && out=$here/ddl.json
case $v in
  3.2) /usr/bin/python3 "$here/django_postgres_ddl.py" "$cases" > "$out.tmp" ;;
  5.2|6.1)
    [ -d "$CHROOT/opt/django-$v" ] || die "Django $v is not set up: run reference.sh setup"
    w=$(mktemp -d "$CHROOT/tmp/pgddl.XXXXXX")
    for d in "$cases"/*/; do
      n=$(basename "$d"); mkdir -p "$w/cases/$n"
      cp "$d/models.py" "$w/cases/$n/"; [ -f "$d/settings.json" ] && cp "$d/settings.json" "$w/cases/$n/"
    done
    cp "$here/django_postgres_ddl.py" "$w/"
    chroot "$CHROOT" env PYTHONPATH=/opt/django-$v /usr/bin/python3 "${w#$CHROOT}/django_postgres_ddl.py" "${w#$CHROOT}/cases" > "$out.tmp" || { rm -rf "$w" "$out.tmp"; die "Django $v failed"; }
    rm -rf "$w" ;;
  *) die "unknown version '$v' (3.2, 5.2 or 6.1)" ;;
esac
mv "$out.tmp" "$out"
echo "$out"
