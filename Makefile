# ormfiddle's build. The two set-up commands are `make serve` and `make test`.
#
#   make serve     generate, build the wasm (precompressed), serve on :8080
#   make test      install chromium if missing, build, vet, test, fuzz briefly
#   make fuzz      the fuzz targets (parser, builtin calls, whole engine) for longer
#   make bench     ormfiddle beside real Django in Pyodide (the peer), in headless Chromium; sizes, native trace time
#   make peer      the benchmark's peer pages (out/bench/peer, from bench/peer)
#   make wasm      web/ormfiddle.wasm with its .br and .gz, and web/wasm_exec.js
#   make editor    web/editor.js and its chunks (CodeMirror, bundled from package-lock.json) with their .br and .gz
#   make worker    the Cloudflare Worker (wasm/worker) and its static assets, under out/worker
#   make worker-dev  run the Worker locally (Miniflare, a local D1) on http://127.0.0.1:8787
#   make generate  templ generate (the *_templ.go files are committed)
#   make goldens DIRS="case dirs" [VERSIONS="5.2 6.1"]
#                  record real Django's traces (needs ../shared/conformance/reference.sh setup)
#   make sweep DJANGO_SRC=dir
#                  load every tests/*/models.py of a Django source tree (no
#                  django.contrib) and compare its DDL with real Django's
#   make clean     remove what the build wrote

GO       ?= go
NPM      ?= npm
ADDR     ?= localhost:8080
WASM     := web/ormfiddle.wasm
WASMEXEC := web/wasm_exec.js
EDITOR   := web/editor.js
# No inlining (-l): the wasm is about 16% smaller compressed, which keeps
# it within its 3.5 MB brotli budget; README's benchmarks give the cost.
# SQLite's Go translation (wasm2go) is the exception: every memory access
# there is a call of a tiny load/store helper, which inlined, without the
# bounds check a wasm memory access does not need (-B), makes that code
# about 40% smaller raw and 0.3 MB smaller brotli, and SQLite faster (see
# README's Benchmarks). The later pattern wins for that package.
WASMGCFLAGS ?= all=-l
SQLITEGCFLAGS ?= github.com/ncruces/go-sqlite3-wasm/v6=-B
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

.PHONY: serve test bench peer wasm slim editor generate clean vet fuzz fuzz-brief chromium goldens sweep sweep-goldens worker worker-wasm worker-assets worker-dev worker-test

# brotli's quality for the wasm's .br: the best (11, about two minutes for
# the 25 MB wasm) for what is measured or shipped (make wasm, bench, test,
# worker, export); make serve, a developer's server, takes 5 (about a
# second, 4.4 MB instead of 3.5 MB). The compress step notes the quality
# and makes the .br again when a better one is asked for.
BROTLI ?= 11

serve: BROTLI = 5
serve: generate wasm editor
	$(GO) run . -addr $(ADDR)

generate:
	$(GO) tool templ generate

# The wasm is built against a slimmed copy of the templ runtime (slim, see
# wasm/build; the Worker's wasm too), its data segments merged (pack-data:
# brotli packs zeros better than segment addresses), the functions a first
# run of the default example calls exported for the page to have V8
# compile before Go starts (precompile: it runs the wasm in Node), then replaced only
# when it changed, so that the brotli step runs only for a new wasm (or a
# better quality).
wasm: generate $(WASMEXEC) slim
	GOWORK=$(abspath $(SLIM))/go.work GOOS=js GOARCH=wasm \
		$(GO) build -trimpath -ldflags="-s -w" -gcflags="$(WASMGCFLAGS)" -gcflags="$(SQLITEGCFLAGS)" -o $(WASM).new ./wasm/browser
	$(GO) run ./wasm/build pack-data $(WASM).new
	@command -v node >/dev/null || { echo "node is missing: install Node.js (Debian: apt-get install nodejs npm)"; exit 1; }
	$(GO) run ./wasm/build precompile $(WASM).new examples/multi-table-inheritance
	@if cmp -s $(WASM).new $(WASM); then rm $(WASM).new; else mv $(WASM).new $(WASM); fi
	@$(GO) run ./wasm/build compress -quality $(BROTLI) $(WASM)

# slim writes the workspace with the slimmed templ copy, once per make.
slim:
	$(GO) run ./wasm/build slim-templ $(SLIM)

$(WASMEXEC): $(WASMEXEC_SRC)
	cp $< $@

# The editor: CodeMirror 6 from the npm packages package-lock.json pins,
# bundled with esbuild's Go API (go run ./wasm/build bundle).
editor: $(EDITOR).br

node_modules/.package-lock.json: package.json package-lock.json
	@command -v $(NPM) >/dev/null || { echo "npm is missing: install Node.js and npm (Debian: apt-get install nodejs npm)"; exit 1; }
	$(NPM) ci --no-audit --no-fund
	@touch $@

$(EDITOR): web/editor/load.js web/editor/main.js node_modules/.package-lock.json
	$(GO) run ./wasm/build bundle web/editor/load.js $(EDITOR)

# The loader and its chunks (web/editor-*.js, named by the bundle).
$(EDITOR).br: $(EDITOR)
	$(GO) run ./wasm/build compress $(EDITOR) $(basename $(EDITOR))-*.js

chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
		echo "installing Debian's chromium for the browser tests"; \
		$(SUDO) apt-get update && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends chromium; \
	fi

vet: generate
	$(GO) vet ./...

# ORMFIDDLE_BROWSER_TEST=require turns a missing chromium, wasm or Worker
# build into a failure instead of a skip: here they have just been made.
test: chromium generate wasm editor vet worker
	ORMFIDDLE_BROWSER_TEST=require $(GO) test -timeout 60m ./...
	@$(MAKE) --no-print-directory worker-test
	@$(MAKE) --no-print-directory fuzz-brief

# The fuzz targets: the parser's (FuzzParse, FuzzScan), random builtin and
# method calls (FuzzCalls) and the whole engine under short budgets
# (FuzzEngine: parse, load, run with snapshots), and a recorded trace's
# decoder against encoding/json (FuzzDecodeRecord). `make test` runs each for
# a fixed number of inputs (fuzz-brief); `make fuzz` for many more.
CALLS_FUZZTIME  ?= 2000x
ENGINE_FUZZTIME ?= 2000x
FUZZ_TARGETS = engine/python/syntax:FuzzParse:$(FUZZTIME) engine/python/syntax:FuzzScan:$(FUZZTIME) \
	engine/python:FuzzCalls:$(CALLS_FUZZTIME) engine/playground:FuzzEngine:$(ENGINE_FUZZTIME) \
	engine/trace:FuzzDecodeRecord:$(FUZZTIME)

fuzz-brief:
	@for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; rest=$${t#*:}; target=$${rest%%:*}; n=$${rest#*:}; \
		echo "$(GO) test ./$$pkg -run '^$$' -fuzz '^$$target$$' -fuzztime $$n"; \
		$(GO) test ./$$pkg -run '^$$' -fuzz "^$$target\$$" -fuzztime $$n || exit 1; \
	done

fuzz:
	@$(MAKE) --no-print-directory fuzz-brief FUZZTIME=3000000x CALLS_FUZZTIME=100000x ENGINE_FUZZTIME=200000x

bench: chromium generate wasm editor worker peer
	$(GO) test -c -o out/bench.test .
	ORMFIDDLE_BENCH=1 ./out/bench.test -test.run '^TestBenchReport$$' -test.count 1 -test.timeout 60m

# make bench's peer (bench/peer): a page that runs real Django 5.2 in
# Pyodide, assembled under out/bench/peer and served only by the benchmark.
# Django and asgiref are the .debs that reference.sh (../shared/conformance)
# downloaded for the goldens; sqlparse is Debian's too (apt-get download
# when the reference has none). Pyodide and SQLite's wasm come from
# bench/peer's package-lock.json (npm ci). build.mjs compiles the Python to
# .pyc with the same Pyodide, in Node; the files are then precompressed as
# the product's wasm is. Nothing of Django's is committed.
PEER          := out/bench/peer
PEER_WORK     := out/bench/work
REFERENCE_APT ?= /var/cache/ormfiddle-reference/apt/archives
DJANGO_DEB    ?= $(lastword $(sort $(wildcard $(REFERENCE_APT)/python3-django_*5.2.*_all.deb)))
ASGIREF_DEB   ?= $(lastword $(sort $(wildcard $(REFERENCE_APT)/python3-asgiref_*_all.deb)))
TRACER        ?= ../shared/conformance/django_trace.py
PEER_SRC      := $(wildcard bench/peer/*.mjs bench/peer/*.js bench/peer/*.html bench/peer/*.py)

peer: $(PEER)/.built

$(PEER)/.built: bench/peer/node_modules/.package-lock.json $(PEER_SRC) $(TRACER)
	@test -n "$(DJANGO_DEB)" || { echo "no python3-django 5.2 .deb in $(REFERENCE_APT): run ../shared/conformance/reference.sh setup (as root) first"; exit 1; }
	@test -n "$(ASGIREF_DEB)" || { echo "no python3-asgiref .deb in $(REFERENCE_APT): run ../shared/conformance/reference.sh setup (as root) first"; exit 1; }
	rm -rf $(PEER) $(PEER_WORK)/site
	mkdir -p $(PEER_WORK)/debs $(PEER_WORK)/site
	@sqlparse=$$(ls $(REFERENCE_APT)/python3-sqlparse_*_all.deb $(PEER_WORK)/debs/python3-sqlparse_*_all.deb 2>/dev/null | tail -1); \
	if [ -z "$$sqlparse" ]; then (cd $(PEER_WORK)/debs && apt-get download python3-sqlparse) || exit 1; \
		sqlparse=$$(ls $(PEER_WORK)/debs/python3-sqlparse_*_all.deb | tail -1); fi; \
	for deb in "$(DJANGO_DEB)" "$(ASGIREF_DEB)" "$$sqlparse"; do echo "dpkg -x $$deb"; dpkg -x "$$deb" $(PEER_WORK)/site || exit 1; done
	cd bench/peer && node build.mjs ../../$(PEER_WORK)/site/usr/lib/python3/dist-packages ../../$(PEER)
	cp $(TRACER) $(PEER)/django_trace.py
	$(GO) run ./wasm/build compress $(PEER)/django.zip $(PEER)/pyodide/pyodide.asm.wasm $(PEER)/pyodide/pyodide.asm.mjs \
		$(PEER)/pyodide/python_stdlib.zip $(PEER)/pyodide/pyodide.mjs $(PEER)/pyodide/pyodide-lock.json \
		$(PEER)/sqlite-wasm/sqlite3.wasm $(PEER)/sqlite-wasm/index.mjs
	touch $@

bench/peer/node_modules/.package-lock.json: bench/peer/package.json bench/peer/package-lock.json
	@command -v $(NPM) >/dev/null || { echo "npm is missing: install Node.js and npm (Debian: apt-get install nodejs npm)"; exit 1; }
	cd bench/peer && $(NPM) ci --no-audit --no-fund
	@touch $@

clean:
	rm -rf out node_modules bench/peer/node_modules $(WORKER_DIR)/node_modules $(WASM) $(WASM).new $(WASM).br $(WASM).gz $(WASMEXEC) $(EDITOR) $(EDITOR).br $(EDITOR).gz $(basename $(EDITOR))-*.js* web/.*.quality

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

# The Cloudflare Worker (wasm/worker): the page's static files, the share
# API and the short links' pages, with the snippets in D1. Its tooling
# (wrangler, miniflare) is pinned by wasm/worker/package-lock.json; wrangler
# 4.86.0 is the newest that runs on Node 20. Nothing it runs here talks to
# anything but loopback: no metrics, no fetch of Cloudflare's request.cf
# data, no banner (which checks npm for a newer wrangler).
WORKER_DIR    := wasm/worker
WORKER_OUT    := out/worker
WORKER_BUILD  := $(WORKER_OUT)/build
WORKER_ASSETS := $(WORKER_OUT)/assets
WORKER_STATE  := $(WORKER_OUT)/state
WORKER_PORT   ?= 8787
WRANGLER      := cd $(WORKER_DIR) && WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false \
	WRANGLER_HIDE_BANNER=true ./node_modules/.bin/wrangler

worker: worker-wasm worker-assets $(WORKER_DIR)/node_modules/.package-lock.json

# The commit the Worker is built from, when the tree is clean (nothing
# changed but what git ignores): the Worker keeps the HTML it renders of a
# recorded trace under it (wasm/worker/recorded.go).
WORKER_REVISION = $(shell git diff --quiet HEAD 2>/dev/null && test -z "$$(git status --porcelain 2>/dev/null)" && git rev-parse HEAD 2>/dev/null)

# workers-assets-gen (a go.mod tool) writes syumai/workers' JavaScript
# glue; it deletes its -o folder first, so the wasm is built beside it and
# copied in, with entry.mjs (one Go instance per isolate, the brotli wasm).
worker-wasm: generate slim
	$(GO) tool workers-assets-gen -mode=go -o $(WORKER_BUILD)
	GOWORK=$(abspath $(SLIM))/go.work GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w -X main.buildRevision=$(WORKER_REVISION)" -gcflags="$(WASMGCFLAGS)" -o $(WORKER_OUT)/app.wasm.new ./$(WORKER_DIR)
	@if cmp -s $(WORKER_OUT)/app.wasm.new $(WORKER_OUT)/app.wasm; then rm $(WORKER_OUT)/app.wasm.new; else mv $(WORKER_OUT)/app.wasm.new $(WORKER_OUT)/app.wasm; fi
	cp $(WORKER_OUT)/app.wasm $(WORKER_DIR)/entry.mjs $(WORKER_BUILD)/

# The static assets: the page as `export` writes it, minus the raw wasm
# (the Worker serves ormfiddle.wasm.br) and the editor's precompressed
# copies (Workers compress text assets themselves).
worker-assets: generate wasm editor
	rm -rf $(WORKER_ASSETS)
	$(GO) run . export $(WORKER_ASSETS)
	rm -f $(WORKER_ASSETS)/$(notdir $(WASM)) $(WORKER_ASSETS)/$(notdir $(basename $(EDITOR)))*.js.br $(WORKER_ASSETS)/$(notdir $(basename $(EDITOR)))*.js.gz

$(WORKER_DIR)/node_modules/.package-lock.json: $(WORKER_DIR)/package.json $(WORKER_DIR)/package-lock.json
	@command -v $(NPM) >/dev/null || { echo "npm is missing: install Node.js and npm (Debian: apt-get install nodejs npm)"; exit 1; }
	cd $(WORKER_DIR) && $(NPM) ci --no-audit --no-fund
	@touch $@

# A local D1 under out/worker/state, migrated, and the Worker on loopback
# in Miniflare, as `wrangler dev --local` would run it but without its
# proxy and inspector (wasm/worker/dev.mjs says why); the tests and the
# bench run it the same way.
worker-dev: worker
	$(WRANGLER) d1 migrations apply DB --local --persist-to ../../$(WORKER_STATE)
	cd $(WORKER_DIR) && WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false \
		WRANGLER_HIDE_BANNER=true node dev.mjs ../../$(WORKER_STATE) $(WORKER_PORT)

# The Worker's API against a real local D1: Node's test runner driving
# Miniflare (wasm/worker/test).
worker-test: worker
	cd $(WORKER_DIR) && node --test test/

# The sweep over Django's test suite: every tests/APP/models.py of
# DJANGO_SRC that needs no django.contrib app, loaded by the engine under
# Django 5.2 and compared with the DDL real Django 5.2 recorded for it
# (engine/playground/testdata/sweep, recorded from Django 3.2.25's tree
# with `make sweep-goldens`). SWEEPFLAGS=-sweep-report-only reports
# without failing.
DJANGO_SRC ?=
SWEEPFLAGS ?=
sweep:
	@test -n "$(DJANGO_SRC)" || { echo 'usage: make sweep DJANGO_SRC=/path/to/django (a source tree with tests/)'; exit 2; }
	$(GO) test ./engine/playground -run '^TestSweep$$' -count=1 -v -args -django-src=$(abspath $(DJANGO_SRC)) $(SWEEPFLAGS) | grep -v '^=== RUN'

sweep-goldens:
	@test -n "$(DJANGO_SRC)" || { echo 'usage: make sweep-goldens DJANGO_SRC=/path/to/django'; exit 2; }
	REFERENCE=$(abspath $(REFERENCE)) engine/playground/testdata/sweep/record.sh $(abspath $(DJANGO_SRC)) 5.2
