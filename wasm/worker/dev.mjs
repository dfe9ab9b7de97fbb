// The Worker as `wrangler dev --local` runs it (wrangler.jsonc: its static
// assets, a local D1 under a persist directory), through wrangler's own
// startWorker API, but without the debugging inspector that the CLI always
// turns on. The browser tests and `make bench` run it.
//
// Why not the CLI: its inspector enables the Network domain on the
// Worker's isolate and posts every event (one per 4 KB of a response's
// body) to wrangler's Node process, which writes each to its debug log. The
// page's 3.4 MB wasm then takes 150 to 240 ms to arrive over loopback
// instead of 5 to 10 ms, and on a busy 2-core machine wrangler dev fails:
// with two busy loops running, its proxy dropped connections ("Network
// connection lost") after a few hundred requests, where this script
// answered 3,000 without an error.
//
//   node dev.mjs PERSIST_DIR [PORT]
//
// PERSIST_DIR holds the local D1 (migrate it first with `wrangler d1
// migrations apply DB --local --persist-to PERSIST_DIR`); PORT defaults to
// 0, any free port. Once the Worker answers, it prints one line to stdout,
// "listening URL", URL being the Worker's base URL with its trailing
// slash. SIGTERM or SIGINT stops it.
import { unstable_startWorker } from "wrangler";
import { fileURLToPath } from "node:url";

const [persist, port = "0"] = process.argv.slice(2);
if (!persist) {
  console.error("usage: node dev.mjs PERSIST_DIR [PORT]");
  process.exit(2);
}

const worker = await unstable_startWorker({
  config: fileURLToPath(new URL("wrangler.jsonc", import.meta.url)),
  dev: {
    remote: false,
    persist,
    server: { hostname: "127.0.0.1", port: Number(port) },
    inspector: false,
    watch: false,
    liveReload: false,
    logLevel: "warn",
  },
});
await worker.ready;
console.log(`listening ${await worker.url}`);

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await worker.dispose();
    process.exit(0);
  });
}
