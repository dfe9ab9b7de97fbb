# os: what a models.py uses, without the host. The cwd is a fixed "/app",
# the environment is empty, and everything touching files or processes
# raises OSError naming it.
import posixpath as path
from posixpath import sep, curdir, pardir, extsep, altsep, pathsep, defpath, devnull
name = 'posix'
linesep = '\n'


class _Environ(dict):
    def __repr__(self):
        return 'environ(%s)' % dict.__repr__(self)


environ = _Environ()

def getenv(key, default=None):
    return environ.get(key, default)

def getcwd():
    return '/app'

def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(p).__name__)
    return f(p)

class PathLike:
    pass

def _no(n):
    def f(*args, **kwargs):
        raise OSError('ormfiddle has no filesystem: os.%s is not available' % n)
    f.__name__ = n
    return f

listdir = _no('listdir'); scandir = _no('scandir'); walk = _no('walk'); remove = _no('remove')
unlink = _no('unlink'); rmdir = _no('rmdir'); removedirs = _no('removedirs'); mkdir = _no('mkdir')
makedirs = _no('makedirs'); rename = _no('rename'); renames = _no('renames'); replace = _no('replace')
stat = _no('stat'); lstat = _no('lstat'); chmod = _no('chmod'); chown = _no('chown')
chdir = _no('chdir'); open = _no('open'); close = _no('close'); read = _no('read')
write = _no('write'); system = _no('system'); popen = _no('popen'); fork = _no('fork')
kill = _no('kill'); getpid = _no('getpid'); getppid = _no('getppid'); getuid = _no('getuid')
getlogin = _no('getlogin'); execv = _no('execv'); execl = _no('execl'); execvp = _no('execvp')
spawnl = _no('spawnl'); putenv = _no('putenv'); unsetenv = _no('unsetenv'); symlink = _no('symlink')
link = _no('link'); readlink = _no('readlink'); access = _no('access'); utime = _no('utime')
truncate = _no('truncate'); startfile = _no('startfile'); urandom = _no('urandom')
cpu_count = _no('cpu_count'); uname = _no('uname'); times = _no('times')
getloadavg = _no('getloadavg'); pipe = _no('pipe'); dup = _no('dup'); dup2 = _no('dup2')
umask = _no('umask'); nice = _no('nice'); abort = _no('abort'); _exit = _no('_exit')
getcwdb = _no('getcwdb'); listxattr = _no('listxattr'); statvfs = _no('statvfs'); sync = _no('sync')
fchmod = _no('fchmod')
