//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

// main explains that this command is the Cloudflare Worker.
func main() {
	fmt.Fprintln(os.Stderr, "wasm/worker is the Cloudflare Worker: build it with `make worker`, run it with `make worker-dev`")
	os.Exit(2)
}
