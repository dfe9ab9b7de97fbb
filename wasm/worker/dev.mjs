// The Worker as `wrangler dev --local` runs it (wrangler.jsonc's static
// assets and routing, a local D1 under a persist directory), but in one
// Miniflare instance, without the layers `wrangler dev` puts in front of
// it. The browser tests, `make bench` and `make worker-dev` run it.
//
// Why not `wrangler dev`: it serves through a proxy (a second workerd, its
// ProxyWorker, with wrangler's Node process behind it) and a debugging
// inspector that it always turns on.
// - The inspector follows every response through the Network domain and
//   hands each event (one per 4 KB of a body) to Node, which writes it to
//   wrangler's debug log: the page's 3.4 MB wasm took 150 to 240 ms to
//   arrive over loopback instead of 5 to 10 ms.
// - With two busy loops on a 2-core machine, `wrangler dev` reset
//   connections after a few hundred requests, then exited ("Error inside
//   ProxyWorker: Network connection lost", as in workers-sdk issues 14926
//   and 15317).
// - Without the inspector (wrangler's startWorker API), an idle machine's
//   browser test still hung once: the page's request for app.js went
//   unanswered for 9 minutes, until another request came (workers-sdk issue
//   3942; pull request 15252 traces such losses to the ProxyWorker's
//   pooled connections, which both ends close after 5 s idle).
// Here Chromium talks to Miniflare's own socket, which hands the request
// to the Worker inside the same workerd.
//
//   node dev.mjs PERSIST_DIR [PORT]
//
// PERSIST_DIR holds the local D1 as `wrangler dev --persist-to
// PERSIST_DIR` keeps it (migrate it first with `wrangler d1 migrations
// apply DB --local --persist-to PERSIST_DIR`); PORT defaults to 0, any
// free port. Once the Worker answers, it prints one line to stdout,
// "listening URL", URL being the Worker's base URL with its trailing
// slash. SIGTERM or SIGINT stops it.
import { join, resolve } from "node:path";
import { Miniflare } from "miniflare";
import { workerOptions } from "./miniflare.mjs";

const [persist, port = "0"] = process.argv.slice(2);
if (!persist) {
  console.error("usage: node dev.mjs PERSIST_DIR [PORT]");
  process.exit(2);
}

const mf = new Miniflare({
  ...workerOptions(),
  host: "127.0.0.1",
  port: Number(port),
  // Where wrangler dev --persist-to keeps its local state.
  defaultPersistRoot: join(resolve(persist), "v3"),
});
const url = await mf.ready;
console.log(`listening ${url}`);

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await mf.dispose();
    process.exit(0);
  });
}
