import os
import os.path
from os.path import join, splitext
import posixpath
from pathlib import Path, PurePosixPath, PurePath
for a in ['', '/', '//', '///', 'a', 'a/', 'a/b', '/a/b/', '//a//b', 'a.txt', '.bashrc', 'a/.b', 'a/b.c.d', '..', 'a/../b', '/../x', './a/./b/', 'x/..', '../..//a', 'foo/bar.tar.gz', 'a..b', '...', 'a.', '/x/y.']:
    print(repr(a), os.path.split(a), splitext(a), repr(os.path.basename(a)), repr(os.path.dirname(a)), repr(os.path.normpath(a)), os.path.isabs(a))
    if a.startswith('/'):
        print(' ', os.path.abspath(a), os.path.relpath(a, '/app/x'), os.path.relpath('/q', a))
print(join('a', 'b', '/c', 'd/', 'e'), join('', 'x'), join('a/', ''), join('uploads', 'x.png'), os.path.join(Path('a'), 'b'))
print(os.path.relpath('/a/b', '/a/c/d'), os.path.commonprefix(['abc', 'abd']), os.sep, os.path.sep, os.path is posixpath)
print(os.path.exists('/nonexistent/x'), os.path.isfile('/nonexistent/x'), os.path.isdir('/nonexistent'))
print(os.environ.get('ORMFIDDLE_UNSET_X', 'd'), os.getenv('ORMFIDDLE_UNSET_X'), os.getenv('ORMFIDDLE_UNSET_X', 5))
print(os.fspath(Path('a/b')), os.fspath('x'))
for s in ['a/b', '/a/b/', 'a//b/./c', '.', '', '/', 'foo/bar.tar.gz', '.bashrc', 'a/b.', '//x/y']:
    p = Path(s)
    print(repr(p), str(p), p.name, p.stem, p.suffix, p.suffixes, repr(p.parent), p.parts, p.is_absolute(), repr(p.root), repr(p.anchor))
p = PurePosixPath('uploads') / 'img' / 'x.png'
print(repr(p), p, 'base' / PurePosixPath('z'), p.with_suffix('.jpg'), p.with_name('y.txt'), p.with_stem('q'), p.with_suffix(''))
print(Path('a').joinpath('b', 'c'), Path('a', 'b', '/c', 'd'), Path(Path('a'), 'b'), Path('/a') / Path('/b'), Path())
print(Path('a/b') == Path('a//b'), Path('a') == PurePosixPath('a'), hash(Path('a')) == hash(Path('a')), Path('a') < Path('b'))
print(Path('/a/b/c').relative_to('/a'), Path('/a/b').is_relative_to('/c'), [str(x) for x in Path('/a/b/c').parents])
print(Path('/nonexistent/q').exists(), Path('/nonexistent/q').is_file(), type(Path('x')).__name__, type(PurePath('x')).__name__)
print(Path('x').with_suffix('.tar.gz'), '%s' % Path('x/y'), f'{Path("a/b")}')
# output:
# '' ('', '') ('', '') '' '' '.' False
# '/' ('/', '') ('/', '') '' '/' '/' True
#   / ../.. q
# '//' ('//', '') ('//', '') '' '//' '//' True
#   // ../.. q
# '///' ('///', '') ('///', '') '' '///' '/' True
#   / ../.. q
# 'a' ('', 'a') ('a', '') 'a' '' 'a' False
# 'a/' ('a', '') ('a/', '') '' 'a' 'a' False
# 'a/b' ('a', 'b') ('a/b', '') 'b' 'a' 'a/b' False
# '/a/b/' ('/a/b', '') ('/a/b/', '') '' '/a/b' '/a/b' True
#   /a/b ../../a/b ../../q
# '//a//b' ('//a', 'b') ('//a//b', '') 'b' '//a' '//a/b' True
#   //a/b ../../a/b ../../q
# 'a.txt' ('', 'a.txt') ('a', '.txt') 'a.txt' '' 'a.txt' False
# '.bashrc' ('', '.bashrc') ('.bashrc', '') '.bashrc' '' '.bashrc' False
# 'a/.b' ('a', '.b') ('a/.b', '') '.b' 'a' 'a/.b' False
# 'a/b.c.d' ('a', 'b.c.d') ('a/b.c', '.d') 'b.c.d' 'a' 'a/b.c.d' False
# '..' ('', '..') ('..', '') '..' '' '..' False
# 'a/../b' ('a/..', 'b') ('a/../b', '') 'b' 'a/..' 'b' False
# '/../x' ('/..', 'x') ('/../x', '') 'x' '/..' '/x' True
#   /x ../../x ../q
# './a/./b/' ('./a/./b', '') ('./a/./b/', '') '' './a/./b' 'a/b' False
# 'x/..' ('x', '..') ('x/..', '') '..' 'x' '.' False
# '../..//a' ('../..', 'a') ('../..//a', '') 'a' '../..' '../../a' False
# 'foo/bar.tar.gz' ('foo', 'bar.tar.gz') ('foo/bar.tar', '.gz') 'bar.tar.gz' 'foo' 'foo/bar.tar.gz' False
# 'a..b' ('', 'a..b') ('a.', '.b') 'a..b' '' 'a..b' False
# '...' ('', '...') ('...', '') '...' '' '...' False
# 'a.' ('', 'a.') ('a', '.') 'a.' '' 'a.' False
# '/x/y.' ('/x', 'y.') ('/x/y', '.') 'y.' '/x' '/x/y.' True
#   /x/y. ../../x/y. ../../q
# /c/d/e x a/ uploads/x.png a/b
# ../../b ab / / True
# False False False
# d None 5
# a/b x
# PosixPath('a/b') a/b b b  [] PosixPath('a') ('a', 'b') False '' ''
# PosixPath('/a/b') /a/b b b  [] PosixPath('/a') ('/', 'a', 'b') True '/' '/'
# PosixPath('a/b/c') a/b/c c c  [] PosixPath('a/b') ('a', 'b', 'c') False '' ''
# PosixPath('.') .    [] PosixPath('.') () False '' ''
# PosixPath('.') .    [] PosixPath('.') () False '' ''
# PosixPath('/') /    [] PosixPath('/') ('/',) True '/' '/'
# PosixPath('foo/bar.tar.gz') foo/bar.tar.gz bar.tar.gz bar.tar .gz ['.tar', '.gz'] PosixPath('foo') ('foo', 'bar.tar.gz') False '' ''
# PosixPath('.bashrc') .bashrc .bashrc .bashrc  [] PosixPath('.') ('.bashrc',) False '' ''
# PosixPath('a/b.') a/b. b. b.  [] PosixPath('a') ('a', 'b.') False '' ''
# PosixPath('//x/y') //x/y y y  [] PosixPath('//x') ('//', 'x', 'y') True '//' '//'
# PurePosixPath('uploads/img/x.png') uploads/img/x.png base/z uploads/img/x.jpg uploads/img/y.txt uploads/img/q.png uploads/img/x
# a/b/c /c/d a/b /b .
# True True True True
# b/c False ['/a/b', '/a', '/']
# False False PosixPath PurePosixPath
# x.tar.gz x/y a/b
---
# ormfiddle has no filesystem, environment or processes (every line
# ormfiddle-only: CPython would read this host).
import os, tempfile  # ormfiddle-only
from pathlib import Path  # ormfiddle-only
open('/etc/passwd')  ### "OSError: ormfiddle has no filesystem: open is not available" # ormfiddle-only
os.listdir('/')  ### "OSError: ormfiddle has no filesystem: os.listdir is not available" # ormfiddle-only
os.system('id')  ### "OSError: ormfiddle has no filesystem: os.system is not available" # ormfiddle-only
os.makedirs('/tmp/x', exist_ok=True)  ### "OSError: ormfiddle has no filesystem: os.makedirs is not available" # ormfiddle-only
Path('/etc/passwd').read_text()  ### "OSError: ormfiddle has no filesystem: Path.read_text is not available" # ormfiddle-only
assert (repr(os.environ), os.getcwd(), os.path.abspath('x/../y'), os.path.relpath('/app/a/b')) == ('environ({})', '/app', '/app/y', 'a/b')  # ormfiddle-only
d = tempfile.mkdtemp()  # ormfiddle-only
assert (d.startswith('/tmp/tmp'), len(d), os.path.exists(d), tempfile.gettempdir()) == (True, 16, False, '/tmp')  # ormfiddle-only
with tempfile.TemporaryDirectory() as t:  # ormfiddle-only
    assert os.path.dirname(t) == '/tmp'
assert (str(Path('x').absolute()), str(Path.cwd())) == ('/app/x', '/app')  # ormfiddle-only
