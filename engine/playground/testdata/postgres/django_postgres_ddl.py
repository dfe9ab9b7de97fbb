#!/usr/bin/python3
"""Print, as JSON, the DDL real Django would run on PostgreSQL
(`migrate --run-syncdb`: create_model for every managed, concrete model in
definition order, deferred statements last) for the models.py of every
conformance case: {"case": ["CREATE TABLE ...", ...], ...}. A case whose
models this Django cannot load is left out.

usage: record.sh VERSION   (3.2: /usr/bin/python3 django_postgres_ddl.py ../conformance > ddl.json)
It runs under whichever Django its Python imports; record.sh (beside it)
runs it for 3.2 on this machine and for 5.2 and 6.1 in reference.sh's
chroot. Needs python3-psycopg2 there; no PostgreSQL server (the schema
editor only collects the SQL). Each case runs in a fresh interpreter,
set up as shared/conformance/django_trace.py sets up SQLite, with the
case's settings.json (startproject's settings without one).
"""
import json, os, subprocess, sys

ONE = r'''
import os, shutil, sys, tempfile, json
case = sys.argv[1]
work = tempfile.mkdtemp(prefix="djpg")
app = os.path.join(work, "myapp")
os.makedirs(os.path.join(app, "migrations"))
open(os.path.join(app, "__init__.py"), "w").close()
open(os.path.join(app, "migrations", "__init__.py"), "w").close()
shutil.copy(os.path.join(case, "models.py"), os.path.join(app, "models.py"))
sys.path.insert(0, work)
import django
from django.conf import settings
chosen = {"DEFAULT_AUTO_FIELD": "django.db.models.BigAutoField", "USE_TZ": True, "TIME_ZONE": "UTC"}
if os.path.isfile(os.path.join(case, "settings.json")):
    chosen.update(json.load(open(os.path.join(case, "settings.json"))))
settings.configure(
    INSTALLED_APPS=["myapp"],
    DATABASES={"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "myapp"}},
    **chosen
)
django.setup()
from django.apps import apps
from django.db import connection
with connection.schema_editor(collect_sql=True, atomic=False) as editor:
    for model in apps.get_app_config("myapp").get_models():
        if model._meta.managed and not model._meta.proxy:
            editor.create_model(model)
print(json.dumps([q.rstrip(";") for q in editor.collected_sql]))
shutil.rmtree(work)
'''

root = sys.argv[1]
out = {}
for name in sorted(os.listdir(root)):
    case = os.path.join(root, name)
    if not os.path.isfile(os.path.join(case, "models.py")):
        continue
    p = subprocess.run([sys.executable, "-c", ONE, os.path.abspath(case)], capture_output=True, text=True)
    if p.returncode != 0:
        print("%s: not loaded: %s" % (name, p.stderr.strip().splitlines()[-1]), file=sys.stderr)
        continue
    out[name] = json.loads(p.stdout)
print(json.dumps(out, indent=1, ensure_ascii=False))
