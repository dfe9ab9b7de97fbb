#!/usr/bin/python3
"""Print, as JSON, the DDL real Django 3.2 would run on PostgreSQL
(`migrate --run-syncdb`: create_model for every managed, concrete model in
definition order, deferred statements last) for the models.py of every
conformance case: {"case": ["CREATE TABLE ...", ...], ...}.

usage: /usr/bin/python3 django_postgres_ddl.py ../conformance > ddl.json
Needs Debian's python3-django and python3-psycopg2; no PostgreSQL server
(the schema editor only collects the SQL). Each case runs in a fresh
interpreter, set up as shared/conformance/django_trace.py sets up SQLite.
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
settings.configure(
    INSTALLED_APPS=["myapp"],
    DATABASES={"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "myapp"}},
    USE_TZ=False,
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
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
        sys.exit("%s: %s" % (name, p.stderr))
    out[name] = json.loads(p.stdout)
print(json.dumps(out, indent=1, ensure_ascii=False))
