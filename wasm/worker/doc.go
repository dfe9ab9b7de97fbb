// Command worker is the playground on Cloudflare Workers: the page's static
// files (Workers static assets), short share links stored in D1, and the
// page of a short link, rendered on its snippet. It is built with the
// standard Go toolchain (GOOS=js GOARCH=wasm) on github.com/syumai/workers:
//
//	make worker       build it under out/worker (with the page's assets)
//	make worker-dev   run it in Miniflare (dev.mjs) with a local D1, on loopback
//	make worker-test  its tests: Node's test runner, Miniflare, a local D1
//
// handler.go answers the requests (Handler), snippet.go reads and
// validates a posted snippet and derives its canonical form and ID,
// page.go renders a short link's page with the templ components of the
// server, main_js.go serves the handler over the D1 binding DB, and
// entry.mjs is the Worker's JavaScript entry (one Go instance per isolate,
// the brotli wasm). README.md ("Short links") says how to deploy it.
package main
