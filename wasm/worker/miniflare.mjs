// startWorker runs the Worker as `make worker` built it (out/worker/build)
// in Miniflare, with a fresh in-memory D1 migrated as wrangler migrates
// one (migrations/*.sql, in order). The tests and bench.mjs share it.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Miniflare } from "miniflare";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
export const buildDir = here("../../out/worker/build/");
const migrationsDir = here("migrations/");

// The compatibility date of wrangler.jsonc.
const compatibilityDate = /"compatibility_date":\s*"([^"]+)"/.exec(readFileSync(here("wrangler.jsonc"), "utf8"))[1];

// options: assets, a function answering the ASSETS binding's fetches.
export async function startWorker({ assets } = {}) {
  const mf = new Miniflare({
    modules: true,
    modulesRoot: buildDir,
    scriptPath: buildDir + "entry.mjs",
    modulesRules: [{ type: "CompiledWasm", include: ["**/*.wasm"] }],
    compatibilityDate,
    d1Databases: { DB: "ormfiddle" },
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
