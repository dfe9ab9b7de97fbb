# tempfile: made-up names under /tmp, nothing created (ormfiddle has no
# filesystem). The letters come from a private generator seeded per session.
import posixpath as _p
tempdir = '/tmp'
template = 'tmp'
_state = [12345]
_chars = 'abcdefghijklmnopqrstuvwxyz0123456789_'

def _name():
    s = _state[0]
    r = ''
    for i in range(8):
        s = (s * 1103515245 + 12345) % 2147483648
        r += _chars[(s >> 16) % 37]
    _state[0] = s
    return r

def gettempdir():
    return tempdir

def gettempprefix():
    return template

def mkdtemp(suffix=None, prefix=None, dir=None):
    return _p.join(tempdir if dir is None else dir, (template if prefix is None else prefix) + _name() + (suffix or ''))

def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    raise OSError('ormfiddle has no filesystem: tempfile.mkstemp is not available')

def mktemp(suffix='', prefix=template, dir=None):
    return mkdtemp(suffix, prefix, dir)

class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
    def __repr__(self):
        return '<TemporaryDirectory %r>' % self.name
    def __enter__(self):
        return self.name
    def __exit__(self, *exc):
        pass
    def cleanup(self):
        pass

def _nofile(n):
    def f(*args, **kwargs):
        raise OSError('ormfiddle has no filesystem: tempfile.%s is not available' % n)
    f.__name__ = n
    return f

TemporaryFile = _nofile('TemporaryFile')
NamedTemporaryFile = _nofile('NamedTemporaryFile')
SpooledTemporaryFile = _nofile('SpooledTemporaryFile')
