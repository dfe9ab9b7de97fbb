package syntax_test

import (
	"os"
	"strings"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
)

// BenchmarkParse parses the Django-style models.py of the golden tests.
func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("testdata/parse/django.py")
	if err != nil {
		b.Fatal(err)
	}
	src := string(data)
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if _, err := syntax.Parse("models.py", src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseLarge parses a file near the size limit.
func BenchmarkParseLarge(b *testing.B) {
	src := strings.Repeat("x = f(a, b=1)[0].y + 2\n", syntax.MaxFileSize/24)
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if _, err := syntax.Parse("models.py", src); err != nil {
			b.Fatal(err)
		}
	}
}
