//go:build js && wasm

package main

import (
	"database/sql"
	"log"
	"runtime/debug"

	"github.com/syumai/workers"
	"github.com/syumai/workers/cloudflare/d1"
)

// main serves the handler on the Go instance that entry.mjs starts once per
// isolate and keeps: unlike workers.Serve, it never returns, so one
// instance answers every request of the isolate (the stock entry starts a
// new one per request, 30 to 40 ms of CPU each). The collector runs less
// often than by default, as in the browser build: a request allocates a
// little, the live heap is small, and collections are CPU time.
func main() {
	debug.SetGCPercent(400)
	c, err := d1.OpenConnector("DB")
	if err != nil {
		log.Fatalf("the D1 binding DB: %v (see wrangler.jsonc)", err)
	}
	workers.ServeNonBlock(&Handler{DB: sql.OpenDB(c), Page: renderPage})
	workers.Ready()
	select {}
}
