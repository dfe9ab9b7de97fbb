# What the peer page runs for each trace: django_trace.py (the conformance
# tracer, copied beside this file by the Makefile) on /case, as a script,
# in the page's one Python. A re-run first puts Django back as it was
# before the tracer configured it: settings unconfigured, the app registry
# and the connections empty, the models' modules forgotten. So every run
# is the tracer's run, and a re-run costs what a playground built on real
# Django would pay to run a snippet again in a warm interpreter.
import collections, io, runpy, sys, threading


def reset():
    if "django.apps" not in sys.modules:
        return
    from django.apps import apps
    from django.conf import settings
    from django.db import connections
    from django.utils.functional import empty

    connections.close_all()
    connections.__init__()
    connections.__dict__.pop("settings", None)  # a cached_property
    # What Apps.__init__ sets for the main registry (which refuses to be
    # made twice).
    apps.all_models = collections.defaultdict(dict)
    apps.app_configs = {}
    apps.stored_app_configs = []
    apps.apps_ready = apps.models_ready = apps.ready = False
    apps.ready_event = threading.Event()
    apps.loading = False
    apps._pending_operations = collections.defaultdict(list)
    apps.get_models.cache_clear()
    apps.get_swappable_settings_name.cache_clear()
    settings._wrapped = empty
    for name in [n for n in sys.modules if n == "myapp" or n.startswith("myapp.")]:
        del sys.modules[name]
    sys.path[:] = [p for p in sys.path if "djtrace" not in p]


def trace():
    reset()
    out = io.StringIO()
    stdout, argv = sys.stdout, sys.argv
    sys.stdout, sys.argv = out, ["django_trace.py", "/case"]
    try:
        runpy.run_path("/peer/django_trace.py", run_name="__main__")
    except SystemExit:
        pass  # the tracer exits after printing a load error
    finally:
        sys.stdout, sys.argv = stdout, argv
    return out.getvalue()
