package playground

import (
	"fmt"
	"strings"
	"testing"
)

// TestDescribeSchema checks the diagram's view of a schema with every kind
// of link: a ForeignKey, a parent link, an auto-created m2m table and a
// proxy.
func TestDescribeSchema(t *testing.T) {
	tr, err := Run(Source{Models: `from django.db import models

class Place(models.Model):
    name = models.CharField(max_length=50)

class Restaurant(Place):
    serves_pizza = models.BooleanField(default=False)

class Topping(models.Model):
    name = models.CharField(max_length=20, unique=True)

class Pizza(models.Model):
    restaurant = models.ForeignKey(Restaurant, on_delete=models.CASCADE, null=True)
    toppings = models.ManyToManyField(Topping)

class Landmark(Place):
    class Meta:
        proxy = True
`}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tb := range tr.Schema.Tables {
		var cols []string
		for _, c := range tb.Columns {
			s := c.Name + " " + c.Type
			if c.PK {
				s += " pk"
			}
			if c.Null {
				s += " null"
			}
			if c.Unique {
				s += " unique"
			}
			if c.Link != LinkNone {
				s += fmt.Sprintf(" ->%d %s.%s", c.Link, c.References, c.RefColumn)
			}
			cols = append(cols, s)
		}
		got = append(got, fmt.Sprintf("%s (%s through=%q auto=%v): %s", tb.Name, tb.Model, tb.Through, tb.AutoCreated, strings.Join(cols, ", ")))
	}
	for _, p := range tr.Schema.Proxies {
		got = append(got, fmt.Sprintf("proxy %s for %s in %s", p.Model, p.ProxyFor, p.Table))
	}
	want := []string{
		`myapp_place (Place through="" auto=false): id integer pk, name varchar(50)`,
		`myapp_restaurant (Restaurant through="" auto=false): place_ptr_id bigint pk ->3 myapp_place.id, serves_pizza bool`,
		`myapp_topping (Topping through="" auto=false): id integer pk, name varchar(20) unique`,
		`myapp_pizza (Pizza through="" auto=false): id integer pk, restaurant_id bigint null ->1 myapp_restaurant.place_ptr_id`,
		`myapp_pizza_toppings (Pizza_toppings through="Pizza.toppings" auto=true): id integer pk, pizza_id bigint ->1 myapp_pizza.id, topping_id bigint ->1 myapp_topping.id`,
		`proxy Landmark for Place in myapp_place`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(tr.PostgresDDL) == 0 || !strings.Contains(tr.PostgresDDL[0], "serial") {
		t.Errorf("PostgreSQL DDL: %q", tr.PostgresDDL)
	}
}

// TestRunDatabase: the database file comes back when asked for.
func TestRunDatabase(t *testing.T) {
	tr, err := Run(Source{Models: "from django.db import models\n\nclass P(models.Model):\n    n = models.IntegerField()\n", Shell: "P.objects.create(n=1)\n"}, Options{Database: true})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(tr.Database), "SQLite format 3\x00") {
		t.Errorf("database starts %q", tr.Database[:min(16, len(tr.Database))])
	}
}

func TestSQLScript(t *testing.T) {
	tr, err := Run(Source{Models: "from django.db import models\n\nclass P(models.Model):\n    n = models.IntegerField()\n", Shell: "P.objects.create(n=1)\nP.objects.get(n=2)\n"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := `-- The SQL Django 5.2 runs on SQLite for this session (ormfiddle).

-- models.py: the schema
CREATE TABLE "myapp_p" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "n" integer NOT NULL);

-- >>> P.objects.create(n=1)
INSERT INTO "myapp_p" ("n") VALUES (1) RETURNING "myapp_p"."id";

-- >>> P.objects.get(n=2)
SELECT "myapp_p"."id", "myapp_p"."n" FROM "myapp_p" WHERE "myapp_p"."n" = 2 LIMIT 21;
-- raised DoesNotExist: P matching query does not exist.
`
	if got := tr.SQLScript(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestSnapshotsSkipReads: a step that only reads has the previous step's
// rows, all unchanged; a step that writes is read again.
func TestSnapshotsSkipReads(t *testing.T) {
	tr, err := Run(Source{
		Models: "from django.db import models\n\nclass P(models.Model):\n    n = models.IntegerField()\n",
		Shell:  "p = P.objects.create(n=1)\nP.objects.count()\np.n = 2\np.save()\nP.objects.all().delete()\n",
	}, Options{Snapshots: true})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, st := range tr.Steps {
		s := st.Snapshot[0]
		got = append(got, fmt.Sprint(s.Rows, s.Changes, s.Deleted))
	}
	want := []string{"[[1 1]] [1] []", "[[1 1]] [0] []", "[[1 1]] [0] []", "[[1 2]] [2] []", "[] [] [[1 2]]"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
