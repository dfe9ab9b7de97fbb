package main

import (
	"github.com/ormfiddle/ormfiddle/engine/sqlite"
)

// warmSQL is the SQL a session's first statements run, in the shapes
// Django writes it: tables with a foreign key and an index, inserts, a
// join with a filter, ordering and a limit, an update, a count, a
// transaction with a savepoint, a delete.
var warmSQL = []struct {
	sql  string
	args []any
}{
	{`CREATE TABLE "warm_place" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(50) NOT NULL, "address" varchar(80) NOT NULL)`, nil},
	{`CREATE TABLE "warm_restaurant" ("place_ptr_id" bigint NOT NULL PRIMARY KEY REFERENCES "warm_place" ("id") DEFERRABLE INITIALLY DEFERRED, "serves_pizza" bool NOT NULL, "rating" decimal NULL)`, nil},
	{`CREATE INDEX "warm_place_name_idx" ON "warm_place" ("name")`, nil},
	{`INSERT INTO "warm_place" ("name", "address") VALUES (%s, %s) RETURNING "warm_place"."id"`, []any{"Bob's", "1 Main St"}},
	{`INSERT INTO "warm_restaurant" ("place_ptr_id", "serves_pizza", "rating") VALUES (%s, %s, %s)`, []any{1, true, "4.5"}},
	{`SELECT "warm_place"."id", "warm_place"."name", "warm_restaurant"."serves_pizza" FROM "warm_restaurant" INNER JOIN "warm_place" ON ("warm_restaurant"."place_ptr_id" = "warm_place"."id") WHERE ("warm_place"."name" = %s AND "warm_restaurant"."rating" > %s) ORDER BY "warm_place"."name" DESC LIMIT 21`, []any{"Bob's", 1}},
	{`UPDATE "warm_restaurant" SET "serves_pizza" = %s WHERE "warm_restaurant"."place_ptr_id" = %s`, []any{false, 1}},
	{`SELECT COUNT(*) AS "__count" FROM "warm_place"`, nil},
	{`SELECT DISTINCT "warm_place"."name" FROM "warm_place" WHERE "warm_place"."id" IN (SELECT U0."place_ptr_id" FROM "warm_restaurant" U0) GROUP BY "warm_place"."name" HAVING COUNT(*) > 0`, nil},
	{`SAVEPOINT "s1"`, nil},
	{`DELETE FROM "warm_restaurant" WHERE "warm_restaurant"."place_ptr_id" IN (%s)`, []any{1}},
	{`RELEASE SAVEPOINT "s1"`, nil},
	{`DELETE FROM "warm_place" WHERE "warm_place"."id" IN (%s)`, []any{1}},
}

// warm runs warmSQL on a database of its own and releases it: what it
// runs is SQLite's code that every first session runs. The page calls it
// (ormfiddle.warm()) in a second instance of the engine, in a Web Worker,
// while its own instance starts: the browser compiles each function of the
// wasm the first time any instance calls it, once for all of them, so the
// page's first session finds these compiled.
func warm() error {
	c, err := sqlite.Open()
	if err != nil {
		return err
	}
	for _, s := range warmSQL {
		if s.args == nil {
			err = c.ExecScript(s.sql)
		} else if _, err = c.Query(s.sql, s.args...); err != nil {
			break
		}
		if err != nil {
			break
		}
	}
	c.Close()
	sqlite.TidyPool()
	return err
}
