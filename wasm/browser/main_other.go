//go:build !js

package main

import (
	"fmt"
	"os"
)

// main explains that this command is the browser build.
func main() {
	fmt.Fprintln(os.Stderr, "wasm/browser is the browser build: build it with GOOS=js GOARCH=wasm (make wasm)")
	os.Exit(2)
}
