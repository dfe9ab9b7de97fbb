# ormfiddle's build. The two set-up commands are `make serve` and `make test`.
#
#   make serve     generate, build the wasm (precompressed), serve on :8080
#   make test      install chromium if missing, build, vet, test, fuzz briefly
#   make bench     wasm sizes, cold start in headless Chromium, native trace time
#   make wasm      web/ormfiddle.wasm with its .br and .gz, and web/wasm_exec.js
#   make editor    web/editor.js (CodeMirror, bundled from package-lock.json) with its .br and .gz
#   make generate  templ generate (the *_templ.go files are committed)
#   make goldens DIRS="case dirs" [VERSIONS="5.2 6.1"]
#                  record real Django's traces (needs ../shared/conformance/reference.sh setup)
#   make clean     remove what the build wrote

GO       ?= go
NPM      ?= npm
ADDR     ?= localhost:8080
WASM     := web/ormfiddle.wasm
WASMEXEC := web/wasm_exec.js
EDITOR   := web/editor.js
# No inlining (-l): the wasm is about 16% smaller compressed, which keeps
# it within its 3.5 MB brotli budget; README's benchmarks give the cost.
WASMGCFLAGS ?= all=-l
SLIM     := out/wasm-work
GOROOT   := $(shell $(GO) env GOROOT)
# wasm_exec.js must match the Go that builds the wasm: copy it from there.
WASMEXEC_SRC := $(firstword $(wildcard $(GOROOT)/lib/wasm/wasm_exec.js $(GOROOT)/misc/wasm/wasm_exec.js))
CHROMIUM := /usr/bin/chromium
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# A count, not a duration: with a duration, Go 1.26's fuzz coordinator can
# fail at the deadline with a bare "context deadline exceeded" and no crasher
# (golang/go#75804, fixed in Go 1.27). 300000 inputs take ~10 s here.
FUZZTIME ?= 300000x

.PHONY: serve test bench wasm editor generate clean vet fuzz chromium goldens

serve: generate wasm editor
	$(GO) run . -addr $(ADDR)

generate:
	$(GO) tool templ generate

# The wasm is built against a slimmed copy of the templ runtime (see
# wasm/build), then replaced only when it changed, so that the slow
# brotli step runs only for a new wasm.
wasm: generate $(WASMEXEC)
	$(GO) run ./wasm/build slim-templ $(SLIM)
	GOWORK=$(abspath $(SLIM))/go.work GOOS=js GOARCH=wasm \
		$(GO) build -trimpath -ldflags="-s -w" -gcflags="$(WASMGCFLAGS)" -o $(WASM).new ./wasm/browser
	@if cmp -s $(WASM).new $(WASM); then rm $(WASM).new; else mv $(WASM).new $(WASM); fi
	@$(MAKE) --no-print-directory $(WASM).br

$(WASM).br: $(WASM)
	$(GO) run ./wasm/build compress $(WASM)

$(WASMEXEC): $(WASMEXEC_SRC)
	cp $< $@

# The editor: CodeMirror 6 from the npm packages package-lock.json pins,
# bundled with esbuild's Go API (go run ./wasm/build bundle).
editor: $(EDITOR).br

node_modules/.package-lock.json: package.json package-lock.json
	@command -v $(NPM) >/dev/null || { echo "npm is missing: install Node.js and npm (Debian: apt-get install nodejs npm)"; exit 1; }
	$(NPM) ci --no-audit --no-fund
	@touch $@

$(EDITOR): web/editor/main.js node_modules/.package-lock.json
	$(GO) run ./wasm/build bundle web/editor/main.js $(EDITOR)

$(EDITOR).br: $(EDITOR)
	$(GO) run ./wasm/build compress $(EDITOR)

chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
		echo "installing Debian's chromium for the browser tests"; \
		$(SUDO) apt-get update && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends chromium; \
	fi

vet: generate
	$(GO) vet ./...

# ORMFIDDLE_BROWSER_TEST=require turns a missing chromium or wasm into a
# failure instead of a skip: here both have just been made.
test: chromium generate wasm editor vet
	ORMFIDDLE_BROWSER_TEST=require $(GO) test ./...
	@$(MAKE) --no-print-directory fuzz

# Short fixed-size runs of the parser's fuzz targets, once they exist.
fuzz:
	@for target in FuzzParse FuzzScan; do \
		if grep -rqs "^func $$target(" engine/python/syntax; then \
			echo "$(GO) test ./engine/python/syntax -run '^$$' -fuzz '^$$target$$' -fuzztime $(FUZZTIME)"; \
			$(GO) test ./engine/python/syntax -run '^$$' -fuzz "^$$target\$$" -fuzztime $(FUZZTIME) || exit 1; \
		else \
			echo "fuzz: $$target is not in engine/python/syntax yet, skipped"; \
		fi; \
	done

bench: chromium generate wasm editor
	$(GO) test -c -o out/bench.test .
	ORMFIDDLE_BENCH=1 ./out/bench.test -test.run '^TestBenchReport$$' -test.count 1

clean:
	rm -rf out node_modules $(WASM) $(WASM).new $(WASM).br $(WASM).gz $(WASMEXEC) $(EDITOR) $(EDITOR).br $(EDITOR).gz

# Goldens come only from real Django: reference.sh (../shared/conformance,
# set up once as root with `reference.sh setup`) traces each case directory
# under each version; expected.json is 3.2's, expected-X.Y.json X.Y's. A
# version that cannot load the case's models writes no golden (its error
# is printed instead).
REFERENCE ?= ../shared/conformance/reference.sh
VERSIONS  ?= 3.2 5.2 6.1
goldens:
	@test -n "$(DIRS)" || { echo 'usage: make goldens DIRS="engine/playground/testdata/conformance/NAME ..." [VERSIONS="5.2 6.1"]'; exit 2; }
	@for d in $(DIRS); do for v in $(VERSIONS); do \
		f=$$d/expected-$$v.json; [ $$v = 3.2 ] && f=$$d/expected.json; \
		if $(REFERENCE) trace $$v $$d > $$f.tmp 2> $$f.err && [ -s $$f.tmp ]; then mv $$f.tmp $$f; echo "$$f"; \
		else echo "$$f: Django $$v could not trace it:"; tail -n 3 $$f.err; rm -f $$f.tmp; fi; rm -f $$f.err; \
	done; done
