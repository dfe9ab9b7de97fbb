package schema

import "testing"

// The system checks run over models defined from Go: options given as
// values count as given, and the error text is Django's.
func TestChecksFromGo(t *testing.T) {
	a := NewApps("myapp")
	mustRegister(t, a, ModelDef{Name: "Product", Fields: []NamedField{
		{"price", mustField(t, a, DecimalField, FieldOptions{MaxDigits: 5})}, // decimal_places=0
		{"name", mustField(t, a, CharField, FieldOptions{MaxLength: 20})},
	}})
	if err := a.Ready(); err != nil {
		t.Fatalf("valid models: %v", err)
	}

	b := NewApps("myapp")
	mustRegister(t, b, ModelDef{Name: "Person", Fields: []NamedField{
		{"name_", mustField(t, b, CharField, FieldOptions{})},
		{"age", mustField(t, b, IntegerField, FieldOptions{MaxLength: 3})},
	}})
	err := b.Ready()
	se, ok := err.(*Error)
	if !ok || se.Kind != "SystemCheckError" {
		t.Fatalf("got %v, want a SystemCheckError", err)
	}
	want := "SystemCheckError: System check identified some issues:\n\n" +
		"ERRORS:\n" +
		"myapp.Person.name_: (fields.E001) Field names must not end with an underscore.\n" +
		"myapp.Person.name_: (fields.E120) CharFields must define a 'max_length' attribute.\n\n" +
		"WARNINGS:\n" +
		"myapp.Person.age: (fields.W122) 'max_length' is ignored when used with IntegerField.\n\tHINT: Remove 'max_length' from field\n"
	if se.Msg != want {
		t.Errorf("got\n%s\nwant\n%s", se.Msg, want)
	}
	if se.Field == nil || se.Field.Name != "name_" {
		t.Errorf("error located at %v, want the field name_", se.Field)
	}
}
