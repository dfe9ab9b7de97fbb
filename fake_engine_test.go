//go:build fakeengine

package main

import "github.com/ormfiddle/ormfiddle/wasm/browser/fakeengine"

// With -tags fakeengine the server renders with the stand-in engine, to
// match a wasm built the same way (see wasm/browser/fakeengine).
func init() { runEngine = fakeengine.Run }
