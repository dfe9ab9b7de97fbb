// The share API and the short links' pages, against the built Worker in
// Miniflare with a real local D1 (`make worker-test`).
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { request } from "node:http";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { startWorker } from "../miniflare.mjs";

// A stand-in for the wasm the page loads, and its compressed forms.
const wasmBytes = Buffer.from("\0asm\x01\0\0\0" + "ormfiddle ".repeat(2000));
const wasmFiles = {
  "/ormfiddle.wasm.br": brotliCompressSync(wasmBytes),
  "/ormfiddle.wasm.gz": gzipSync(wasmBytes),
};

let mf, db, base;
before(async () => {
  ({ mf, db, url: base } = await startWorker({
    assets: (req) => {
      const body = wasmFiles[new URL(req.url).pathname];
      if (!body) return new Response("not found", { status: 404 });
      const etag = `"${createHash("sha256").update(body).digest("hex").slice(0, 16)}"`;
      if (req.headers.get("If-None-Match") === etag) return new Response(null, { status: 304, headers: { ETag: etag } });
      return new Response(body, { headers: { "Content-Type": "application/octet-stream", ETag: etag } });
    },
  }));
});
after(() => mf?.dispose());

const snippet = (over = {}) => ({
  models: "from django.db import models\n\nclass Person(models.Model):\n    name = models.CharField(max_length=30)\n",
  shell: 'Person.objects.create(name="Fred")\nPerson.objects.all()\n',
  step: 2,
  django: "5.2",
  settings: { USE_TZ: true },
  ...over,
});

function post(body, { type = "application/json", headers = {} } = {}) {
  return mf.dispatchFetch(new URL("/api/snippets", base), {
    method: "POST",
    headers: { "Content-Type": type, ...headers },
    body: typeof body === "string" || body instanceof Uint8Array || body instanceof ReadableStream ? body : JSON.stringify(body),
    duplex: "half",
  });
}

const rows = () => db.prepare("SELECT count(*) AS n FROM snippets").first("n");

// refused checks that a request is answered status with a JSON error
// matching message, and that nothing was stored.
async function refused(res, status, message) {
  const n = await rows();
  const text = await res.text();
  assert.equal(res.status, status, text);
  assert.match(res.headers.get("Content-Type"), /^application\/json/);
  const body = JSON.parse(text);
  assert.match(body.error, message);
  assert.equal(await rows(), n, "a refused request stored something");
}

describe("POST /api/snippets", () => {
  test("creates a snippet: 201, a 10-character ID, its link", async () => {
    const res = await post(snippet());
    assert.equal(res.status, 201);
    const { id, url } = await res.json();
    assert.match(id, /^[0-9A-Za-z]{10}$/);
    assert.equal(url, new URL(`/s/${id}`, base).href);
    assert.equal(res.headers.get("Location"), url);
  });

  test("the same snippet gets the same ID, however it is written", async () => {
    const a = await (await post(snippet({ shell: "Person.objects.count()\n" }))).json();
    const again = await post(snippet({ shell: "Person.objects.count()\n" }));
    assert.equal(again.status, 200);
    assert.equal((await again.json()).id, a.id);
    // Members in another order, the default settings written out or left
    // out: the same canonical snippet.
    const s = snippet({ shell: "Person.objects.count()\n" });
    const reordered = { settings: { TIME_ZONE: "UTC", DEFAULT_AUTO_FIELD: "django.db.models.BigAutoField" }, django: s.django, step: s.step, shell: s.shell, models: s.models };
    assert.equal((await (await post(reordered)).json()).id, a.id);
    // Anything that runs differently is another snippet.
    for (const other of [{ step: 1 }, { django: "6.1" }, { settings: { USE_TZ: false } }, { models: s.models + "\n" }]) {
      assert.notEqual((await (await post({ ...s, ...other })).json()).id, a.id, JSON.stringify(other));
    }
  });

  test("step, django and settings are optional", async () => {
    const res = await post({ models: "", shell: "1 + 1\n" });
    assert.equal(res.status, 201);
    const { id } = await res.json();
    const got = await (await mf.dispatchFetch(new URL(`/api/snippets/${id}`, base))).json();
    assert.deepEqual(got, {
      django: "5.2",
      models: "",
      settings: { DEFAULT_AUTO_FIELD: "django.db.models.BigAutoField", TIME_ZONE: "UTC", USE_TZ: true },
      shell: "1 + 1\n",
      step: 1,
    });
  });

  test("concurrent creates of the same snippet agree on one ID and one row", async () => {
    const s = snippet({ shell: `# concurrent ${Date.now()}\n` });
    const before = await rows();
    const answers = await Promise.all(Array.from({ length: 12 }, () => post(s)));
    const ids = new Set();
    let created = 0;
    for (const res of answers) {
      assert.ok(res.status === 201 || res.status === 200, String(res.status));
      if (res.status === 201) created++;
      ids.add((await res.json()).id);
    }
    assert.equal(ids.size, 1);
    assert.equal(created, 1);
    assert.equal(await rows(), before + 1);
  });

  test("bad JSON", async () => {
    await refused(await post('{"models": "x", "shell": '), 400, /not valid JSON: it ends in the middle/);
    await refused(await post('{"models": x}'), 400, /not valid JSON: invalid character 'x'/);
    await refused(await post('{"models": "", "shell": ""} {}'), 400, /more after the object/);
    await refused(await post(""), 400, /the body is empty/);
    await refused(await post("[1, 2]"), 400, /must be a JSON object .*not a JSON array/);
  });

  test("wrong types and values", async () => {
    await refused(await post(snippet({ models: 42 })), 400, /"models" must be a string, not number/);
    await refused(await post(snippet({ shell: ["a"] })), 400, /"shell" must be a string, not array/);
    await refused(await post({ shell: "" }), 400, /"models" is missing/);
    await refused(await post({ models: "", shell: null }), 400, /"shell" is missing/);
    await refused(await post(snippet({ step: "2" })), 400, /"step" must be an integer, not string/);
    await refused(await post(snippet({ step: 1.5 })), 400, /"step" must be an integer, not number 1.5/);
    await refused(await post(snippet({ step: 0 })), 400, /"step" must be an integer from 1/);
    await refused(await post(snippet({ django: "4.2" })), 400, /"django": unknown Django version "4.2" \(ormfiddle runs 5.2, 6.1, 3.2\)/);
    await refused(await post(snippet({ django: 5.2 })), 400, /"django" must be a string, not number/);
    await refused(await post(snippet({ settings: [] })), 400, /"settings" must be an object/);
    await refused(await post(snippet({ settings: { USE_TZ: "yes" } })), 400, /"settings": .*USE_TZ/);
    await refused(await post(snippet({ settings: { DEBUG: true } })), 400, /"settings": only DEFAULT_AUTO_FIELD, TIME_ZONE, USE_TZ, APP_LABEL may be set, not DEBUG/);
    await refused(await post(snippet({ settings: { TIME_ZONE: "Europe/Paris" } })), 400, /"settings": TIME_ZONE "Europe\/Paris" is not supported/);
    await refused(await post(snippet({ settings: { DEFAULT_AUTO_FIELD: "myapp.Field" } })), 400, /"settings": DEFAULT_AUTO_FIELD refers to the module 'myapp.Field'/);
  });

  test("unknown members", async () => {
    await refused(await post(snippet({ title: "mine" })), 400, /unknown member "title": a snippet has "models", "shell", "step", "django" and "settings"/);
  });

  test("not UTF-8, or an escaped lone surrogate", async () => {
    const bytes = Buffer.concat([Buffer.from('{"models": "'), Buffer.from([0xff, 0xfe]), Buffer.from('", "shell": ""}')]);
    await refused(await post(new Uint8Array(bytes)), 400, /not UTF-8/);
    await refused(await post('{"models": "\\ud800", "shell": ""}'), 400, /lone surrogate/);
    // U+FFFD itself is text like any other.
    assert.equal((await post({ models: "# \ufffd\n", shell: "" })).status, 201);
  });

  test("too large: 413, the body read to its end, the Worker still up", async () => {
    const big = snippet({ models: "# " + "x".repeat(300 * 1024) + "\n" });
    await refused(await post(big), 413, /too large to share: the limit is 128 KiB/);
    // Without a Content-Length: a stream, cut at the limit.
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream({
      pull(c) {
        if (sent === 0) c.enqueue(new TextEncoder().encode('{"models": "'));
        if (sent++ < 8) c.enqueue(chunk);
        else {
          c.enqueue(new TextEncoder().encode('", "shell": ""}'));
          c.close();
        }
      },
    });
    await refused(await post(stream), 413, /too large/);
    assert.equal((await post(snippet({ shell: "# after a large one\n" }))).status, 201);
  });

  test("not JSON, or not POST", async () => {
    await refused(await post("models=1", { type: "application/x-www-form-urlencoded" }), 415, /must be JSON/);
    const res = await mf.dispatchFetch(new URL("/api/snippets", base));
    await refused(res, 405, /use POST/);
    assert.equal(res.headers.get("Allow"), "POST");
    await refused(await mf.dispatchFetch(new URL("/api/nothing", base)), 404, /no such API/);
  });
});

describe("GET /api/snippets/ID", () => {
  test("returns the canonical snippet, whose SHA-256 is the ID's source, cached for good", async () => {
    const { id } = await (await post(snippet({ shell: "# get\n" }))).json();
    const res = await mf.dispatchFetch(new URL(`/api/snippets/${id}`, base));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("Cache-Control"), "public, max-age=31536000, immutable");
    assert.match(res.headers.get("Content-Type"), /^application\/json/);
    const text = await res.text();
    assert.equal(text, JSON.stringify({ django: "5.2", models: snippet().models, settings: { DEFAULT_AUTO_FIELD: "django.db.models.BigAutoField", TIME_ZONE: "UTC", USE_TZ: true }, shell: "# get\n", step: 2 }));
    const again = await mf.dispatchFetch(new URL(`/api/snippets/${id}`, base), { headers: { "If-None-Match": res.headers.get("ETag") } });
    assert.equal(again.status, 304);
    const head = await mf.dispatchFetch(new URL(`/api/snippets/${id}`, base), { method: "HEAD" });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), "");
  });

  test("an unknown ID is a JSON 404", async () => {
    await refused(await mf.dispatchFetch(new URL("/api/snippets/AAAAAAAAAA", base)), 404, /there is no snippet "AAAAAAAAAA"/);
    await refused(await mf.dispatchFetch(new URL("/api/snippets/not-an-id", base)), 404, /there is no snippet/);
    await refused(await mf.dispatchFetch(new URL("/api/snippets/AAAAAAAAAA", base), { method: "DELETE" }), 405, /only be read/);
  });
});

describe("GET /s/ID", () => {
  test("the page opens on the snippet, with its title and first lines for previews", async () => {
    const s = snippet({ models: 'from django.db import models\n\nclass Place(models.Model):\n    name = models.CharField(max_length=50)\n\nclass Restaurant(Place):\n    """<b>bold</b> & co"""\n', django: "6.1", settings: { USE_TZ: false } });
    const { id } = await (await post(s)).json();
    const res = await mf.dispatchFetch(new URL(`/s/${id}`, base));
    assert.equal(res.status, 200);
    assert.match(res.headers.get("Content-Type"), /^text\/html/);
    const html = await res.text();
    assert.match(html, new RegExp(`<html[^>]* data-snippet="${id}" data-step="2"`));
    assert.match(html, /<title>Place, Restaurant · Django 6\.1 · ormfiddle<\/title>/);
    assert.match(html, /<meta property="og:title" content="Place, Restaurant · Django 6\.1 · ormfiddle">/);
    assert.match(html, /<meta property="og:description" content="class Place\(models.Model\):\n    name = models.CharField\(max_length=50\)\nclass Restaurant\(Place\):/);
    assert.match(html, new RegExp(`<meta property="og:url" content="${new URL(`/s/${id}`, base).href}">`));
    // The editors hold the snippet, escaped; the trace says it is running.
    assert.ok(html.includes("class Restaurant(Place):\n    &#34;&#34;&#34;&lt;b&gt;bold&lt;/b&gt; &amp; co&#34;&#34;&#34;\n</textarea>") || html.includes("class Restaurant(Place):\n    &quot;&quot;&quot;&lt;b&gt;bold&lt;/b&gt; &amp; co&quot;&quot;&quot;\n</textarea>"), "the models.py textarea");
    assert.match(html, /Person.objects.create\(name=&#34;Fred&#34;\)/);
    assert.match(html, /class="placeholder running"[^>]*>Running this snippet…</);
    // Its version and settings are the controls' state.
    assert.match(html, /<option value="6.1" selected>/);
    const useTZ = /<input[^>]* id="use-tz"[^>]*>/.exec(html)?.[0];
    assert.ok(useTZ && !useTZ.includes("checked"), useTZ);
    // Its assets are the site's, not /s/'s.
    assert.match(html, /<script type="module" src="\/app.js">/);
    assert.match(html, /<link rel="stylesheet" href="\/style.css">/);
    const head = await mf.dispatchFetch(new URL(`/s/${id}`, base), { method: "HEAD" });
    assert.equal(head.status, 200);
    assert.match(head.headers.get("Content-Type"), /^text\/html/);
  });

  test("an unknown ID is a 404 page", async () => {
    const res = await mf.dispatchFetch(new URL("/s/AAAAAAAAAA", base));
    assert.equal(res.status, 404);
    assert.match(await res.text(), /No snippet here/);
  });
});

describe("PUT /api/snippets/ID/trace", () => {
  // A trace of snippet()'s shell.py in the form the engine records it
  // (engine/trace Trace.Record), written out here: the API checks its
  // shape and that its steps are the snippet's statements, not its values.
  const recorded = (over = {}) => ({
    django: "5.2",
    settings: { DEFAULT_AUTO_FIELD: "django.db.models.BigAutoField", USE_TZ: true, TIME_ZONE: "UTC" },
    ddl: ['CREATE TABLE "myapp_person" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(30) NOT NULL)'],
    postgresDDL: null,
    tables: [{ Name: "myapp_person", Columns: ["id", "name"], PK: "id" }],
    schema: null,
    steps: [
      { code: 'Person.objects.create(name="Fred")', sql: ['INSERT INTO "myapp_person" ("name") VALUES (\'Fred\') RETURNING "myapp_person"."id"'], output: "<Person: Person object (1)>", error: null, line: 1, endLine: 1,
        snapshot: [{ Name: "myapp_person", Rows: [["1", "'Fred'"]], Changes: [1], Deleted: null }] },
      { code: "Person.objects.all()", sql: ['SELECT "myapp_person"."id", "myapp_person"."name" FROM "myapp_person" LIMIT 21'], output: "<QuerySet [<Person: Person object (1)>]>", error: null, line: 2, endLine: 2 },
    ],
    ...over,
  });
  const put = (id, body, type = "application/json") =>
    mf.dispatchFetch(new URL(`/api/snippets/${id}/trace`, base), { method: "PUT", headers: { "Content-Type": type }, body: typeof body === "string" ? body : JSON.stringify(body) });
  const traceOf = (id) => db.prepare("SELECT trace FROM snippets WHERE id = ?").bind(id).first("trace");

  test("records the trace once; the page then shows it, the open step's detail only", async () => {
    const { id } = await (await post(snippet({ shell: 'Person.objects.create(name="Fred")\nPerson.objects.all()\n' }))).json();
    assert.equal(await traceOf(id), null);
    const res = await put(id, recorded());
    assert.equal(res.status, 201, await res.text());
    const again = await put(id, recorded({ steps: recorded().steps.map((st) => ({ ...st, output: "changed" })) }));
    assert.equal(again.status, 200, await again.text());
    assert.match(await traceOf(id), /Person: Person object \(1\)/, "the first trace is kept");
    const html = await (await mf.dispatchFetch(new URL(`/s/${id}`, base))).text();
    assert.match(html, /<div id="trace" class="trace" data-recorded>/);
    assert.match(html, /&lt;QuerySet \[&lt;Person: Person object \(1\)&gt;\]&gt;/, "step 2, open, escaped");
    assert.match(html, /aria-labelledby="step-head-1" hidden data-lazy>/, "step 1 without its detail");
    assert.doesNotMatch(html, /Running this snippet/);
  });

  test("refuses what is not the snippet's trace, and keeps nothing", async () => {
    const { id } = await (await post(snippet({ shell: 'Person.objects.create(name="Fred")\nPerson.objects.all()\n', step: 1 }))).json();
    for (const [body, status, message, type] of [
      [recorded({ steps: [{ ...recorded().steps[0], code: "Person.objects.delete()" }] }), 400, /step 1: its code is not in lines 1 to 1 of shell\.py/],
      [recorded({ django: "6.1" }), 400, /it ran under Django 6\.1/],
      [recorded({ html: "<script>" }), 400, /unknown field "html"/],
      [recorded({ steps: [{ ...recorded().steps[0], snapshot: [{ Name: "myapp_person", Rows: [["1"]], Changes: null, Deleted: null }] }] }), 400, /has 2 columns, a row 1 values/],
      ["{", 400, /not a recorded trace/],
      [recorded(), 415, /must be JSON/, "text/plain"],
      [" ".repeat(256 * 1024 + 1), 413, /too large to record/],
    ]) {
      const res = await put(id, body, type);
      const text = await res.text();
      assert.equal(res.status, status, text);
      assert.match(JSON.parse(text).error, message);
    }
    assert.equal(await traceOf(id), null);
    const missing = await put("AAAAAAAAAA", recorded());
    assert.equal(missing.status, 404);
  });
});

describe("GET /ormfiddle.wasm", () => {
  // node:http, which leaves the body encoded as it came.
  const get = (headers) =>
    new Promise((resolve, reject) => {
      request(new URL("/ormfiddle.wasm", base), { headers }, (res) => {
        const parts = [];
        res.on("data", (d) => parts.push(d));
        res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(parts) }));
      }).on("error", reject).end();
    });

  // Miniflare re-encodes a response as Cloudflare's front line would, into
  // the first of gzip and br that the client lists: br comes first here.
  test("brotli, as built, when the client takes it", async () => {
    const res = await get({ "Accept-Encoding": "br, gzip, deflate" });
    assert.equal(res.status, 200);
    assert.equal(res.headers["content-encoding"], "br");
    assert.equal(res.headers["content-type"], "application/wasm");
    assert.deepEqual(res.body, wasmFiles["/ormfiddle.wasm.br"]);
    const again = await get({ "Accept-Encoding": "br", "If-None-Match": res.headers.etag });
    assert.equal(again.status, 304);
  });

  test("gzip, or inflated, for other clients", async () => {
    const gz = await get({ "Accept-Encoding": "gzip, br;q=0" });
    assert.equal(gz.headers["content-encoding"], "gzip");
    assert.deepEqual(gz.body, wasmFiles["/ormfiddle.wasm.gz"]);
    const raw = await get({ "Accept-Encoding": "identity" });
    assert.equal(raw.status, 200);
    assert.equal(raw.headers["content-encoding"], undefined);
    assert.deepEqual(raw.body, wasmBytes);
  });
});
