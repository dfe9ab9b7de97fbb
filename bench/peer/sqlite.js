// make bench's floor: what SQLite's own wasm takes to start, open an
// in-memory database, CREATE a table, INSERT 100 rows and read them back.
// It marks what the benchmark reads as ormfiddle's page does (see peer.js).
import sqlite3InitModule from "./sqlite-wasm/index.mjs";

const root = document.documentElement;
root.dataset.script = "1";
const status = document.getElementById("status");
const runButton = document.getElementById("run");
const out = document.getElementById("trace");

const sqlite3 = await sqlite3InitModule({ print: () => {}, printErr: console.error });
performance.mark("ormfiddle-interactive");
root.dataset.engine = "ready";

function run() {
  const t0 = performance.now();
  const db = new sqlite3.oo1.DB(":memory:");
  db.exec('CREATE TABLE "myapp_place" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(50) NOT NULL, "address" varchar(80) NOT NULL)');
  for (let i = 1; i <= 100; i++) {
    db.exec({ sql: 'INSERT INTO "myapp_place" ("name", "address") VALUES (?, ?)', bind: [`Place ${i}`, `${i} Main St`] });
  }
  const rows = db.exec({ sql: 'SELECT "id", "name", "address" FROM "myapp_place"', returnValue: "resultRows" });
  db.close();
  const ms = performance.now() - t0;
  out.textContent = rows.map((r) => r.join(" | ")).join("\n");
  status.textContent = `Ran in ${ms.toFixed(1)} ms`;
  root.dataset.runMs = ms.toFixed(1);
  root.dataset.runs = String(Number(root.dataset.runs || 0) + 1);
}
run();
runButton.disabled = false;
runButton.addEventListener("click", run);
