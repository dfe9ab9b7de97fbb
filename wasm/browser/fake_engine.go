//go:build fakeengine

package main

import "github.com/ormfiddle/ormfiddle/wasm/browser/fakeengine"

func init() { runEngine = fakeengine.Run }
