# pathlib: PurePosixPath's operations; a Path (PosixPath) exists nowhere
# and its filesystem methods raise OSError (ormfiddle has no filesystem).
import posixpath as _p

class PurePosixPath:
    def __init__(self, *args):
        parts = []
        for a in args:
            if isinstance(a, PurePosixPath):
                a = a._str
            elif not isinstance(a, str):
                raise TypeError('argument should be a str or an os.PathLike object where __fspath__ returns a str, not %r' % type(a).__name__)
            parts.append(a)
        s = _p.join(*parts) if parts else ''
        root = '//' if s.startswith('//') and not s.startswith('///') else ('/' if s.startswith('/') else '')
        self._root = root
        self._rest = [x for x in s[len(root):].split('/') if x and x != '.']
        self._str = (root + '/'.join(self._rest)) or '.'

    def _new(self, s):
        return type(self)(s)

    def __str__(self):
        return self._str

    def __fspath__(self):
        return self._str

    def as_posix(self):
        return self._str

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._str)

    def __eq__(self, o):
        return isinstance(o, PurePosixPath) and self._str == o._str

    def __hash__(self):
        return hash(self._str)

    def __lt__(self, o):
        if not isinstance(o, PurePosixPath):
            return NotImplemented
        return self.parts < o.parts

    def __truediv__(self, o):
        try:
            return type(self)(self, o)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, o):
        try:
            return type(self)(o, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return type(self)(self, *args)

    @property
    def parts(self):
        return tuple(([self._root] if self._root else []) + self._rest)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        return self._rest[-1] if self._rest else ''

    @property
    def suffix(self):
        n = self.name
        i = n.rfind('.')
        return n[i:] if 0 < i < len(n) - 1 else ''

    @property
    def suffixes(self):
        n = self.name
        if n.endswith('.'):
            return []
        n = n.lstrip('.')
        return ['.' + s for s in n.split('.')[1:]]

    @property
    def stem(self):
        n = self.name
        i = n.rfind('.')
        return n[:i] if 0 < i < len(n) - 1 else n

    @property
    def parent(self):
        if not self._rest:
            return self
        return self._new(self._root + '/'.join(self._rest[:-1]))

    @property
    def parents(self):
        r = []
        p = self
        while p.parent != p:
            p = p.parent
            r.append(p)
        return tuple(r)

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._new(self._root + '/'.join(self._rest[:-1] + [name]))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and (not suffix.startswith('.') or suffix == '.'):
            raise ValueError('Invalid suffix %r' % (suffix,))
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        return self.with_name(self.stem + suffix)

    def is_absolute(self):
        return bool(self._root)

    def relative_to(self, *other):
        o = PurePosixPath(*other)
        n = len(o._rest)
        if o._root != self._root or self._rest[:n] != o._rest:
            raise ValueError('%r is not in the subpath of %r' % (self._str, o._str))
        return self._new('/'.join(self._rest[n:]))

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, pattern):
        return False


PurePath = PurePosixPath


def _nofs(n):
    def f(self, *args, **kwargs):
        raise OSError('ormfiddle has no filesystem: Path.%s is not available' % n)
    f.__name__ = n
    return f


class PosixPath(PurePosixPath):
    def exists(self, *a, **k):
        return False

    is_file = is_dir = is_symlink = is_mount = is_fifo = is_socket = exists

    def absolute(self):
        return self._new(_p.join('/app', self._str)) if not self._root else self

    def resolve(self, strict=False):
        return self._new(_p.abspath(self._str))

    def expanduser(self):
        return self

    @classmethod
    def cwd(cls):
        return cls('/app')

    @classmethod
    def home(cls):
        raise OSError('ormfiddle has no filesystem: Path.home is not available')


for _n in ('open', 'read_text', 'read_bytes', 'write_text', 'write_bytes', 'iterdir', 'glob', 'rglob', 'mkdir',
           'rmdir', 'unlink', 'touch', 'stat', 'lstat', 'rename', 'replace', 'chmod', 'owner', 'group',
           'readlink', 'symlink_to', 'hardlink_to', 'samefile'):
    setattr(PosixPath, _n, _nofs(_n))
del _n

Path = PosixPath
