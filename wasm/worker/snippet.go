package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/ormfiddle/ormfiddle/engine/conf"
	"github.com/ormfiddle/ormfiddle/engine/features"
)

// A Snippet is what a short link holds: the page's state when Share was
// pressed. Its canonical form (Canonical) is what the store keeps and what
// GET /api/snippets/ID returns; its ID is derived from that form, so the
// same snippet always gets the same link.
type Snippet struct {
	Models   string        // models.py
	Shell    string        // shell.py
	Step     int           // the open step, 1-based
	Django   string        // the release series, one of features.Versions
	Settings conf.Settings // the project settings
}

// Limits on what POST /api/snippets accepts.
const (
	// MaxBody is the largest request body, in bytes: about twice the text
	// a 16 kB fragment link holds (the page's limit before short links).
	MaxBody = 128 << 10
	// MaxStep is the largest step number: a shell.py of this many
	// statements would not fit in MaxBody.
	MaxStep = 100000
)

// errRequest is a request the API refuses, with the status to answer and a
// message for the client.
type errRequest struct {
	status int
	msg    string
}

func (e *errRequest) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &errRequest{status: 400, msg: fmt.Sprintf(format, args...)}
}

// request is the JSON a client posts. Every field is a pointer (or raw) so
// that a missing or null one is told apart from an empty one.
type request struct {
	Models   *string         `json:"models"`
	Shell    *string         `json:"shell"`
	Step     *int            `json:"step"`
	Django   *string         `json:"django"`
	Settings json.RawMessage `json:"settings"`
}

// fields lists the members of a request, for the unknown-field error.
const fields = `"models", "shell", "step", "django" and "settings"`

// ParseSnippet reads a request body: a JSON object with "models" and
// "shell" (strings, required), "step" (an integer from 1, default 1),
// "django" (a version of features.Versions; "" or none is features.Default) and
// "settings" (an object as conf.Parse reads a settings.json, default
// startproject's). Anything else is an error whose message says what is
// wrong: a body that is not UTF-8 or not JSON, a member of the wrong type,
// an unknown member, a value out of range. Line ends in the sources become
// \n, as Python reads them.
func ParseSnippet(body []byte) (Snippet, error) {
	if !utf8.Valid(body) {
		return Snippet{}, badRequest("the body is not UTF-8 text")
	}
	var req request
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return Snippet{}, jsonError(err, body)
	}
	if _, err := dec.Token(); err != io.EOF {
		return Snippet{}, badRequest("the body is not valid JSON: there is more after the object")
	}
	s := Snippet{Step: 1, Django: features.Default.Version, Settings: conf.Startproject()}
	if req.Models == nil {
		return Snippet{}, badRequest(`"models" is missing: it must be a string, the text of models.py`)
	}
	if req.Shell == nil {
		return Snippet{}, badRequest(`"shell" is missing: it must be a string, the text of shell.py`)
	}
	// Line ends as Python reads a source file (universal newlines).
	s.Models, s.Shell = newlines.Replace(*req.Models), newlines.Replace(*req.Shell)
	for _, text := range []string{s.Models, s.Shell} {
		if strings.ContainsRune(text, utf8.RuneError) && !bytes.ContainsRune(body, utf8.RuneError) && !bytes.Contains(bytes.ToLower(body), []byte(`\ufffd`)) {
			// encoding/json turns an escaped lone surrogate into U+FFFD.
			return Snippet{}, badRequest("the body is not valid Unicode: it escapes a lone surrogate (\\ud800 to \\udfff)")
		}
	}
	if req.Step != nil {
		if *req.Step < 1 || *req.Step > MaxStep {
			return Snippet{}, badRequest(`"step" must be an integer from 1 to %d, not %d`, MaxStep, *req.Step)
		}
		s.Step = *req.Step
	}
	if req.Django != nil {
		f, err := features.Lookup(*req.Django)
		if err != nil {
			return Snippet{}, badRequest(`"django": %v`, err)
		}
		s.Django = f.Version
	}
	if len(req.Settings) > 0 && string(req.Settings) != "null" {
		if req.Settings[0] != '{' {
			return Snippet{}, badRequest(`"settings" must be an object, such as {"USE_TZ": false}`)
		}
		st, err := conf.Parse(req.Settings)
		if err != nil {
			return Snippet{}, badRequest(`"settings": %s`, strings.TrimPrefix(err.Error(), "settings.json: "))
		}
		s.Settings = st
	}
	return s, nil
}

// newlines turns \r\n and \r into \n.
var newlines = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// jsonError words a decoding error of encoding/json for the client.
func jsonError(err error, body []byte) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case len(bytes.TrimSpace(body)) == 0:
		return badRequest("the body is empty: post a JSON object with %s", fields)
	case errors.As(err, &syntax):
		return badRequest("the body is not valid JSON: %s (at byte %d)", strings.TrimPrefix(syntax.Error(), "json: "), syntax.Offset)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return badRequest("the body is not valid JSON: it ends in the middle of a value")
	case errors.As(err, &typ):
		if typ.Field == "" {
			return badRequest("the body must be a JSON object with %s, not a JSON %s", fields, typ.Value)
		}
		want := map[string]string{"models": "a string", "shell": "a string", "django": "a string", "step": "an integer"}[typ.Field]
		if want == "" {
			want = "of type " + typ.Type.String()
		}
		return badRequest("%q must be %s, not %s", typ.Field, want, typ.Value)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return badRequest("unknown member %s: a snippet has %s", strings.TrimPrefix(err.Error(), "json: unknown field "), fields)
	}
	return badRequest("the body is not valid JSON: %s", strings.TrimPrefix(err.Error(), "json: "))
}

// canonical is the stored form of a Snippet: its members in sorted order,
// with the settings written out in full, so that two snippets that run the
// same have the same bytes.
type canonical struct {
	Django   string            `json:"django"`
	Models   string            `json:"models"`
	Settings canonicalSettings `json:"settings"`
	Shell    string            `json:"shell"`
	Step     int               `json:"step"`
}

type canonicalSettings struct {
	DefaultAutoField string `json:"DEFAULT_AUTO_FIELD"`
	TimeZone         string `json:"TIME_ZONE"`
	UseTZ            bool   `json:"USE_TZ"`
}

// Canonical is the snippet as the store keeps it: compact JSON with the
// members (and the settings' keys) sorted, every member present, and no
// escapes beyond the ones JSON requires.
func (s Snippet) Canonical() []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	err := enc.Encode(canonical{
		Django: s.Django,
		Models: s.Models,
		Settings: canonicalSettings{
			DefaultAutoField: s.Settings.DefaultAutoField,
			TimeZone:         s.Settings.TimeZone,
			UseTZ:            s.Settings.UseTZ,
		},
		Shell: s.Shell,
		Step:  s.Step,
	})
	if err != nil {
		panic(err) // strings, ints and bools always encode
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

// DecodeCanonical reads a snippet the store kept.
func DecodeCanonical(data []byte) (Snippet, error) {
	var c canonical
	if err := json.Unmarshal(data, &c); err != nil {
		return Snippet{}, err
	}
	return Snippet{
		Models: c.Models,
		Shell:  c.Shell,
		Step:   c.Step,
		Django: c.Django,
		Settings: conf.Settings{
			DefaultAutoField: c.Settings.DefaultAutoField,
			UseTZ:            c.Settings.UseTZ,
			TimeZone:         c.Settings.TimeZone,
		},
	}, nil
}

// IDLength is the length of a short ID: 10 base62 digits, about 59.5 bits.
const IDLength = 10

// idCandidates is how many IDs a snippet may take, should the first ones
// belong to other snippets (a SHA-256 prefix collision).
const idCandidates = 4

const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// IDs are the short IDs of a canonical snippet, best first: the first 64
// bits of its SHA-256, then the next 64 and so on, each written as
// IDLength base62 digits. The store gives a snippet the first that is free
// or already its own.
func IDs(canonical []byte) []string {
	sum := sha256.Sum256(canonical)
	ids := make([]string, idCandidates)
	for i := range ids {
		n := binary.BigEndian.Uint64(sum[8*i:])
		var id [IDLength]byte
		for j := IDLength - 1; j >= 0; j-- {
			id[j] = base62[n%62]
			n /= 62
		}
		ids[i] = string(id[:])
	}
	return ids
}

// ValidID reports whether id has the form of a short ID.
func ValidID(id string) bool {
	if len(id) != IDLength {
		return false
	}
	for i := 0; i < len(id); i++ {
		if strings.IndexByte(base62, id[i]) < 0 {
			return false
		}
	}
	return true
}
