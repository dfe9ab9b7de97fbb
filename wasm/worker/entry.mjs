// The Worker's entry module. Everything the Worker answers is Go
// (wasm/worker, built into app.wasm with github.com/syumai/workers) except
// two things Go cannot do from syumai/workers' stock entry (worker.mjs):
//
//  1. Start the Go instance once per isolate and keep it. The stock entry
//     starts a new instance for every request (30 to 40 ms of CPU each,
//     where the free plan allows 10 ms); here main_js.go serves with
//     workers.ServeNonBlock and never returns, so one instance answers
//     every request of the isolate. It starts with the isolate's first
//     request: not as the module loads, because Go's runtime asks for
//     random bytes as it starts, which Workers refuse in the global scope.
//     If the instance ever exits, the next request starts another.
//
//  2. Serve the page's engine (/ormfiddle.wasm) as the brotli file the build
//     made (ormfiddle.wasm.br, 3.5 MB; the raw wasm is within 1 MB of the
//     25 MiB limit per asset, and Workers would re-compress it on the fly
//     to about 4.3 MB). Sending it with Content-Encoding: br as it is needs
//     a Response built with encodeBody: "manual", which syumai/workers'
//     ResponseWriter does not offer.
//
// wasm_exec.js (Go's, with syumai/workers' runtime context) and
// runtime.mjs are what workers-assets-gen writes.
import "./wasm_exec.js";
import { createRuntimeContext } from "./runtime.mjs";
import mod from "./app.wasm";

// syumai/workers calls it to catch JavaScript exceptions (jsutil.TryCatch);
// the stock entry defines it the same way.
globalThis.tryCatch = (fn) => {
  try {
    return { result: fn() };
  } catch (error) {
    return { error };
  }
};

// start runs the Go Worker. Its main publishes the handlers on binding,
// calls workers.Ready and blocks, all before go.run returns: the instance
// is ready when start returns.
function start(env, ctx) {
  const go = new Go();
  const binding = {};
  const context = createRuntimeContext({ env, ctx, binding });
  let ready = false;
  const wasm = new WebAssembly.Instance(mod, { ...go.importObject, workers: { ready: () => (ready = true) } });
  const running = { binding, context };
  const exited = (err) => {
    if (current === running) current = null;
    console.error("the Go Worker exited", err ?? "");
  };
  go.run(wasm, context).then(() => exited(), exited);
  if (!ready) throw new Error("the Go Worker did not start");
  return running;
}

let current = null; // the running instance: {binding, context}

async function fetch(req, env, ctx) {
  if (new URL(req.url).pathname === "/ormfiddle.wasm") return serveWasm(req, env);
  current ??= start(env, ctx);
  // The Go side reads the bindings from the context it started with; they
  // are the same for every request of an isolate.
  current.context.env = env;
  current.context.ctx = ctx;
  return current.binding.handleRequest(req);
}

// serveWasm answers /ormfiddle.wasm from its brotli or gzip asset, as the
// client accepts them, or inflates the gzip one for a client that takes
// neither.
async function serveWasm(req, env) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    return new Response("method not allowed\n", { status: 405, headers: { Allow: "GET, HEAD" } });
  }
  const accept = req.headers.get("Accept-Encoding") || "";
  const encoding = accepts(accept, "br") ? "br" : accepts(accept, "gzip") ? "gzip" : "";
  const headers = new Headers({
    "Content-Type": "application/wasm",
    "Cache-Control": "public, max-age=0, must-revalidate",
    Vary: "Accept-Encoding",
    "X-Content-Type-Options": "nosniff",
  });
  const conditional = new Headers();
  if (encoding && req.headers.has("If-None-Match")) conditional.set("If-None-Match", req.headers.get("If-None-Match"));
  const file = new URL(encoding === "br" ? "/ormfiddle.wasm.br" : "/ormfiddle.wasm.gz", req.url);
  const res = await env.ASSETS.fetch(new Request(file, { method: req.method, headers: conditional }));
  if (res.status !== 200 && res.status !== 304) {
    return new Response("ormfiddle.wasm is not deployed: run `make worker`\n", { status: 404 });
  }
  if (encoding && res.headers.has("ETag")) headers.set("ETag", res.headers.get("ETag"));
  if (res.status === 304) return new Response(null, { status: 304, headers });
  if (!encoding) {
    const body = req.method === "HEAD" ? null : res.body.pipeThrough(new DecompressionStream("gzip"));
    return new Response(body, { headers });
  }
  headers.set("Content-Encoding", encoding);
  return new Response(req.method === "HEAD" ? null : res.body, { headers, encodeBody: "manual" });
}

// accepts reports whether an Accept-Encoding header admits coding with a
// non-zero q-value.
function accepts(header, coding) {
  return header.split(",").some((part) => {
    const [name, ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    return name === coding && (q === undefined || Number(q.slice(2)) > 0);
  });
}

export default { fetch };
