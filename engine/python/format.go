package python

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Format implements format(v, spec) and f-string fields: __format__ for
// instances, HasFormat for Go values, the format-spec mini language for
// int, float and str; other values accept only an empty spec (str(v)).
func Format(th *Thread, v Value, spec string) (string, error) {
	switch x := v.(type) {
	case String:
		if spec == "" {
			return string(x), nil
		}
		return formatStr(string(x), spec)
	case Int:
		return formatInt(x, spec)
	case Bool:
		if spec == "" {
			if x {
				return "True", nil
			}
			return "False", nil
		}
		i, _ := asInt(x)
		return formatInt(i, spec)
	case Float:
		return formatFloat(float64(x), spec)
	case *Instance:
		m := x.lookupDunder("__format__")
		if m != nil && m != None {
			r, err := callWithSelf(th, m, x, Tuple{String(spec)}, nil)
			if err != nil {
				return "", err
			}
			s, ok := r.(String)
			if !ok {
				return "", NewError(TypeError, "__format__ must return a str, not %s", r.Type())
			}
			return string(s), nil
		}
		if mv := mixinValue(x); mv != nil {
			return Format(th, mv, spec)
		}
	case HasFormat:
		return x.Format(th, spec)
	}
	if spec != "" {
		return "", NewError(TypeError, "unsupported format string passed to %s.__format__", v.Type())
	}
	return Str(th, v)
}

// FormatSpec is a parsed format specification
// [[fill]align][sign][z][#][0][width][grouping][.precision][type].
type FormatSpec struct {
	Fill      rune
	Align     byte // 0, '<', '>', '^', '='
	Sign      byte // 0, '+', '-', ' '
	Alt       bool
	Zero      bool
	Width     int
	Grouping  byte // 0, ',', '_'
	Precision int  // -1 when absent
	Kind      byte // 0 or the type letter
}

// ParseFormatSpec parses a format spec, with CPython's error messages.
func ParseFormatSpec(spec string) (FormatSpec, error) {
	fs := FormatSpec{Fill: ' ', Precision: -1}
	s := spec
	isAlign := func(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }
	if r, n := utf8.DecodeRuneInString(s); n > 0 && n < len(s) && isAlign(s[n]) {
		fs.Fill, fs.Align = r, s[n]
		s = s[n+1:]
	} else if len(s) > 0 && isAlign(s[0]) {
		fs.Align = s[0]
		s = s[1:]
	}
	if len(s) > 0 && (s[0] == '+' || s[0] == '-' || s[0] == ' ') {
		fs.Sign = s[0]
		s = s[1:]
	}
	if len(s) > 0 && s[0] == 'z' {
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '#' {
		fs.Alt = true
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '0' {
		fs.Zero = true
		s = s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 {
		w, err := strconv.Atoi(s[:i])
		if err != nil || w > maxAlloc {
			return fs, NewError(ValueError, "Too many decimal digits in format string")
		}
		fs.Width = w
		s = s[i:]
	}
	if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
		fs.Grouping = s[0]
		s = s[1:]
		if len(s) > 0 && (s[0] == ',' || s[0] == '_') {
			return fs, NewError(ValueError, "Cannot specify both ',' and '_'.")
		}
	}
	if len(s) > 0 && s[0] == '.' {
		s = s[1:]
		i = 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 0 {
			return fs, NewError(ValueError, "Format specifier missing precision")
		}
		p, err := strconv.Atoi(s[:i])
		if err != nil || p > maxAlloc {
			return fs, NewError(ValueError, "Too many decimal digits in format string")
		}
		fs.Precision = p
		s = s[i:]
	}
	if len(s) > 1 {
		return fs, NewError(ValueError, "Invalid format specifier '%s' for object of type", spec)
	}
	if len(s) == 1 {
		fs.Kind = s[0]
	}
	if fs.Zero && fs.Align == 0 {
		fs.Fill, fs.Align = '0', '='
	}
	return fs, nil
}

func invalidSpec(spec, tname string) error {
	return NewError(ValueError, "Invalid format specifier '%s' for object of type '%s'", spec, tname)
}

func parseSpecFor(spec, tname string) (FormatSpec, error) {
	fs, err := ParseFormatSpec(spec)
	if err != nil {
		if e, ok := err.(*Exception); ok && strings.HasSuffix(e.Message(), "for object of type") {
			return fs, invalidSpec(spec, tname)
		}
	}
	return fs, err
}

// Pad applies width, fill and alignment to a formatted value; sign is the
// sign prefix (kept left of '=' padding), defAlign the default alignment.
func (fs FormatSpec) Pad(sign, body string, defAlign byte) string {
	n := utf8.RuneCountInString(sign) + utf8.RuneCountInString(body)
	if n >= fs.Width {
		return sign + body
	}
	pad := fs.Width - n
	fill := string(fs.Fill)
	align := fs.Align
	if align == 0 {
		align = defAlign
	}
	switch align {
	case '<':
		return sign + body + strings.Repeat(fill, pad)
	case '^':
		left := pad / 2
		return strings.Repeat(fill, left) + sign + body + strings.Repeat(fill, pad-left)
	case '=':
		return sign + strings.Repeat(fill, pad) + body
	}
	return strings.Repeat(fill, pad) + sign + body
}

func formatStr(s string, spec string) (string, error) {
	fs, err := parseSpecFor(spec, "str")
	if err != nil {
		return "", err
	}
	if fs.Kind != 0 && fs.Kind != 's' {
		return "", NewError(ValueError, "Unknown format code '%c' for object of type 'str'", fs.Kind)
	}
	if fs.Sign != 0 {
		return "", NewError(ValueError, "Sign not allowed in string format specifier")
	}
	if fs.Alt {
		return "", NewError(ValueError, "Alternate form (#) not allowed in string format specifier")
	}
	if fs.Align == '=' {
		return "", NewError(ValueError, "'=' alignment not allowed in string format specifier")
	}
	if fs.Grouping != 0 {
		return "", NewError(ValueError, "Cannot specify '%c' with 's'.", fs.Grouping)
	}
	if fs.Precision >= 0 && utf8.RuneCountInString(s) > fs.Precision {
		s = string([]rune(s)[:fs.Precision])
	}
	return fs.Pad("", s, '<'), nil
}

// group inserts sep every n digits from the right of an integer digit
// string.
func group(digits string, sep byte, n int) string {
	if len(digits) <= n {
		return digits
	}
	var b strings.Builder
	first := len(digits) % n
	if first > 0 {
		b.WriteString(digits[:first])
	}
	for i := first; i < len(digits); i += n {
		if b.Len() > 0 {
			b.WriteByte(sep)
		}
		b.WriteString(digits[i : i+n])
	}
	return b.String()
}

func signPrefix(neg bool, sign byte) string {
	if neg {
		return "-"
	}
	switch sign {
	case '+':
		return "+"
	case ' ':
		return " "
	}
	return ""
}

// zeroGroupPad widens a grouped number padded with zeros, as CPython does
// ("{:010,}" pads the digits with grouped zeros).
func zeroGroupPad(fs FormatSpec, sign, digits string, sep byte, n int, rest string) string {
	if !(fs.Align == '=' && fs.Fill == '0' && sep != 0) {
		if sep != 0 {
			return group(digits, sep, n) + rest
		}
		return digits + rest
	}
	want := fs.Width - len(sign) - len(rest)
	for {
		g := group(digits, sep, n)
		if len(g) >= want {
			return g + rest
		}
		digits = "0" + digits
	}
}

func formatInt(i Int, spec string) (string, error) {
	if spec == "" {
		return i.decimalString()
	}
	fs, err := parseSpecFor(spec, "int")
	if err != nil {
		return "", err
	}
	switch fs.Kind {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, ok := i.Float()
		if !ok {
			return "", NewError(OverflowError, "int too large to convert to float")
		}
		return formatFloatSpec(f, fs, spec)
	case 's':
		return "", NewError(ValueError, "Unknown format code 's' for object of type 'int'")
	}
	if fs.Precision >= 0 {
		return "", NewError(ValueError, "Precision not allowed in integer format specifier")
	}
	b := i.bigView()
	neg := b.Sign() < 0
	abs := new(big.Int).Abs(b)
	var digits, prefix string
	groupN := 3
	switch fs.Kind {
	case 0, 'd', 'n':
		d, err := decimalText(abs)
		if err != nil {
			return "", err
		}
		digits = d
	case 'b':
		digits, prefix, groupN = abs.Text(2), "0b", 4
	case 'o':
		digits, prefix, groupN = abs.Text(8), "0o", 4
	case 'x':
		digits, prefix, groupN = abs.Text(16), "0x", 4
	case 'X':
		digits, prefix, groupN = strings.ToUpper(abs.Text(16)), "0X", 4
	case 'c':
		if fs.Sign != 0 {
			return "", NewError(ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		x, ok := i.Int64()
		if !ok || x < 0 || x > 0x10ffff {
			return "", NewError(OverflowError, "%%c arg not in range(0x110000)")
		}
		return fs.Pad("", string(rune(x)), '<'), nil
	default:
		return "", NewError(ValueError, "Unknown format code '%c' for object of type 'int'", fs.Kind)
	}
	if fs.Grouping == ',' && groupN == 4 {
		return "", NewError(ValueError, "Cannot specify ',' with '%c'.", fs.Kind)
	}
	sign := signPrefix(neg, fs.Sign)
	if fs.Alt {
		sign += prefix
	}
	body := zeroGroupPad(fs, sign, digits, fs.Grouping, groupN, "")
	return fs.Pad(sign, body, '>'), nil
}

func formatFloat(f float64, spec string) (string, error) {
	if spec == "" {
		return floatRepr(f), nil
	}
	fs, err := parseSpecFor(spec, "float")
	if err != nil {
		return "", err
	}
	return formatFloatSpec(f, fs, spec)
}

func formatFloatSpec(f float64, fs FormatSpec, spec string) (string, error) {
	neg := math.Signbit(f) && !math.IsNaN(f)
	a := math.Abs(f)
	prec := fs.Precision
	var body string
	switch fs.Kind {
	case 'f', 'F', '%':
		if prec < 0 {
			prec = 6
		}
		if fs.Kind == '%' {
			a *= 100
		}
		body = strconv.FormatFloat(a, 'f', prec, 64)
		if fs.Alt && prec == 0 {
			body += "."
		}
		if fs.Kind == '%' {
			body += "%"
		}
	case 'e', 'E':
		if prec < 0 {
			prec = 6
		}
		body = strconv.FormatFloat(a, 'e', prec, 64)
	case 'g', 'G', 'n':
		if prec < 0 {
			prec = 6
		}
		if prec == 0 {
			prec = 1
		}
		body = formatG(a, prec, fs.Alt)
	case 0:
		if prec < 0 {
			body = floatRepr(a)
		} else {
			if prec == 0 {
				prec = 1
			}
			body = formatG(a, prec, fs.Alt)
			if !strings.ContainsAny(body, ".einf") {
				body += ".0"
			}
		}
	default:
		return "", NewError(ValueError, "Unknown format code '%c' for object of type 'float'", fs.Kind)
	}
	if math.IsInf(a, 0) {
		body = "inf"
		if fs.Kind == '%' {
			body += "%"
		}
	} else if math.IsNaN(a) {
		body = "nan"
		if fs.Kind == '%' {
			body += "%"
		}
	}
	if fs.Kind == 'E' || fs.Kind == 'G' || fs.Kind == 'F' {
		body = strings.ToUpper(body)
	}
	sign := signPrefix(neg, fs.Sign)
	if fs.Grouping != 0 || (fs.Align == '=' && fs.Fill == '0') {
		intPart, rest := body, ""
		if k := strings.IndexAny(body, ".eE%"); k >= 0 {
			intPart, rest = body[:k], body[k:]
		}
		if intPart != "inf" && intPart != "nan" && intPart != "INF" && intPart != "NAN" {
			body = zeroGroupPad(fs, sign, intPart, fs.Grouping, 3, rest)
		}
	}
	return fs.Pad(sign, body, '>'), nil
}

// formatG implements the 'g' presentation: scientific notation when the
// exponent is < -4 or >= precision, trailing zeros removed unless alt.
func formatG(a float64, prec int, alt bool) string {
	if a == 0 {
		if alt {
			return "0." + strings.Repeat("0", prec-1)
		}
		return "0"
	}
	if math.IsInf(a, 0) || math.IsNaN(a) {
		return floatRepr(a)
	}
	es := strconv.FormatFloat(a, 'e', prec-1, 64)
	k := strings.IndexByte(es, 'e')
	exp, _ := strconv.Atoi(es[k+1:])
	var s string
	if exp >= -4 && exp < prec {
		s = strconv.FormatFloat(a, 'f', prec-1-exp, 64)
		if !alt && strings.Contains(s, ".") {
			s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
		}
		return s
	}
	mant := es[:k]
	if !alt && strings.Contains(mant, ".") {
		mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
	}
	e := es[k+1:]
	return mant + "e" + e
}

// ---- % formatting ----

// percentFormat implements str % args.
func percentFormat(th *Thread, format string, arg Value) (string, error) {
	var args []Value
	var mapping Value
	switch a := arg.(type) {
	case Tuple:
		args = a
	case *Dict:
		mapping = a
		args = []Value{a}
	default:
		if _, isStr := arg.(String); !isStr {
			if inst, ok := arg.(*Instance); ok && inst.lookupDunder("__getitem__") != nil {
				mapping = arg
			}
		}
		args = []Value{arg}
	}
	argi := 0
	nextArg := func() (Value, error) {
		if argi >= len(args) {
			return nil, NewError(TypeError, "not enough arguments for format string")
		}
		v := args[argi]
		argi++
		return v, nil
	}
	usedMapping := false
	var b strings.Builder
	i := 0
	for i < len(format) {
		c := format[i]
		if c != '%' {
			j := strings.IndexByte(format[i:], '%')
			if j < 0 {
				b.WriteString(format[i:])
				break
			}
			b.WriteString(format[i : i+j])
			i += j
			continue
		}
		start := i
		i++
		if i >= len(format) {
			return "", NewError(ValueError, "incomplete format")
		}
		var v Value
		if format[i] == '(' {
			if mapping == nil {
				return "", NewError(TypeError, "format requires a mapping")
			}
			depth := 1
			j := i + 1
			for j < len(format) && depth > 0 {
				if format[j] == '(' {
					depth++
				} else if format[j] == ')' {
					depth--
				}
				j++
			}
			if depth > 0 {
				return "", NewError(ValueError, "incomplete format key")
			}
			key := format[i+1 : j-1]
			var err error
			v, err = GetItem(th, mapping, String(key))
			if err != nil {
				return "", err
			}
			usedMapping = true
			i = j
		}
		fs := FormatSpec{Fill: ' ', Precision: -1}
		for i < len(format) {
			switch format[i] {
			case '-':
				fs.Align = '<'
			case '+':
				fs.Sign = '+'
			case ' ':
				if fs.Sign == 0 {
					fs.Sign = ' '
				}
			case '#':
				fs.Alt = true
			case '0':
				fs.Zero = true
			default:
				goto width
			}
			i++
		}
	width:
		if i < len(format) && format[i] == '*' {
			wv, err := nextArg()
			if err != nil {
				return "", err
			}
			w, err := AsInt64(wv)
			if err != nil {
				return "", NewError(TypeError, "* wants int")
			}
			if w < 0 {
				fs.Align = '<'
				w = -w
			}
			if w > maxAlloc {
				// CPython reads a Py_ssize_t and fails to allocate.
				return "", errTooBig()
			}
			fs.Width = int(w)
			i++
		} else {
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				fs.Width = fs.Width*10 + int(format[i]-'0')
				if fs.Width > maxAlloc {
					return "", errTooBig()
				}
				i++
			}
		}
		if i < len(format) && format[i] == '.' {
			i++
			fs.Precision = 0
			if i < len(format) && format[i] == '*' {
				pv, err := nextArg()
				if err != nil {
					return "", err
				}
				if _, isInt := asInt(pv); !isInt {
					return "", NewError(TypeError, "* wants int")
				}
				p, err := AsInt64(pv)
				if err != nil || p > math.MaxInt32 || p < math.MinInt32 {
					// CPython reads a C int.
					return "", NewError(OverflowError, "Python int too large to convert to C int")
				}
				fs.Precision = int(p)
				i++
			} else {
				for i < len(format) && format[i] >= '0' && format[i] <= '9' {
					fs.Precision = fs.Precision*10 + int(format[i]-'0')
					if fs.Precision > math.MaxInt32 {
						return "", NewError(ValueError, "precision too big")
					}
					i++
				}
			}
		}
		for i < len(format) && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
			i++
		}
		if i >= len(format) {
			return "", NewError(ValueError, "incomplete format")
		}
		conv := format[i]
		i++
		if conv == '%' {
			b.WriteByte('%')
			continue
		}
		if v == nil {
			var err error
			if v, err = nextArg(); err != nil {
				return "", err
			}
		}
		if fs.Zero && fs.Align != '<' {
			fs.Fill, fs.Align = '0', '='
		}
		s, err := percentOne(th, conv, v, fs, start)
		if err != nil {
			return "", err
		}
		if err := th.Reserve(int64(len(s))); err != nil {
			return "", err
		}
		b.WriteString(s)
		if b.Len() > maxAlloc {
			return "", errTooBig()
		}
	}
	if argi < len(args) && !usedMapping && mapping == nil {
		return "", NewError(TypeError, "not all arguments converted during string formatting")
	}
	return b.String(), nil
}

func percentOne(th *Thread, conv byte, v Value, fs FormatSpec, index int) (string, error) {
	if conv != 's' && conv != 'r' && conv != 'a' && fs.Precision > maxAlloc {
		return "", errTooBig()
	}
	if err := th.Reserve(int64(max(fs.Width, fs.Precision))); err != nil {
		return "", err
	}
	switch conv {
	case 's', 'r', 'a':
		var s string
		var err error
		if conv == 's' {
			s, err = Str(th, v)
		} else {
			s, err = Repr(th, v)
			if conv == 'a' {
				s = asciiEscape(s)
			}
		}
		if err != nil {
			return "", err
		}
		if fs.Precision >= 0 && utf8.RuneCountInString(s) > fs.Precision {
			s = string([]rune(s)[:fs.Precision])
		}
		if fs.Align == '=' {
			fs.Align, fs.Fill = '>', ' '
		}
		return fs.Pad("", s, '>'), nil
	case 'd', 'i', 'u', 'x', 'X', 'o':
		var i Int
		switch x := v.(type) {
		case Int:
			i = x
		case Bool:
			i, _ = asInt(x)
		case Float:
			if conv != 'd' && conv != 'i' && conv != 'u' {
				return "", NewError(TypeError, "%%%c format: an integer is required, not float", conv)
			}
			r, err := intFromFloat(float64(x))
			if err != nil {
				return "", err
			}
			i = r
		default:
			r, err := toInt(th, v)
			if err != nil || !isNumeric(v) {
				if conv == 'd' || conv == 'i' || conv == 'u' {
					return "", NewError(TypeError, "%%%c format: a real number is required, not %s", conv, v.Type())
				}
				return "", NewError(TypeError, "%%%c format: an integer is required, not %s", conv, v.Type())
			}
			i, _ = asInt(r)
		}
		b := i.bigView()
		neg := b.Sign() < 0
		abs := new(big.Int).Abs(b)
		var digits, prefix string
		switch conv {
		case 'x':
			digits, prefix = abs.Text(16), "0x"
		case 'X':
			digits, prefix = strings.ToUpper(abs.Text(16)), "0X"
		case 'o':
			digits, prefix = abs.Text(8), "0o"
		default:
			d, err := decimalText(abs)
			if err != nil {
				return "", err
			}
			digits = d
		}
		if fs.Precision > len(digits) {
			digits = strings.Repeat("0", fs.Precision-len(digits)) + digits
		}
		sign := signPrefix(neg, fs.Sign)
		if fs.Alt {
			sign += prefix
		}
		return fs.Pad(sign, digits, '>'), nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		var f float64
		switch x := v.(type) {
		case Float, Int, Bool:
			var err error
			if f, err = AsFloat(x); err != nil {
				return "", err
			}
		default:
			r, err := toFloat(th, v)
			if err != nil {
				return "", NewError(TypeError, "must be real number, not %s", v.Type())
			}
			f = float64(r.(Float))
		}
		if fs.Precision < 0 {
			fs.Precision = 6
		}
		fs.Kind = conv
		return formatFloatSpec(f, fs, "")
	case 'c':
		switch x := v.(type) {
		case String:
			if utf8.RuneCountInString(string(x)) != 1 {
				return "", NewError(TypeError, "%%c requires int or char")
			}
			return fs.Pad("", string(x), '>'), nil
		case Int:
			n, ok := x.Int64()
			if !ok || n < 0 || n > 0x10ffff {
				return "", NewError(OverflowError, "%%c arg not in range(0x110000)")
			}
			return fs.Pad("", string(rune(n)), '>'), nil
		}
		return "", NewError(TypeError, "%%c requires int or char")
	}
	return "", NewError(ValueError, "unsupported format character '%c' (0x%x) at index %d", conv, conv, index+1)
}

func isNumeric(v Value) bool {
	switch v.(type) {
	case Int, Bool, Float:
		return true
	}
	if _, ok := v.(*Instance); ok {
		return true
	}
	if d, ok := v.(Decimal); ok {
		_ = d
		return true
	}
	return false
}

// ---- str.format ----

// strFormat implements str.format(*args, **kwargs) and, with mapping set,
// str.format_map(mapping).
func strFormat(th *Thread, format string, args Tuple, kwargs []Kwarg, mapping Value) (string, error) {
	var b strings.Builder
	auto := 0 // 0 unknown, 1 automatic numbering, 2 manual
	next := 0
	lookupKw := func(name string) (Value, error) {
		if mapping != nil {
			return GetItem(th, mapping, String(name))
		}
		for _, kw := range kwargs {
			if kw.Name == name {
				return kw.Value, nil
			}
		}
		return nil, NewException(KeyError, String(name))
	}
	var field func(f string, depth int) (string, error)
	field = func(f string, depth int) (string, error) {
		// f is the content between braces
		name, conv, spec := f, byte(0), ""
		// the field name ends at the first '!' or ':' outside brackets
		k := 0
		for k < len(f) {
			if f[k] == '[' {
				for k < len(f) && f[k] != ']' {
					k++
				}
			}
			if k < len(f) && (f[k] == '!' || f[k] == ':') {
				break
			}
			k++
		}
		name = f[:min(k, len(f))]
		rest := f[min(k, len(f)):]
		if strings.HasPrefix(rest, "!") {
			if len(rest) < 2 {
				return "", NewError(ValueError, "end of string while looking for conversion specifier")
			}
			conv = rest[1]
			rest = rest[2:]
			if rest != "" && rest[0] != ':' {
				return "", NewError(ValueError, "expected ':' after conversion specifier")
			}
		}
		if strings.HasPrefix(rest, ":") {
			spec = rest[1:]
		}
		// the first component
		j := 0
		for j < len(name) && name[j] != '.' && name[j] != '[' {
			j++
		}
		first := name[:j]
		var v Value
		if first == "" {
			if auto == 2 {
				return "", NewError(ValueError, "cannot switch from manual field specification to automatic field numbering")
			}
			auto = 1
			if next >= len(args) {
				return "", NewError(IndexError, "Replacement index %d out of range for positional args tuple", next)
			}
			v = args[next]
			next++
		} else if n, err := strconv.Atoi(first); err == nil {
			if auto == 1 {
				return "", NewError(ValueError, "cannot switch from automatic field numbering to manual field specification")
			}
			auto = 2
			if n >= len(args) {
				return "", NewError(IndexError, "Replacement index %d out of range for positional args tuple", n)
			}
			v = args[n]
		} else {
			var err error
			if v, err = lookupKw(first); err != nil {
				return "", err
			}
		}
		for rest := name[j:]; rest != ""; {
			if rest[0] == '.' {
				e := 1
				for e < len(rest) && rest[e] != '.' && rest[e] != '[' {
					e++
				}
				attr := rest[1:e]
				if attr == "" {
					return "", NewError(ValueError, "Empty attribute in format string")
				}
				var err error
				if v, err = GetAttr(th, v, attr); err != nil {
					return "", err
				}
				rest = rest[e:]
			} else if rest[0] == '[' {
				e := strings.IndexByte(rest, ']')
				if e < 0 {
					return "", NewError(ValueError, "Missing ']' in format string")
				}
				key := rest[1:e]
				var kv Value = String(key)
				if n, err := strconv.Atoi(key); err == nil {
					kv = MakeInt(int64(n))
				}
				var err error
				if v, err = GetItem(th, v, kv); err != nil {
					return "", err
				}
				rest = rest[e+1:]
			} else {
				return "", NewError(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
			}
		}
		switch conv {
		case 0:
		case 'r', 'a':
			s, err := Repr(th, v)
			if err != nil {
				return "", err
			}
			if conv == 'a' {
				s = asciiEscape(s)
			}
			v = String(s)
		case 's':
			s, err := Str(th, v)
			if err != nil {
				return "", err
			}
			v = String(s)
		default:
			return "", NewError(ValueError, "Unknown conversion specifier %c", conv)
		}
		if strings.Contains(spec, "{") {
			if depth > 1 {
				return "", NewError(ValueError, "Max string recursion exceeded")
			}
			var err error
			if spec, err = expand(spec, depth+1, field); err != nil {
				return "", err
			}
		}
		return Format(th, v, spec)
	}
	s, err := expand(format, 0, field)
	if err != nil {
		return "", err
	}
	b.WriteString(s)
	return b.String(), nil
}

// expand replaces the {fields} of a format string.
func expand(format string, depth int, field func(string, int) (string, error)) (string, error) {
	var b strings.Builder
	i := 0
	for i < len(format) {
		c := format[i]
		switch c {
		case '{':
			if i+1 < len(format) && format[i+1] == '{' {
				b.WriteByte('{')
				i += 2
				continue
			}
			level := 1
			j := i + 1
			for j < len(format) && level > 0 {
				if format[j] == '{' {
					level++
				} else if format[j] == '}' {
					level--
				}
				j++
			}
			if level > 0 {
				if depth == 0 {
					return "", NewError(ValueError, "expected '}' before end of string")
				}
				return "", NewError(ValueError, "unmatched '{' in format spec")
			}
			s, err := field(format[i+1:j-1], depth)
			if err != nil {
				return "", err
			}
			b.WriteString(s)
			if b.Len() > maxAlloc {
				return "", errTooBig()
			}
			i = j
		case '}':
			if i+1 < len(format) && format[i+1] == '}' {
				b.WriteByte('}')
				i += 2
				continue
			}
			return "", NewError(ValueError, "Single '}' encountered in format string")
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String(), nil
}
