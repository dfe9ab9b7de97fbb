# json: dumps and loads are Go (module_json.go); this is their
# Python-level signature and JSONDecodeError, as CPython's Lib/json.


class JSONDecodeError(ValueError):
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    if cls is not None:
        raise NotImplementedError('json.dumps(cls=...) is not supported by ormfiddle yet: pass default=')
    return _dumps(obj, skipkeys, ensure_ascii, check_circular, allow_nan,
                  indent, separators, default, sort_keys)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    elif isinstance(s, bytes):
        s = s.decode()
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if cls is not None:
        raise NotImplementedError('json.loads(cls=...) is not supported by ormfiddle yet')
    r = _loads(s, parse_float, parse_int, object_hook, object_pairs_hook)
    if r[0]:
        return r[1]
    raise JSONDecodeError(r[1], s, r[2]) from None
