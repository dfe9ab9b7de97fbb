package playground

import (
	"fmt"
	"strings"
	"testing"
)

// TestSnapshotsAfterRollback: a step whose atomic block rolled back shows
// the tables as they were, though it ran INSERTs; a step interrupted
// inside an atomic block (out of its step budget) is rolled back too, and
// the next step runs in autocommit mode.
func TestSnapshotsAfterRollback(t *testing.T) {
	tr, err := Run(Source{
		Models: "from django.db import models\n\nclass P(models.Model):\n    n = models.IntegerField()\n",
		Shell: strings.Join([]string{
			"from django.db import transaction",
			"P.objects.create(n=1)",
			"with transaction.atomic():\n    P.objects.create(n=2)\n    P.objects.filter(n=1).update(n=3)\n    raise ValueError",
			"with transaction.atomic():\n    P.objects.create(n=4)\n    while True:\n        pass",
			"transaction.get_autocommit(), P.objects.count()",
			"with transaction.atomic():\n    P.objects.create(n=5)",
		}, "\n"),
	}, Options{Snapshots: true})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, st := range tr.Steps[1:] {
		s := st.Snapshot[0]
		got = append(got, fmt.Sprint(s.Rows, s.Changes, " ", strings.ReplaceAll(strings.TrimSpace(st.Output), "\n", "; ")))
	}
	want := []string{
		"[[1 1]] [1] <P: P object (1)>",
		"[[1 1]] [0] <P: P object (2)>; 1",
		"[[1 1]] [0] <P: P object (2)>",
		"[[1 1]] [0] (True, 1)",
		// sqlite_sequence rolled back with the rest: the id is used again.
		"[[1 1] [2 5]] [0 1] <P: P object (2)>",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if e := tr.Steps[3].Error; e == nil || !strings.Contains(*e, "StepLimit") {
		t.Errorf("step 4 error = %v", e)
	}
}
