# django.core.files.storage: Storage and FileSystemStorage as far as names
# and URLs go. ormfiddle has no file storage: nothing is read or written,
# and the methods that would touch files raise NotImplementedError.
import os
import re
from pathlib import PurePath


class SuspiciousFileOperation(SuspiciousOperation):
    __module__ = 'django.core.exceptions'


def _no(cls, name):
    raise NotImplementedError('%s.%s() is not supported by ormfiddle (there is no file storage)' % (cls, name))


def get_valid_filename(name):
    s = str(name).strip().replace(' ', '_')
    s = re.sub(r'(?u)[^-\w.]', '', s)
    if s in {'', '.', '..'}:
        raise SuspiciousFileOperation("Could not derive file name from '%s'" % name)
    return s


def filepath_to_uri(path):
    return _filepath_to_uri(path)


class Storage:
    __module__ = _PKG + '.base' if _SPLIT else _PKG
    def open(self, name, mode='rb'):
        _no(type(self).__name__, 'open')

    def save(self, name, content, max_length=None):
        _no(type(self).__name__, 'save')

    def get_valid_name(self, name):
        return get_valid_filename(name)

    def get_alternative_name(self, file_root, file_ext):
        return '%s_%s%s' % (file_root, 'XXXXXXX', file_ext)

    def get_available_name(self, name, max_length=None):
        return name

    def generate_filename(self, filename):
        filename = str(filename).replace('\\', '/')
        dirname, filename = os.path.split(filename)
        if '..' in PurePath(dirname).parts:
            raise SuspiciousFileOperation("Detected path traversal attempt in '%s'" % dirname)
        return os.path.normpath(os.path.join(dirname, self.get_valid_name(filename)))

    def path(self, name):
        raise NotImplementedError("This backend doesn't support absolute paths.")

    def delete(self, name):
        _no(type(self).__name__, 'delete')

    def exists(self, name):
        return False

    def listdir(self, path):
        _no(type(self).__name__, 'listdir')

    def size(self, name):
        _no(type(self).__name__, 'size')

    def url(self, name):
        raise NotImplementedError('subclasses of Storage must provide a url() method')


class FileSystemStorage(Storage):
    __module__ = _PKG + '.filesystem' if _SPLIT else _PKG
    def __init__(self, location=None, base_url=None, file_permissions_mode=None,
                 directory_permissions_mode=None, **kwargs):
        self._location = location
        self._base_url = base_url
        self.file_permissions_mode = file_permissions_mode
        self.directory_permissions_mode = directory_permissions_mode

    @property
    def base_location(self):
        # MEDIA_ROOT is '' in the playground's settings.
        return '' if self._location is None else self._location

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        if self._base_url is not None and not self._base_url.endswith('/'):
            self._base_url += '/'
        # MEDIA_URL is '', which the script prefix makes '/'.
        return '/' if self._base_url is None else self._base_url

    def path(self, name):
        base = self.location
        final = os.path.abspath(os.path.join(base, name))
        if final != base and not final.startswith(base.rstrip('/') + '/'):
            raise SuspiciousFileOperation(
                'The joined path (%s) is located outside of the base path component (%s)' % (final, base))
        return os.path.normpath(final)

    def url(self, name):
        if self.base_url is None:
            raise ValueError('This file is not accessible via a URL.')
        url = filepath_to_uri(name)
        if url is not None:
            url = url.lstrip('/')
        return self.base_url + url


class DefaultStorage(FileSystemStorage):
    pass


default_storage = DefaultStorage()
