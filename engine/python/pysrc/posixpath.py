# posixpath: os.path's pure functions (CPython's, str only). Nothing exists:
# ormfiddle has no filesystem; the cwd is a fixed "/app".
sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False

def _s(p):
    if isinstance(p, str):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is not None:
        r = f(p)
        if isinstance(r, str):
            return r
    raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(p).__name__)

def normcase(s):
    return _s(s)

def isabs(s):
    return _s(s).startswith('/')

def join(a, *p):
    path = _s(a)
    for b in p:
        b = _s(b)
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path

def split(p):
    p = _s(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail

def splitext(p):
    p = _s(p)
    s = p.rfind('/')
    d = p.rfind('.')
    if d > s:
        f = s + 1
        while f < d:
            if p[f] != '.':
                return p[:d], p[d:]
            f += 1
    return p, ''

def splitdrive(p):
    return _s(p)[:0], _s(p)

def basename(p):
    p = _s(p)
    return p[p.rfind('/') + 1:]

def dirname(p):
    p = _s(p)
    head = p[:p.rfind('/') + 1]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head

def normpath(path):
    path = _s(path)
    if path == '':
        return '.'
    initial = 1 if path.startswith('/') else 0
    if initial and path.startswith('//') and not path.startswith('///'):
        initial = 2
    comps = path.split('/')
    new = []
    for c in comps:
        if c in ('', '.'):
            continue
        if c != '..' or (not initial and not new) or (new and new[-1] == '..'):
            new.append(c)
        elif new:
            new.pop()
    path = '/'.join(new)
    if initial:
        path = '/' * initial + path
    return path or '.'

def abspath(path):
    path = _s(path)
    if not isabs(path):
        path = join('/app', path)
    return normpath(path)

realpath = abspath

def relpath(path, start=None):
    path = _s(path)
    if not path:
        raise ValueError('no path specified')
    start = '.' if start is None else _s(start)
    s = [x for x in abspath(start).split('/') if x]
    p = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([s, p]))
    rel = [pardir] * (len(s) - i) + p[i:]
    if not rel:
        return curdir
    return join(*rel)

def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1

def expanduser(path):
    return _s(path)

def expandvars(path):
    return _s(path)

def exists(path):
    return False

lexists = isfile = isdir = islink = ismount = exists
