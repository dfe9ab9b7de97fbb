package playground

import (
	"strings"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/conf"
)

// TestAwareSessionClock: under startproject's settings (USE_TZ = True)
// auto_now values and timezone.now() are aware and read the session clock
// (Epoch, one second per reading), so the SQL a trace shows is the same on
// every run; the reference tracer's clock is real time, which the
// conformance cases cannot pin. Django 3.2's tzinfo is pytz's UTC.
func TestAwareSessionClock(t *testing.T) {
	models := "from django.db import models\n\nclass Stamp(models.Model):\n    label = models.CharField(max_length=10)\n    created = models.DateTimeField(auto_now_add=True)\n    updated = models.DateTimeField(auto_now=True)\n    day = models.DateField(auto_now_add=True)\n"
	shell := strings.Join([]string{
		"from django.utils import timezone",
		"s = Stamp.objects.create(label='a')",
		"s.created",
		"s.save()",
		"Stamp.objects.get().updated",
		"timezone.now()",
	}, "\n")
	for _, c := range []struct {
		version, tz string
	}{{"5.2", "datetime.timezone.utc"}, {"6.1", "datetime.timezone.utc"}, {"3.2", "<UTC>"}} {
		tr, err := Run(Source{Models: models, Shell: shell, Django: c.version}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, st := range tr.Steps[1:] {
			if st.Error != nil {
				t.Fatalf("%s: %s: %s", c.version, st.Code, *st.Error)
			}
			got = append(got, strings.Join(st.SQL, "; ")+" | "+strings.TrimSpace(st.Output))
		}
		insert := `INSERT INTO "myapp_stamp" ("label", "created", "updated", "day") VALUES ('a', '2024-01-01 09:00:00', '2024-01-01 09:00:01', '2024-01-01')`
		if c.version != "3.2" {
			insert += ` RETURNING "myapp_stamp"."id"`
		}
		want := []string{
			insert + " | ",
			" | datetime.datetime(2024, 1, 1, 9, 0, tzinfo=" + c.tz + ")",
			`UPDATE "myapp_stamp" SET "label" = 'a', "created" = '2024-01-01 09:00:00', "updated" = '2024-01-01 09:00:03', "day" = '2024-01-01' WHERE "myapp_stamp"."id" = 1 | `,
			`SELECT "myapp_stamp"."id", "myapp_stamp"."label", "myapp_stamp"."created", "myapp_stamp"."updated", "myapp_stamp"."day" FROM "myapp_stamp" LIMIT 21 | datetime.datetime(2024, 1, 1, 9, 0, 3, tzinfo=` + c.tz + `)`,
			" | datetime.datetime(2024, 1, 1, 9, 0, 4, tzinfo=" + c.tz + ")",
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("Django %s:\ngot\n%s\nwant\n%s", c.version, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	// Without USE_TZ the values are naive.
	legacy := conf.Legacy()
	tr, err := Run(Source{Models: models, Shell: shell, Settings: &legacy}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(tr.Steps[2].Output); got != "datetime.datetime(2024, 1, 1, 9, 0)" {
		t.Errorf("USE_TZ = False: s.created = %s", got)
	}
}
