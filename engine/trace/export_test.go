package trace

import (
	"bytes"
	"encoding/json"
	"io"
)

// EncodingJSONRecord is t.Record() as encoding/json writes it, what
// appendRecord must write byte for byte.
func EncodingJSONRecord(t *Trace) []byte {
	r := record{Django: t.Django, Settings: t.Settings, DDL: t.DDL, PostgresDDL: t.PostgresDDL, Tables: t.Tables, Schema: t.Schema}
	r.Steps = make([]recordStep, len(t.Steps))
	for i, s := range t.Steps {
		r.Steps[i] = recordStep(s)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		panic(err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

// Record is the recorded trace's JSON as decoded, for comparing the two
// decoders.
type Record = record

// DecodeRecord is ReadRecord's decoding alone.
func DecodeRecord(data []byte) (*Record, error) {
	var r record
	if err := decodeRecord(data, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// EncodingJSONDecodeRecord decodes as ReadRecord did before decodeRecord:
// a json.Decoder with DisallowUnknownFields, one object and nothing after.
func EncodingJSONDecodeRecord(data []byte) (*Record, error) {
	var r record
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errTrailing
	}
	return &r, nil
}
