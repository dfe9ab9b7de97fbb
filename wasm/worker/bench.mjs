// The Worker's benchmark, run by `make bench` (bench_test.go prints it):
// the built Worker in Miniflare with a local D1, driven over loopback.
// It prints one JSON object:
//
//   cold         the first request of a fresh isolate, which starts the Go
//                instance (a 404 from the Go handler, without D1): ms, and
//                CPU ms of workerd
//   pairs        1,000 create/get pairs, one after the other: p50/p99 in ms
//                of the create, of the get and of the pair
//   cpuMs        CPU time per request of workerd, the process that runs the
//                Worker, D1's SQLite and Miniflare's own router: an upper
//                bound on the Worker's CPU time, which is what Cloudflare
//                limits (10 ms on the free plan). For the create/get
//                pairs, for /s/ID pages, and for a request that reaches
//                the Go handler without D1 (a 404).
//   traced       with BENCH_TRACED set to a JSON file {snippet, trace} (a
//                snippet as POST /api/snippets takes it and its recorded
//                trace): CPU per PUT /api/snippets/ID/trace that records
//                it, and per /s/ID page that shows it, and that page's
//                size in bytes
import { execSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { startWorker } from "./miniflare.mjs";

const ticksPerSecond = Number(execSync("getconf CLK_TCK").toString().trim()) || 100;

// workerd is the child process Miniflare started.
function childPids() {
  const pids = [];
  for (const task of readdirSync("/proc/self/task")) {
    const list = readFileSync(`/proc/self/task/${task}/children`, "utf8").trim();
    if (list) pids.push(...list.split(/\s+/).map(Number));
  }
  return pids;
}

// cpuMs is the CPU time (user + system) processes have used, in ms.
function cpuMs(pids) {
  let ticks = 0;
  for (const pid of pids) {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
  }
  return (ticks * 1000) / ticksPerSecond;
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const summary = (xs) => ({ p50: quantile(xs, 0.5), p99: quantile(xs, 0.99) });

const { mf, url, db } = await startWorker();
const workerd = childPids();
const models = "from django.db import models\n\n\nclass Person(models.Model):\n    name = models.CharField(max_length=30)\n";

async function create(i) {
  const res = await fetch(new URL("/api/snippets", url), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ models, shell: `Person.objects.create(name="p${i}")\nPerson.objects.count()\n`, step: 1, django: "5.2", settings: { USE_TZ: true } }),
  });
  if (res.status !== 201) throw new Error(`create: ${res.status} ${await res.text()}`);
  return (await res.json()).id;
}

async function get(path, status = 200) {
  const res = await fetch(new URL(path, url));
  await res.arrayBuffer();
  if (res.status !== status) throw new Error(`GET ${path}: ${res.status}`);
}

let cpu = cpuMs(workerd);
let t = performance.now();
await get("/nothing", 404);
const cold = { ms: performance.now() - t, cpuMs: cpuMs(workerd) - cpu };
const firstId = await create(-1);

for (let i = 0; i < 50; i++) await get(`/api/snippets/${await create(-2 - i)}`); // warm up

const N = 1000;
const creates = [];
const gets = [];
const pairs = [];
cpu = cpuMs(workerd);
for (let i = 0; i < N; i++) {
  const t0 = performance.now();
  const id = await create(i);
  const t1 = performance.now();
  await get(`/api/snippets/${id}`);
  const t2 = performance.now();
  creates.push(t1 - t0);
  gets.push(t2 - t1);
  pairs.push(t2 - t0);
}
const pairCpu = (cpuMs(workerd) - cpu) / (2 * N);

const P = 200;
const pages = [];
cpu = cpuMs(workerd);
for (let i = 0; i < P; i++) {
  t = performance.now();
  await get(`/s/${firstId}`);
  pages.push(performance.now() - t);
}
const pageCpu = (cpuMs(workerd) - cpu) / P;

cpu = cpuMs(workerd);
for (let i = 0; i < P; i++) await get("/nothing", 404);
const bareCpu = (cpuMs(workerd) - cpu) / P;

let traced = null;
if (process.env.BENCH_TRACED) {
  const { snippet, trace } = JSON.parse(readFileSync(process.env.BENCH_TRACED, "utf8"));
  // One snippet per step number: the same trace fits each of them. The
  // first W record it untimed, as the pairs' first 50 run untimed: V8
  // compiles the trace's reader and renderer as they are first called,
  // once per isolate (the cold figure is that of a fresh isolate).
  const W = 20;
  const T = 50;
  const ids = [];
  for (let i = 0; i < W + T; i++) {
    const res = await fetch(new URL("/api/snippets", url), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ ...snippet, step: i + 1 }) });
    if (!res.ok) throw new Error(`create: ${res.status} ${await res.text()}`);
    ids.push((await res.json()).id);
  }
  const record = async (id) => {
    const res = await fetch(new URL(`/api/snippets/${id}/trace`, url), { method: "PUT", headers: { "Content-Type": "application/json" }, body: trace });
    if (res.status !== 201) throw new Error(`record: ${res.status} ${await res.text()}`);
  };
  for (const id of ids.splice(0, W)) await record(id);
  cpu = cpuMs(workerd);
  for (const id of ids) await record(id);
  const putCpu = (cpuMs(workerd) - cpu) / T;
  const sized = await fetch(new URL(`/s/${ids[0]}`, url));
  const bytes = (await sized.arrayBuffer()).byteLength;
  const times = [];
  cpu = cpuMs(workerd);
  for (let i = 0; i < P; i++) {
    t = performance.now();
    await get(`/s/${ids[i % T]}`);
    times.push(performance.now() - t);
  }
  // The Worker's build that rendered the trace's HTML (null: a build of a
  // modified tree, which keeps none and renders it for every page).
  const render = await db.prepare("SELECT trace_render FROM snippets WHERE id = ?").bind(ids[0]).first("trace_render");
  traced = { putCpuMs: putCpu, pageCpuMs: (cpuMs(workerd) - cpu) / P, page: summary(times), bytes, traceBytes: trace.length, render };
}

await mf.dispose();
console.log(
  JSON.stringify({
    cold,
    pairs: { n: N, create: summary(creates), get: summary(gets), pair: summary(pairs) },
    page: { n: P, ...summary(pages) },
    cpuMs: { pair: pairCpu, page: pageCpu, bare: bareCpu },
    traced,
  }),
);
