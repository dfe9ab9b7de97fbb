package playground

import (
	"runtime"
	"testing"
	"time"
)

// TestSessionEndsGenerators checks that a session leaves no goroutine
// behind for the generators its models.py and shell.py left suspended
// (Session.Close ends them), nor when models.py fails to load.
func TestSessionEndsGenerators(t *testing.T) {
	before := runtime.NumGoroutine()
	models := "from django.db import models\n\n" +
		"def forever():\n    while True:\n        yield 1\n\n" +
		"started = forever()\nnext(started)\n\n" +
		"class P(models.Model):\n    n = models.IntegerField()\n\n" +
		"    def rows(self):\n        for p in P.objects.all():\n            yield p\n"
	shell := "P.objects.create(n=1)\nP.objects.create(n=2)\n" +
		"g = P.objects.first().rows()\nnext(g)\n" +
		"gens = [forever() for _ in range(20)]\nfor x in gens:\n    next(x)\n"
	tr, err := Run(Source{Models: models, Shell: shell}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range tr.Steps {
		if s.Error != nil {
			t.Fatalf("%s: %s", s.Code, *s.Error)
		}
	}
	// models.py that fails after starting a generator.
	if _, err := Run(Source{Models: models + "\nclass Q(models.Model):\n    n = models.IntegerField(max_length='x', choices=1)\n    n = models.Nope()\n", Shell: ""}, Options{}); err == nil {
		t.Fatal("models.py loaded")
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("%d goroutines left, want %d:\n%s", runtime.NumGoroutine(), before, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(5 * time.Millisecond)
	}
}
