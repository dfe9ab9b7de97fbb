package playground_test

import (
	"fmt"

	"github.com/ormfiddle/ormfiddle/engine/playground"
)

// Run a models.py and a shell script and read the trace: what each
// statement executed and printed.
func ExampleRun() {
	tr, err := playground.Run(playground.Source{
		Models: `from django.db import models

class Person(models.Model):
    name = models.CharField(max_length=30)

    def __str__(self):
        return self.name
`,
		Shell: `p = Person.objects.create(name="Fred")
p.name = "Wilma"
p.save()
Person.objects.filter(name__startswith="W")
Person.objects.get(name="Barney")
`,
	}, playground.Options{})
	if err != nil {
		panic(err)
	}
	for _, st := range tr.Steps {
		fmt.Println(">>>", st.Code)
		for _, q := range st.SQL {
			fmt.Println("   ", q)
		}
		if st.Output != "" {
			fmt.Print(st.Output)
		}
		if st.Error != nil {
			fmt.Println(*st.Error)
		}
	}
	// Output:
	// >>> p = Person.objects.create(name="Fred")
	//     INSERT INTO "myapp_person" ("name") VALUES ('Fred') RETURNING "myapp_person"."id"
	// >>> p.name = "Wilma"
	// >>> p.save()
	//     UPDATE "myapp_person" SET "name" = 'Wilma' WHERE "myapp_person"."id" = 1
	// >>> Person.objects.filter(name__startswith="W")
	//     SELECT "myapp_person"."id", "myapp_person"."name" FROM "myapp_person" WHERE "myapp_person"."name" LIKE 'W%' ESCAPE '\' LIMIT 21
	// <QuerySet [<Person: Wilma>]>
	// >>> Person.objects.get(name="Barney")
	//     SELECT "myapp_person"."id", "myapp_person"."name" FROM "myapp_person" WHERE "myapp_person"."name" = 'Barney' LIMIT 21
	// DoesNotExist: Person matching query does not exist.
}
