package trace

import (
	"bytes"
	"encoding/json"
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
