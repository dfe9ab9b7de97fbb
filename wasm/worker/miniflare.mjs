// The Worker in Miniflare, as `make worker` built it (out/worker/build):
// workerOptions gives it as wrangler.jsonc describes it, for dev.mjs;
// startWorker runs it with a fresh in-memory D1 migrated as wrangler
// migrates one (migrations/*.sql, in order), for the tests and bench.mjs.
import { readdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Miniflare } from "miniflare";
import { unstable_getMiniflareWorkerOptions } from "wrangler";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const migrationsDir = here("migrations/");

// workerOptions is the Worker's Miniflare options as wrangler dev reads
// wrangler.jsonc: the built script and its modules, the compatibility
// date, the D1 binding, the static assets and which paths go to the
// Worker. No download of Cloudflare's request.cf data: its placeholder.
export function workerOptions() {
  const { workerOptions, main } = unstable_getMiniflareWorkerOptions(here("wrangler.jsonc"));
  return {
    ...workerOptions,
    name: "ormfiddle",
    modules: true,
    modulesRoot: dirname(main),
    scriptPath: main,
    cf: false,
  };
}

// options: assets, a function answering the ASSETS binding's fetches.
// (wrangler.jsonc's own assets are left out: the tests answer ASSETS.)
export async function startWorker({ assets } = {}) {
  const { assets: _, ...options } = workerOptions();
  const mf = new Miniflare({
    ...options,
    serviceBindings: assets ? { ASSETS: assets } : {},
  });
  const db = await mf.getD1Database("DB");
  for (const file of readdirSync(migrationsDir).filter((f) => f.endsWith(".sql")).sort()) {
    const sql = readFileSync(migrationsDir + file, "utf8").replace(/--.*$/gm, "");
    for (const stmt of sql.split(/;\s*$/m).map((s) => s.trim()).filter(Boolean)) {
      await db.prepare(stmt).run();
    }
  }
  return { mf, db, url: await mf.ready };
}
