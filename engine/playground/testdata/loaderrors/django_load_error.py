#!/usr/bin/python3
"""Print, as JSON, the error real Django raises when CASE_DIR/models.py
cannot be loaded: {"error": "ClassName: message"} (null when it loads).
It runs under whichever Django its Python imports: record.sh (beside it)
runs it for Django 3.2, 5.2 and 6.1, as reference.sh runs the tracer.

usage: record.sh VERSION CASE_DIR   (3.2: /usr/bin/python3 django_load_error.py CASE_DIR)

It sets Django up exactly as shared/conformance/django_trace.py does (app
"myapp", SQLite, USE_TZ=False, AutoField ids), then runs makemigrations with
the system checks on, as `manage.py makemigrations` and `migrate` run them.
django_trace.py reports neither kind of error: call_command skips the
system checks by default, and an exception raised while the models module
is imported (ModelBase's FieldError, TypeError, ImproperlyConfigured ...)
escapes before its try block.
"""
import contextlib, io, json, os, shutil, sys, tempfile

case = os.path.abspath(sys.argv[1])
work = tempfile.mkdtemp(prefix="djload")
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
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.path.join(work, "db.sqlite3")}},
    USE_TZ=False,
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
)
result = {"django": django.get_version(), "error": None}
try:
    django.setup()
    from django.core.management import call_command
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        call_command("makemigrations", "myapp", verbosity=0, skip_checks=False)
except Exception as e:
    result["error"] = "%s: %s" % (type(e).__name__, e)
print(json.dumps(result, indent=1))
shutil.rmtree(work)
