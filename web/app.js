// The page's glue. It starts the engine (Go compiled to WebAssembly) in a
// Web Worker (engine.js) and the editor (CodeMirror, web/editor.js), runs
// the two editors through the engine on Run or Ctrl/Cmd+Enter, and swaps
// in the HTML the engine rendered with the same templ components as the
// server. It also drives the stepper, the tabs, the examples menu, share
// links, autosave and the downloads.
//
// The engine, in its worker, is a global `ormfiddle` with three functions,
// which the page calls through messages (callEngine):
//   ormfiddle.run({models, shell, step, django, autoField, useTZ, appLabel,
//     compare, progress}) ->
//     {ok, problemsHTML, traceHTML, script, steps, step, error: {file, line, col, message} | null,
//      compare: "" | "!" + the compared version's load error | "0" or "1"
//      (the schema differs) then a digit per step: 1 SQL + 2 output + 4 error}
//     (traceHTML holds the detail of the open step only, step: 0 opens the
//     first that did something; django is "5.2", autoField
//     DEFAULT_AUTO_FIELD's dotted path, useTZ a boolean, appLabel "" for
//     myapp, compare a version or ""; the worker passes progress(done,
//     total), which Go calls after each statement)
//   ormfiddle.step(n) -> the HTML of step n's detail, from the last run;
//     ormfiddle.step(n, true) from its comparison run
//   ormfiddle.database({models, shell, django, ...}) -> Uint8Array | null
//   ormfiddle.record({models, shell, django, ...}) -> the session's trace
//     as a short link records it (JSON), or "" when it does not load
// The HTML it returns is escaped by templ, so it goes in with innerHTML;
// nothing else the page shows (share links, saved sessions, examples) is
// ever parsed as HTML.

// Beside this module, wherever the page is (a short link's is at /s/ID).
const WASM_URL = new URL("ormfiddle.wasm", import.meta.url);
const EDITOR_URL = "./editor.js";
const STORAGE_KEY = "ormfiddle:session:v1";
// A share link carries the snippet compressed in its fragment; past this
// many characters chat apps and issue trackers start cutting links.
const SHARE_LIMIT = 16000;
// The Worker's share service (wasm/worker), which makes short links
// (/s/ID). Where the page is served without it (`make serve`, a static
// host), Share makes a fragment link instead.
const SHARE_API = "/api/snippets";

const root = document.documentElement;
// This module ran: by the time the document has loaded, a page without
// data-script is one whose script failed to load (the tests tell that from
// a slow engine).
root.dataset.script = "1";
const $ = (id) => document.getElementById(id);
const runButton = $("run");
const shareButton = $("share");
const downloadMenu = $("download");
const statusLine = $("status");
const problems = $("problems");
const trace = $("trace");
const results = $("results");
const exampleMenu = $("example");
const about = $("about");
const djangoMenu = $("django");
const settingsMenu = $("settings");
const useTZBox = $("use-tz");
const autoFieldMenu = $("auto-field");
const appLabelBox = $("app-label");
const stopButton = $("stop");
const compareMenu = $("compare");
const compareBar = $("compare-bar");
const compareNav = document.querySelector(".compare-nav");
const params = new URLSearchParams(location.search);
const embed = params.get("embed") === "1" || root.classList.contains("embed");
// What the Content-Security-Policy blocks is a bug of the page: say so.
document.addEventListener("securitypolicyviolation", (e) => {
  console.error(`CSP blocked ${e.blockedURI || "inline code"} (${e.violatedDirective})`);
});
if (embed) root.classList.add("embed");

// --- editors --------------------------------------------------------------
// Each editor is a textarea until the CodeMirror bundle has loaded, then a
// CodeMirror view; both behind the same small interface.

function textareaEditor(textarea) {
  const body = textarea.parentElement;
  function refresh() {
    const lines = textarea.value.split("\n").length;
    textarea.rows = Math.max(lines, 4);
    const gutter = body.querySelector(".gutter");
    while (gutter.childElementCount < lines) {
      const n = document.createElement("span");
      n.textContent = String(gutter.childElementCount + 1);
      gutter.append(n);
    }
    while (gutter.childElementCount > lines) gutter.lastElementChild.remove();
    showError();
  }
  function showError() {
    const line = Number(textarea.dataset.errorLine || 0);
    body.querySelectorAll(".gutter .error-line").forEach((n) => n.classList.remove("error-line"));
    if (line > 0) {
      body.querySelector(`.gutter > :nth-child(${line})`)?.classList.add("error-line");
      body.style.setProperty("--error-line", String(line));
      body.classList.add("has-error");
    } else {
      body.style.removeProperty("--error-line");
      body.classList.remove("has-error");
    }
  }
  refresh();
  return {
    textarea,
    refresh,
    get value() { return textarea.value; },
    set value(text) { textarea.value = text; refresh(); },
    setError(err) {
      if (err) textarea.dataset.errorLine = String(err.line);
      else delete textarea.dataset.errorLine;
      showError();
    },
    showStep() {},
    goTo(line, col) {
      const at = offsetOf(textarea.value, line, col);
      textarea.focus({ preventScroll: true });
      textarea.setSelectionRange(at, at);
      body.querySelector(`.gutter > :nth-child(${line})`)?.scrollIntoView({ block: "nearest" });
    },
    focus() { textarea.focus(); },
  };
}

// offsetOf converts a 1-based line and column (in code points) to an index
// into text (in UTF-16 units).
function offsetOf(text, line, col) {
  let start = 0;
  for (let i = 1; i < line; i++) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) return text.length;
    start = nl + 1;
  }
  const end = text.indexOf("\n", start);
  const lineText = text.slice(start, end < 0 ? text.length : end);
  let units = 0;
  let cp = 1;
  for (const ch of lineText) {
    if (cp >= col) break;
    units += ch.length;
    cp++;
  }
  return start + units;
}

const editors = {};
for (const t of document.querySelectorAll("textarea[data-file]")) {
  if (t.closest("template")) continue;
  const ed = textareaEditor(t);
  editors[t.dataset.file] = ed;
  t.addEventListener("input", () => { ed.refresh(); changed(); });
}
const models = () => editors["models.py"].value;
const shell = () => editors["shell.py"].value;

let lastError = null; // the load error shown, to mark it again in a new editor

function markError(err) {
  if (!err && !lastError) return; // nothing to clear (each editor would redraw)
  lastError = err;
  for (const [file, ed] of Object.entries(editors)) ed.setError(err && err.file === file ? err : null);
}

function goTo(file, line, col) {
  showView("code");
  editors[file]?.goTo(line, col);
}

// upgradeEditors swaps the textareas for CodeMirror once its chunks have
// loaded (a package's per task: editor/load.js), an editor's state and
// view each in a task of its own, once; it resolves when they have been
// swapped (or the editor failed to load).
let editorsUpgrade = null;
const upgradeEditors = () => (editorsUpgrade ??= swapEditors());

async function swapEditors() {
  let mod;
  try {
    mod = await (await import(EDITOR_URL)).loadEditor(nextTask);
  } catch (err) {
    console.warn("the editor did not load; keeping the plain text areas", err);
    return;
  }
  for (const [file, ed] of Object.entries(editors)) {
    await nextTask();
    const cm = await mod.createEditor(ed.textarea, { onRun: run, onChange: changed, label: file }, nextTask);
    cm.textarea = ed.textarea;
    editors[file] = cm;
  }
  markError(lastError);
  showStepLines();
  root.dataset.editor = "codemirror";
}

// --- the session: Django version, settings, comparison -------------------
// The version and settings a snippet runs with travel with it, in share
// links and the autosave. A snippet saved before versions existed ran
// under Django 3.2 with its global defaults (conf.Legacy), so that is what
// it opens with.

// The versions the page runs, in the menu's order (the default first).
const VERSIONS = [...djangoMenu.options].map((o) => ({ version: o.value, label: o.textContent }));
const DEFAULT_DJANGO = VERSIONS[0].version;
const LEGACY_DJANGO = "3.2";
const AUTO_FIELDS = [...autoFieldMenu.options].map((o) => o.value);
// What `django-admin startproject` writes (conf.Startproject), and Django
// 3.2's global defaults (conf.Legacy).
// APP_LABEL is the playground's own: the label of the app models.py is
// the models module of (conf.Settings.AppLabel), myapp unless changed.
const DEFAULT_APP = "myapp";
const STARTPROJECT = { DEFAULT_AUTO_FIELD: "django.db.models.BigAutoField", USE_TZ: true, APP_LABEL: DEFAULT_APP };
const LEGACY = { DEFAULT_AUTO_FIELD: "django.db.models.AutoField", USE_TZ: false, APP_LABEL: DEFAULT_APP };
// An app label shell.py can import: an identifier (conf.validAppLabel
// refuses the keywords and the modules it would shadow).
const APP_LABEL_RE = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

// The session the page was rendered with (the default version and
// startproject's settings, unless the server rendered another), and the
// session the controls say now.
const renderedSession = {
  django: djangoMenu.value,
  settings: { DEFAULT_AUTO_FIELD: autoFieldMenu.value, USE_TZ: useTZBox.checked, APP_LABEL: appLabelBox.value || DEFAULT_APP },
  compare: "",
};
const session = { ...renderedSession, settings: { ...renderedSession.settings } };

function versionLabel(v) {
  return VERSIONS.find((x) => x.version === v)?.label ?? `Django ${v}`;
}

// olderFirst orders two release series ("3.2", "5.2") by age.
function olderFirst(a, b) {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am - bm || an - bn;
}

// readComparison decodes the compare result of ormfiddle.run.
function readComparison(c, django) {
  if (!c) return null;
  if (c.startsWith("!")) return { django, problem: c.slice(1), ddl: false, steps: [] };
  return { django, problem: "", ddl: c[0] === "1", steps: [...c.slice(1)].map(Number) };
}

// readSession takes the version, settings and comparison a saved state or
// link holds, checked; a state without `django` predates versions.
function readSession(v) {
  const legacy = v.django === undefined;
  let django = legacy ? LEGACY_DJANGO : v.django;
  if (!VERSIONS.some((x) => x.version === django)) {
    notify(`This snippet was made for ${versionLabel(django)}, which this page does not run; it opens under ${versionLabel(DEFAULT_DJANGO)}.`, "error");
    django = DEFAULT_DJANGO;
  }
  const settings = { ...(legacy ? LEGACY : STARTPROJECT) };
  const given = v.settings && typeof v.settings === "object" ? v.settings : {};
  if (AUTO_FIELDS.includes(given.DEFAULT_AUTO_FIELD)) settings.DEFAULT_AUTO_FIELD = given.DEFAULT_AUTO_FIELD;
  if (typeof given.USE_TZ === "boolean") settings.USE_TZ = given.USE_TZ;
  if (typeof given.APP_LABEL === "string" && APP_LABEL_RE.test(given.APP_LABEL)) settings.APP_LABEL = given.APP_LABEL;
  let compare = typeof v.compare === "string" && VERSIONS.some((x) => x.version === v.compare) ? v.compare : "";
  if (compare === django) compare = "";
  return { django, settings, compare };
}

// setSession puts a session in the controls.
function setSession({ django, settings, compare }) {
  session.django = django;
  session.settings = { ...settings };
  session.compare = compare === django ? "" : compare;
  showSession();
}

// showSession makes the controls say what the session is.
function showSession() {
  djangoMenu.value = session.django;
  useTZBox.checked = session.settings.USE_TZ;
  autoFieldMenu.value = session.settings.DEFAULT_AUTO_FIELD;
  if (appLabelBox.value !== session.settings.APP_LABEL) appLabelBox.value = session.settings.APP_LABEL;
  appLabelBox.removeAttribute("aria-invalid");
  settingsMenu.querySelector("[data-use-tz]").textContent = session.settings.USE_TZ ? "True" : "False";
  const custom = !sameSettings(session.settings, STARTPROJECT);
  settingsMenu.toggleAttribute("data-custom", custom);
  settingsMenu.querySelector("summary").title = custom
    ? `settings.py: USE_TZ = ${session.settings.USE_TZ ? "True" : "False"}, DEFAULT_AUTO_FIELD = ${session.settings.DEFAULT_AUTO_FIELD.replace("django.db.models.", "")}, INSTALLED_APPS = ["${session.settings.APP_LABEL}"]`
    : "settings.py as startproject writes it, and the session clock";
  for (const o of compareMenu.options) o.disabled = o.value !== "" && o.value === session.django;
  compareMenu.value = session.compare;
  root.dataset.django = session.django;
}

function sameSettings(a, b) {
  return a.DEFAULT_AUTO_FIELD === b.DEFAULT_AUTO_FIELD && a.USE_TZ === b.USE_TZ && a.APP_LABEL === b.APP_LABEL;
}

function sameSession(a, b) {
  return a.django === b.django && sameSettings(a.settings, b.settings) && a.compare === b.compare;
}

// sessionChanged runs the snippet again under the session the controls
// now say.
function sessionChanged() {
  showSession();
  autosave();
  run();
}

// --- state: autosave and share links --------------------------------------
// The autosave keeps the reader's own snippet: what the editors hold once
// they are no longer an example (an example is one click away in the
// menu, so looking at one never overwrites it; an example run under a
// version or settings of the reader's choice is kept when there is no
// snippet of theirs to keep). It also says whether the
// last run of that snippet was one the reader started and that finished
// ("ran"): only such a snippet runs again by itself on the next visit, so
// neither a shared link (which ran because it was opened) nor a snippet
// that froze or killed the tab is replayed; the others open with "Press
// Run".

function currentState() {
  return {
    m: models(), s: shell(), st: currentStep(), ex: root.dataset.example || "",
    django: session.django, settings: { ...session.settings }, compare: session.compare,
  };
}

let saveTimer = 0;
let lastRan = false; // the editors' last run was the reader's and finished

// readSaved is the autosave, or null.
function readSaved() {
  try {
    const v = JSON.parse(localStorage.getItem(STORAGE_KEY) || "null");
    return v && typeof v.m === "string" && typeof v.s === "string" ? v : null;
  } catch {
    return null;
  }
}

// keepExample tells whether an example in the editors is worth saving: it
// is run with a version or settings of the reader's choice, and does not
// take the place of the reader's own snippet.
function keepExample() {
  if (sameSession(session, { django: DEFAULT_DJANGO, settings: STARTPROJECT, compare: "" })) return false;
  const prev = readSaved();
  return !prev || Boolean(exampleMatching(prev.m, prev.s));
}

function saveNow() {
  clearTimeout(saveTimer);
  saveTimer = 0;
  if (embed || (root.dataset.example && !keepExample())) return;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...currentState(), ran: lastRan }));
  } catch (err) {
    console.warn("autosave failed", err);
  }
}

function autosave() {
  if (embed) return;
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, 250);
}
// A reload within the autosave's delay keeps the last keystrokes too.
window.addEventListener("pagehide", () => { if (saveTimer) saveNow(); });

// markRunning notes, before a run, that the editors have not finished
// running: a run that never ends (or ends the tab) is not replayed.
function markRunning() {
  lastRan = false;
  saveNow();
}

// markRan notes that a run finished; one the reader started may run
// again by itself on the next visit.
function markRan(finished, auto) {
  lastRan = finished && !auto;
  saveNow();
}

function changed() {
  if (settingSource) return;
  if (root.dataset.example) {
    // The example is the reader's snippet now: the address no longer
    // names it, so that a reload opens the snippet, not the example.
    root.dataset.example = "";
    selectExampleEntry("");
    if (about) about.textContent = "";
    const url = new URL(location.href);
    if (url.searchParams.has("example")) {
      url.searchParams.delete("example");
      history.replaceState(null, "", url);
    }
  }
  lastRan = false;
  trace.classList.add("stale");
  autosave();
}

function toBase64url(bytes) {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(text) {
  const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

async function pipe(bytes, stream) {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

// encodeState packs the state into a URL fragment: JSON, raw deflate (the
// browser's own CompressionStream), base64url.
async function encodeState(state) {
  const v = { v: 1, m: state.m, s: state.s, st: state.st, django: state.django, settings: state.settings };
  if (state.compare) v.compare = state.compare;
  const json = new TextEncoder().encode(JSON.stringify(v));
  return "s=" + toBase64url(await pipe(json, new CompressionStream("deflate-raw")));
}

// A link's fragment is inflated with caps: a link is made at most
// SHARE_LIMIT characters long, so one much longer was not made by Share,
// and a snippet whose JSON inflates past INFLATE_LIMIT (a deflate bomb:
// 260 kB of fragment can inflate to 200 MB) is refused before it is all
// in memory.
const FRAGMENT_LIMIT = 4 * SHARE_LIMIT;
const INFLATE_LIMIT = 2 * 1000 * 1000;

class LinkTooLarge extends Error {}

async function decodeState(fragment) {
  if (fragment.length > FRAGMENT_LIMIT + 2) {
    throw new LinkTooLarge(`This link is too long to hold a snippet: ${(fragment.length / 1000).toFixed(0)} kB, where Share makes links of at most ${SHARE_LIMIT / 1000} kB.`);
  }
  const data = fromBase64url(fragment.slice(2));
  const json = new TextDecoder().decode(await inflate(data, INFLATE_LIMIT));
  const v = JSON.parse(json);
  if (typeof v !== "object" || v === null || typeof v.m !== "string" || typeof v.s !== "string") {
    throw new Error("not a snippet");
  }
  return { m: v.m, s: v.s, st: Number.isInteger(v.st) ? v.st : 1, ...readSession(v) };
}

// inflate undoes raw deflate, refusing output past limit bytes. The input
// goes in 1 kB at a time (deflate expands 1 kB to 1 MB at most), its
// output is counted as it comes, and the stream is cancelled past the
// limit.
async function inflate(data, limit) {
  const ds = new DecompressionStream("deflate-raw");
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  const chunks = [];
  let total = 0;
  let over = false;
  const reading = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      total += value.length;
      if (total > limit) {
        over = true;
        await reader.cancel();
        return;
      }
      chunks.push(value);
    }
  })();
  let writeErr = null;
  try {
    for (let i = 0; i < data.length && !over; i += 1024) await writer.write(data.subarray(i, i + 1024));
    if (!over) await writer.close();
  } catch (err) {
    writeErr = err;
  }
  try {
    await reading;
  } catch (err) {
    if (!over) throw err;
  }
  if (over) {
    throw new LinkTooLarge(`This link's snippet is too large to open: it inflates past ${INFLATE_LIMIT / 1e6} MB, where a shared snippet is at most a few hundred kB.`);
  }
  if (writeErr) throw writeErr;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

// shortLink asks the Worker to store the snippet and returns its short
// link, or null when there is no Worker to ask (or it failed). The
// snippet's trace is recorded with it (recordTrace).
async function shortLink(state) {
  const snippet = { models: state.m, shell: state.s, step: state.st, django: state.django, settings: state.settings };
  const args = runArgs(1, "");
  try {
    const res = await fetch(SHARE_API, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(snippet) });
    if (!(res.headers.get("Content-Type") || "").startsWith("application/json")) return null; // no Worker here
    const body = await res.json();
    if (res.ok && typeof body.id === "string") {
      root.dataset.recording = "1";
      recordTrace(body.id, args).finally(() => delete root.dataset.recording);
      return new URL(body.url || `/s/${body.id}`, location.href);
    }
    console.warn("the share service refused the snippet:", body.error);
  } catch (err) {
    console.warn("the share service", err);
  }
  return null;
}

// recordTrace has the engine run the shared snippet again and gives its
// trace to the Worker, which keeps the first one a snippet gets: whoever
// opens the short link sees that trace at once, before their engine has
// started (it then runs the snippet and shows its own trace instead).
// Nothing is said if it fails: the link works without it.
async function recordTrace(id, args) {
  try {
    const { value } = await callEngine("record", args);
    if (!value) return;
    const res = await fetch(`${SHARE_API}/${encodeURIComponent(id)}/trace`, { method: "PUT", headers: { "Content-Type": "application/json" }, body: value });
    if (!res.ok) console.warn("the share service did not record the trace:", (await res.json()).error);
  } catch (err) {
    console.warn("recording the trace", err);
  }
}

async function share() {
  const state = currentState();
  let url = await shortLink(state);
  if (!url) {
    let fragment;
    try {
      fragment = await encodeState(state);
    } catch (err) {
      setStatus(`Could not make a link (${err.message}).`, "ready");
      return;
    }
    if (fragment.length > SHARE_LIMIT) {
      const kb = (n) => (n / 1000).toFixed(1);
      notify(`Too large to share as a link: ${kb(fragment.length)} kB compressed, the limit is ${kb(SHARE_LIMIT)} kB. Shorten the snippet, or share the files.`, "error");
      return;
    }
    url = new URL(location.href);
    url.hash = fragment;
    url.searchParams.delete("example");
  }
  history.replaceState(null, "", url);
  try {
    await navigator.clipboard.writeText(url.href);
    notify("Link copied to the clipboard.", "ok");
  } catch {
    notify("This link holds the snippet; copy it from the address bar.", "ok");
  }
  root.dataset.shared = url.href;
}

let noteTimer = 0;
function notify(text, kind) {
  let box = $("notice");
  if (!box) {
    box = document.createElement("div");
    box.id = "notice";
    box.setAttribute("role", "status");
    document.body.append(box);
  }
  box.className = `notice notice-${kind}`;
  box.textContent = text;
  clearTimeout(noteTimer);
  noteTimer = setTimeout(() => box.classList.add("notice-gone"), kind === "error" ? 8000 : 3000);
}

// --- the engine -----------------------------------------------------------
// The engine runs in a Web Worker (engine.js): the page sends it calls and
// gets promises back, so that it never waits on the engine itself. The
// worker is made once the page has painted; it fetches the wasm itself,
// compiles it as its bytes arrive, has V8 compile what a first run calls
// (precompile.js, with the warm-up worker's help) and starts Go, and the
// page then has it run its snippet unseen. A run that takes over a second
// shows its progress and a Stop button; Stop terminates the worker and starts a
// fresh one from the compiled module, as does an engine that died (a Go
// out-of-memory, a JavaScript RangeError in the wasm): the editors keep
// their text, the trace is marked stale, and the status says what
// happened.

let wasmModule = null; // the compiled wasm, once a worker has compiled it
let worker = null; // the running engine, a Worker
let workerReady = null; // a promise of the worker's start
let engineGen = 0; // which worker this is (the trace's step details live in it)
let traceGen = 0; // the worker that rendered the trace shown (0: the server)
let pendingRun = false; // a run was asked for before the engine was ready
let lastScript = null; // the SQL script of the last run
let stepWanted = null; // the step to open after the next run (0: the first that did something)
let running = null; // the run in flight: {id, t0, done, total, auto}
let rerun = false; // Run was pressed during a run: run again after it
let warm = false; // the engine has run once (its warm-up): the wasm is compiled
let callSeq = 0;
const calls = new Map(); // id -> {resolve, reject, type}

let restarting = false; // a new engine is starting after a Stop or a crash
let engineLoaded = false; // the first engine has started (loadEngine)

function setStatus(text, state) {
  statusLine.textContent = text;
  statusLine.title = text;
  root.dataset.engine = restarting && state !== "failed" ? "loading" : state === "error" || state === "stopped" ? "ready" : state;
  statusLine.classList.toggle("status-error", state === "error");
}

function setReady(ready) {
  runButton.disabled = !ready;
  shareButton.disabled = !ready;
  for (const b of downloadMenu.querySelectorAll("button")) b.disabled = !ready;
}

// startWorker starts an engine: from the compiled module after the first
// time, else from the wasm, which the worker fetches.
function startWorker() {
  const gen = ++engineGen;
  const w = new Worker(new URL("engine.js", import.meta.url), { type: "module", name: "ormfiddle engine" });
  worker = w;
  workerReady = new Promise((resolve, reject) => {
    w.onmessage = (e) => {
      if (w !== worker) return;
      const msg = e.data;
      switch (msg.type) {
        case "module":
          // Compiled: kept for restarts, and lent to the warmer, which
          // compiles half of what a first run calls meanwhile.
          wasmModule = msg.module;
          warmer?.postMessage({ precompile: msg.module });
          break;
        case "ready":
          wasmModule = msg.module;
          // For the curious and the tests: how much of the wasm was
          // compiled before Go started (precompile.js).
          if (msg.precompiled) root.dataset.precompiled = String(msg.precompiled);
          resolve(w);
          break;
        case "warm":
          root.dataset.warm = "1";
          warm = true;
          // The page's snippet ran unseen: the warmer can run it too, before
          // the reader does, unless a run is already on its way.
          if (msg.ok && !running && !pendingRun) heatEngine(true, msg.ms, runArgs(1, ""));
          break;
        case "failed":
          reject(new Error(msg.message));
          break;
        case "progress":
          if (running && running.id === msg.id) showProgress(msg.done, msg.total);
          break;
        case "result": {
          const c = calls.get(msg.id);
          calls.delete(msg.id);
          c?.resolve({ value: msg.value, ms: msg.ms });
          break;
        }
        case "heated":
          // The engine's background runs are over (heatOwnEngine).
          root.dataset.idle = "1";
          break;
        case "crash":
          engineDied(new Error(msg.message));
          break;
      }
    };
    w.onerror = (e) => {
      if (w !== worker) return;
      e.preventDefault();
      // A worker that never started (its script did not load) is a
      // failure to load; one that did, a crash.
      if (wasmModule && gen > 1) engineDied(new Error(e.message || "the engine's worker failed"));
      else reject(new Error(e.message || "the engine's worker did not start"));
    };
  });
  w.postMessage({ type: "load", url: WASM_URL.href, module: wasmModule });
  workerReady.catch(() => {});
  return workerReady;
}

// callEngine sends a call to the engine and resolves with {value, ms}; it
// rejects when the engine is stopped or dies first. me, if given, learns
// the call's id (a run's progress messages carry it).
function callEngine(type, args, me) {
  const id = ++callSeq;
  if (me) me.id = id;
  if (!workerReady) return Promise.reject(new Error("the engine has not loaded"));
  return new Promise((resolve, reject) => {
    calls.set(id, { resolve, reject, type });
    workerReady.then((w) => {
      if (calls.has(id)) w.postMessage({ type, id, args });
    }, reject);
  });
}

// replaceEngine ends the running worker, failing its calls with err, and
// starts another from the compiled module.
function replaceEngine(err) {
  worker?.terminate();
  worker = null;
  restarting = true;
  root.dataset.engine = "loading";
  setReady(false);
  for (const c of calls.values()) c.reject(err);
  calls.clear();
  return startWorker().then(() => {
    restarting = false;
    root.dataset.engine = "ready";
    setReady(true);
  }, (e) => {
    restarting = false;
    console.error(e);
    setStatus(`The engine did not restart (${e.message}).`, "failed");
  });
}

// engineDied reports an engine that stopped by itself, and replaces it.
function engineDied(err) {
  console.error("the engine stopped:", err.message);
  err.crashed = true;
  root.dataset.crashes = String(Number(root.dataset.crashes || 0) + 1);
  if (!running) {
    // Not during a run (a step's detail, a download): say so here.
    showCrash(err);
    setStatus(crashStatus(err), "error");
  }
  replaceEngine(err);
}

// stopRun is the Stop button: the run in flight ends with the worker.
function stopRun() {
  if (!running) return;
  const err = new Error("stopped");
  err.stopped = true;
  rerun = false;
  replaceEngine(err);
}

function crashStatus(err) {
  return /out of memory/.test(err.message)
    ? "The engine ran out of memory and was restarted."
    : "The engine stopped and was restarted.";
}

// The editors upgrade once the engine has made the page's first run and
// the page has painted it, or once the engine is ready when the page has
// no run to make (or it failed to load); the textareas work meanwhile (a
// reader typing in one keeps caret and focus). Evaluating CodeMirror and
// making its two views take about 150 ms of the main thread on a 2-core
// machine (in tasks of 20 to 30 ms of CPU: editor/load.js, createEditor). When
// that was one bundle, upgrading right after the first paint held back the
// start of the engine's worker that long (a worker's start takes a turn
// of the main thread: its script came at 260 ms, its wasm was asked for
// at 470 ms); upgrading once the worker had started slowed the wasm's
// compilation instead (make bench, 8 cold #s= loads each, first trace
// 1.27 against 1.19 s); upgrading after the first run gave 1.13 against
// 1.23 s. EDITOR_WAIT ms after the first paint they upgrade anyway.
const EDITOR_WAIT = 5000;

async function loadEngine() {
  setStatus("Loading the engine…", "loading");
  setTimeout(upgradeEditors, EDITOR_WAIT);
  const started = startWorker();
  // Its warm-up run, the snippet the page shows when it will not run one
  // anyway, is sent once the page has restored it.
  restored.finally(() => {
    if (!pendingRun && !running && !lastShown) worker?.postMessage({ type: "warm", args: runArgs(1, "") });
  });
  try {
    await started;
  } catch (err) {
    console.error(err);
    setStatus(`The engine did not load (${err.message}).`, "failed");
    upgradeEditors();
    return;
  }
  performance.mark("ormfiddle-interactive");
  engineLoaded = true;
  setReady(true);
  setStatus("Ready", "ready");
  if (pendingRun) {
    pendingRun = false;
    run({ auto: true });
  } else {
    upgradeEditors();
  }
}

// warmer is a second instance of the engine, in another Web Worker
// (warm.js). Its worker is made with the page and waits; once the page's
// first run is painted, the page hands it the module the engine's worker
// compiled and that session (heatEngine), and it runs the session again
// a few times, so that V8 optimises the functions that are hot, for every
// instance of the module, and the reader's next runs are several times
// faster than a fresh engine's (make bench's re-run). It runs nothing
// sooner: on a 2-core machine a warmer running while the engine starts
// and makes its first run shares the cores with it and with V8's
// compilers (make bench, 24 cold #s= loads each, taking turns: ready 615
// against 708 ms, first trace 1.45 against 1.60 s without one). null when
// there is none (it could not be made, failed, or is over).
let warmer = makeWarmer();
let warming = false; // the warmer has been given its runs

// HEAT_RUNS and HEAT_MS bound the warmer's runs after the first: about a
// second or two of another core's time on this snippet's engine code.
const HEAT_RUNS = 60;
const HEAT_MS = 6000;
let heated = false;

// lastShown is the last run the page shows: {ok, args}.
let lastShown = null;

function makeWarmer() {
  if (typeof Worker !== "function") return null;
  let w;
  try {
    w = new Worker(new URL("warm.js", import.meta.url));
  } catch (err) {
    console.warn("engine warm-up", err);
    return null;
  }
  // end ends the warmer (after its runs, how many it made); once it was
  // given its runs, the engine's worker then makes runs of its own.
  const end = (runs) => {
    w.terminate();
    if (warmer !== w) return;
    warmer = null;
    if (!warming) return;
    root.dataset.heated = String(runs);
    heatOwnEngine();
  };
  w.onmessage = (e) => {
    if (e.data.err) console.warn("engine warm-up:", e.data.err);
    end(e.data.heated ?? 0);
  };
  // It did not load, or died: the engine makes its runs alone.
  w.onerror = () => end(0);
  return w;
}

// ENGINE_HEAT_RUNS and ENGINE_HEAT_MS bound the runs the engine's own
// worker makes of the session, in the background, until the reader runs
// something (the reader's call waits for the one in flight at most).
const ENGINE_HEAT_RUNS = 10;
const ENGINE_HEAT_MS = 1000;

// heatEngine is told of each run; after the first, the warmer runs the
// same session (args) again in the background, unless that run failed or
// took over HEAT_MS, and then ends; then the engine's worker makes runs
// of its own (heatOwnEngine).
function heatEngine(ok, ms, args) {
  lastShown = { ok, args };
  if (heated) return;
  heated = true;
  if (!ok || ms > HEAT_MS) {
    warmer?.terminate();
    warmer = null;
    root.dataset.heated = "0";
    root.dataset.idle = "1";
    return;
  }
  if (!warmer || !wasmModule) {
    root.dataset.heated = "0";
    heatOwnEngine();
    return;
  }
  warming = true;
  warmer.postMessage({ module: wasmModule, heat: { ...args, compare: "" }, times: HEAT_RUNS, ms: HEAT_MS });
}

// heatOwnEngine has the engine's worker run the session the page shows a
// few times, a run at a time between the page's calls, once the warmer is
// done (what V8 optimises for one instance is the wasm's; its JavaScript
// glue and Go's heap are each worker's own). Not sooner: a Run clicked
// while the warmer works would wait for a background run in flight, where
// now it finds the engine idle and the next session made. Nothing when
// the page is running something or its last run failed: the engine keeps
// the trace of the run the page shows for its step details.
function heatOwnEngine() {
  if (lastShown?.ok && !running && !pendingRun && worker) {
    worker.postMessage({ type: "heat", args: lastShown.args, times: ENGINE_HEAT_RUNS, ms: ENGINE_HEAT_MS });
  } else {
    root.dataset.idle = "1";
  }
}

// showCrash reports an engine that stopped, as text (no HTML from it).
function showCrash(err) {
  const box = document.createElement("div");
  box.className = "problem problem-internal";
  box.setAttribute("role", "alert");
  const title = document.createElement("p");
  title.className = "problem-title";
  title.textContent = /out of memory/.test(err.message)
    ? "The engine ran out of memory, so it stopped. It has been restarted; your code is as it was."
    : "The engine stopped. This is a bug in ormfiddle, not in your code; it has been restarted, and your code is as it was.";
  const detail = document.createElement("pre");
  detail.className = "problem-source";
  detail.textContent = String(err && err.message ? err.message : err);
  box.append(title, detail);
  problems.replaceChildren(box);
  trace.classList.add("stale");
  comparison = null;
  showComparison();
}

// runArgs are the options of a run of the editors under the session.
function runArgs(step, compare) {
  return {
    models: models(), shell: shell(), step, compare,
    django: session.django,
    autoField: session.settings.DEFAULT_AUTO_FIELD,
    useTZ: Boolean(session.settings.USE_TZ),
    appLabel: session.settings.APP_LABEL === DEFAULT_APP ? "" : session.settings.APP_LABEL,
  };
}

// run runs the editors in the engine and shows the result. A run started
// while another is in flight runs after it (once, however many times Run
// was pressed). auto is a run the page started (a link's, a restored
// session's), not the reader.
async function run({ auto = false } = {}) {
  if (!engineLoaded) {
    pendingRun = true;
    return;
  }
  if (running) {
    rerun = true;
    return;
  }
  const step = stepWanted ?? currentStep();
  stepWanted = null;
  const me = { id: 0, t0: performance.now(), done: 0, total: 0, auto };
  running = me;
  root.dataset.running = "1";
  setStatus("Running…", "running");
  const slow = setTimeout(() => showProgress(me.done, me.total), 1000);
  const tick = setInterval(() => { if (running === me && stopButton.hidden === false) showProgress(me.done, me.total); }, 500);
  markRunning();
  let res;
  const args = runArgs(step, session.compare);
  try {
    ({ value: res, ms: me.ms } = await callEngine("run", args, me));
  } catch (err) {
    clearTimeout(slow);
    clearInterval(tick);
    finishRun(me);
    const secs = ((performance.now() - me.t0) / 1000).toFixed(1);
    if (err.stopped) {
      root.dataset.stops = String(Number(root.dataset.stops || 0) + 1);
      trace.classList.add("stale");
      setStatus(`Stopped after ${secs} s`, "stopped");
      notify("Stopped. The engine was restarted; your code is as it was.", "ok");
    } else {
      showCrash(err);
      setStatus(crashStatus(err), "error");
    }
    // A first run that ended so upgrades the editors too (EDITOR_WAIT).
    afterPaint(upgradeEditors);
    markRan(false, auto);
    return;
  }
  clearTimeout(slow);
  clearInterval(tick);
  finishRun(me);
  traceGen = engineGen;
  const ms = me.ms;
  // Once the result is painted, the engine tidies up after the run (it
  // empties the run's database and makes the next run's Django
  // environment, so that a Run clicked next does not wait for that), and
  // the background runs start: not sooner, as their threads would share
  // the cores with this task and its layout.
  afterPaint(() => {
    worker?.postMessage({ type: "tidy" });
    // After the first run the editors upgrade first (EDITOR_WAIT): the
    // warmer's runs would leave their tasks half a core.
    upgradeEditors()
      .catch((err) => console.error("the editor failed", err))
      .then(() => heatEngine(res.ok, ms, args));
  });
  // What the reader waited, from the click to the result (make bench's
  // re-run: a run waits for the engine's background run in flight, if
  // any), and the engine's own time, which the status line gives.
  root.dataset.runMs = (performance.now() - me.t0).toFixed(1);
  root.dataset.engineMs = ms.toFixed(1);
  problems.innerHTML = res.problemsHTML;
  // A recorded trace (a short link's, rendered by the Worker) gives way to
  // the engine's where the reader is: the step they have open, the scroll.
  const recorded = trace.hasAttribute("data-recorded") ? currentStep() : 0;
  trace.removeAttribute("data-recorded");
  const scrollTop = results.scrollTop;
  if (res.ok) {
    trace.innerHTML = res.traceHTML;
    trace.classList.remove("stale");
    selectDialect(results.dataset.dialect);
    lastScript = res.script;
    markError(null);
    comparison = readComparison(res.compare, session.compare);
    showComparison();
    if (recorded) {
      selectStep(recorded, { scroll: false, linesLater: true });
      results.scrollTop = scrollTop;
    } else {
      selectStep(res.step || Math.min(Math.max(step, 1), res.steps), { scroll: false, linesLater: true });
    }
    const took = `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
    setStatus(`Ran in ${took}`, "ready");
    if (!auto) showView("result", { toStep: true });
  } else {
    trace.classList.add("stale");
    lastScript = null;
    comparison = null;
    showComparison();
    markError(res.error);
    if (res.error) goTo(res.error.file, res.error.line, res.error.col);
    // The problem panel sits above the (now stale) trace: bring it into
    // view in the results pane, and say it in the status line too.
    results.scrollTop = 0;
    const e = res.error;
    setStatus(e ? `${e.file}:${e.line}:${e.col}: ${e.message}` : "The engine failed", "error");
  }
  markRan(true, auto);
  root.dataset.runs = String(Number(root.dataset.runs || 0) + 1);
  if (rerun) {
    rerun = false;
    run();
  }
}

// afterPaint calls fn in a task of its own once the next frame is painted,
// or after 250 ms in a tab that paints none (a hidden one).
function afterPaint(fn) {
  let done = false;
  const once = () => {
    if (!done) {
      done = true;
      fn();
    }
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 250);
}

// nextTask resolves in a task of its own: what comes after it lets the page
// paint and answer input first.
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

// finishRun ends the run's progress display.
function finishRun(me) {
  if (running === me) running = null;
  delete root.dataset.running;
  stopButton.hidden = true;
}

// showProgress says how far a run that takes its time has got, with the
// Stop button beside it.
function showProgress(done, total) {
  if (!running) return;
  running.done = done;
  running.total = total;
  const secs = Math.floor((performance.now() - running.t0) / 1000);
  if (secs < 1) return;
  // Before its first run the engine compiles much of itself (its warm-up,
  // which the page started as it loaded): a run waits for it. The words
  // in .wordy go on a narrow screen: "3 s · 4 of 21".
  const wordy = (text) => el("span", "wordy", text);
  const parts = [wordy("Running… "), `${secs} s · `];
  if (total) parts.push(wordy("statement "), `${Math.min(done + 1, total)} of ${total}`);
  else parts.push(warm ? "loading models.py" : "starting the engine");
  setStatus("", "running");
  statusLine.replaceChildren(...parts);
  statusLine.title = statusLine.textContent;
  stopButton.hidden = false;
}

// The engine's calls, as promises, for the console and the tests:
// ormfiddle.run({models, shell, django, ...}), ormfiddle.step(n, other),
// ormfiddle.database({models, shell, ...}).
globalThis.ormfiddle = {
  run: (args) => callEngine("run", args).then((r) => r.value),
  step: (n, other) => callEngine("step", { n, other }).then((r) => r.value),
  database: (args) => callEngine("database", args).then((r) => r.value),
  record: (args) => callEngine("record", args).then((r) => r.value),
  // For the tests: the engine dies ("exit": as Go does on a fatal error;
  // "throw": a JavaScript error inside it), and the page copes.
  die: (how) => callEngine("die", { how }).then((r) => r.value),
};

// --- the stepper ----------------------------------------------------------

function steps() {
  return [...trace.querySelectorAll(".step-list > .step")];
}

function currentStep() {
  const open = trace.querySelector(".step-list > .step-open");
  return open ? Number(open.dataset.step) : 1;
}

// selectStep opens step n (1-based) and closes the others.
function selectStep(n, { focus = false, scroll = true, linesLater = false } = {}) {
  const all = steps();
  if (all.length === 0) return;
  n = Math.min(Math.max(n, 1), all.length);
  for (const li of all) {
    const open = Number(li.dataset.step) === n;
    li.classList.toggle("step-open", open);
    li.querySelector(".step-head").setAttribute("aria-expanded", String(open));
    li.querySelector(".step-detail").hidden = !open;
  }
  const li = all[n - 1];
  const detail = li.querySelector(".step-detail");
  if (detail.hasAttribute("data-lazy")) loadDetail(li, n);
  else if (comparison) showStepComparison(li);
  showComparePosition(n);
  const pos = trace.querySelector("[data-position]");
  if (pos) pos.textContent = String(n);
  const prev = trace.querySelector('[data-nav="prev"]');
  const next = trace.querySelector('[data-nav="next"]');
  if (prev) prev.disabled = n === 1;
  if (next) next.disabled = n === all.length;
  if (focus) li.querySelector(".step-head").focus({ preventScroll: true });
  if (scroll) {
    // The whole step if it fits, else its head at the top.
    const box = results.getBoundingClientRect();
    const fits = li.offsetHeight < Math.min(box.height, window.innerHeight) - 60;
    li.querySelector(".step-head").scrollIntoView({ block: fits ? "nearest" : "start" });
    if (fits) li.scrollIntoView({ block: "nearest" });
  }
  // After a run, the shell editor bands the step's lines once the new
  // trace is laid out and painted: its update reads the selection, which
  // would lay the whole page out again within the run's task.
  if (linesLater) afterPaint(() => showStepLines(false));
  else showStepLines(scroll);
  autosave();
}

// loadDetail asks the engine for the detail of step n (li), which the
// engine rendered the trace without (it renders the open step's only),
// and for the compared version's, and shows them when they come. The
// worker that ran the trace keeps its steps; another one (after a Stop or
// a crash) does not, and the detail says so.
async function loadDetail(li, n) {
  const detail = li.querySelector(".step-detail");
  if (detail.dataset.lazy === "loading") return;
  if (trace.hasAttribute("data-recorded")) {
    // A short link's recorded trace has the open step's detail only; the
    // page's engine is running the snippet, and its trace, with every
    // step, takes this one's place.
    detail.replaceChildren(el("p", "placeholder", "Loading this step… (the engine is running the snippet)"));
    detail.setAttribute("aria-busy", "true");
    return;
  }
  if (traceGen !== engineGen) {
    detail.replaceChildren(el("p", "placeholder", "This step's detail went with the engine that stopped: press Run to see it."));
    return;
  }
  detail.dataset.lazy = "loading";
  detail.setAttribute("aria-busy", "true");
  const other = Boolean(comparison && !comparison.problem);
  let mine;
  let theirs;
  try {
    [{ value: mine }, theirs] = await Promise.all([
      callEngine("step", { n }),
      other ? callEngine("step", { n, other: true }) : null,
    ]);
  } catch {
    detail.dataset.lazy = "";
    detail.removeAttribute("aria-busy");
    return; // the engine stopped: the trace is stale, the detail stays to load
  }
  // A run that finished meanwhile replaced the trace (and this step).
  if (!li.isConnected || !detail.hasAttribute("data-lazy")) return;
  detail.innerHTML = mine; // rendered (and escaped) by templ
  detail.removeAttribute("data-lazy");
  detail.removeAttribute("aria-busy");
  if (theirs) otherDetails.set(li, theirs.value);
  if (comparison && li.classList.contains("step-open")) showStepComparison(li);
}

// showStepLines bands the lines of shell.py that the open step ran; with
// scroll (the reader moved to the step), it scrolls them into view.
function showStepLines(scroll) {
  const li = trace.querySelector(".step-list > .step-open");
  const ed = editors["shell.py"];
  if (li && li.dataset.line && !trace.classList.contains("stale")) {
    ed.showStep(Number(li.dataset.line), Number(li.dataset.endLine), scroll);
  } else {
    ed.showStep(0, 0);
  }
}

function isEditable(el) {
  return el && (el.isContentEditable || el.tagName === "TEXTAREA" || el.tagName === "INPUT" || el.tagName === "SELECT");
}

// --- comparing two versions ------------------------------------------------
// With "Compare with" set, each run runs the snippet under a second version
// too, and the engine pairs the steps (playground.Compare): per step, does
// the SQL, the output or the error differ? The page marks those steps,
// counts them, moves from one to the next like down a checklist, and shows
// the open step under both versions side by side, the older on the left,
// the parts that differ marked.

let comparison = null; // the last run's {django, problem, ddl, steps: [diff bits]}
// The compared version's detail of a step (the HTML the engine rendered),
// by the step's element, once asked for.
const otherDetails = new WeakMap();

// The parts of a step that can differ, as bits (playground.Diff).
const DIFF_PARTS = [[1, "SQL"], [2, "output"], [4, "error"]];

function listWords(words) {
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

// showComparison marks the steps that differ and fills the compare bar.
function showComparison() {
  const c = comparison;
  if (!c && !root.hasAttribute("data-comparing")) return; // nothing shown, nothing to show
  root.toggleAttribute("data-comparing", Boolean(c));
  for (const li of steps()) {
    li.classList.remove("step-differs");
    li.querySelector(".badge-diff")?.remove();
    const detail = li.querySelector(".step-detail");
    detail.classList.remove("compared");
    detail.querySelector(".compare")?.remove();
  }
  compareBar.replaceChildren();
  compareBar.hidden = !c;
  compareNav.hidden = true;
  seen.clear();
  if (!c) return;
  const other = versionLabel(c.django);
  const [older, newer] = [session.django, c.django].sort(olderFirst);
  const head = el("p", "compare-summary");
  head.append(el("strong", "", `${versionLabel(older)} → ${versionLabel(newer)}`), ": ");
  compareBar.append(head);
  if (c.problem) {
    head.append(`${other} cannot run this snippet:`);
    compareBar.append(el("pre", "compare-problem", c.problem));
    return;
  }
  let count = 0;
  for (const li of steps()) {
    const bits = c.steps[Number(li.dataset.step) - 1];
    if (!bits) continue;
    count++;
    li.classList.add("step-differs");
    const names = DIFF_PARTS.filter(([bit]) => bits & bit).map(([, name]) => name);
    const badge = el("span", "badge badge-diff", `≠ ${names.join(", ")}`);
    badge.title = `The ${listWords(names)} ${names.length > 1 ? "differ" : "differs"} under ${other}`;
    li.querySelector(".step-badges").prepend(badge);
  }
  const total = steps().length;
  head.append(count === 0
    ? `no step differs: the same SQL, output and errors under both.`
    : `${count} of ${total} ${total === 1 ? "step differs" : "steps differ"} in SQL, output or error.`);
  if (c.ddl) head.append(" ", el("span", "compare-ddl", "The schema differs too."));
  if (count > 0) head.append(" ", el("span", "compare-hint", "Go through them with ↑ ↓ above (or n and p): each one is ticked once seen."));
  compareNav.hidden = count === 0;
}

// seen holds the differing steps opened since the last run: the checklist's
// ticks.
const seen = new Set();

// showComparePosition says which difference the open step n is, and ticks
// it off.
function showComparePosition(n) {
  if (compareNav.hidden) return;
  const differing = steps().filter((li) => li.classList.contains("step-differs")).map((li) => Number(li.dataset.step));
  const i = differing.indexOf(n);
  if (i >= 0 && !seen.has(n)) {
    seen.add(n);
    trace.querySelector(`.step[data-step="${n}"]`).classList.add("step-seen");
  }
  const pos = compareNav.querySelector(".compare-position");
  pos.textContent = i < 0 ? `${differing.length} differ` : `${i + 1} of ${differing.length}`;
  pos.title = `${seen.size} of ${differing.length} seen`;
  compareNav.querySelector('[data-diff="prev"]').disabled = !differing.some((d) => d < n);
  compareNav.querySelector('[data-diff="next"]').disabled = !differing.some((d) => d > n);
}

// nextDifference opens the next (delta 1) or previous (-1) step that differs.
function nextDifference(delta, focus) {
  const n = currentStep();
  const differing = steps().filter((li) => li.classList.contains("step-differs")).map((li) => Number(li.dataset.step));
  const to = delta > 0 ? differing.find((d) => d > n) : differing.findLast((d) => d < n);
  if (to) selectStep(to, { focus });
}

// showStepComparison puts the open step's two versions side by side in its
// detail, above the tables (which are the session's version's).
function showStepComparison(li) {
  const detail = li.querySelector(".step-detail");
  const c = comparison;
  if (c.problem || detail.querySelector(".compare")) return;
  const n = Number(li.dataset.step);
  if (!otherDetails.has(li)) {
    // The compared version's step is in the engine: ask for it.
    if (traceGen !== engineGen) return;
    callEngine("step", { n, other: true }).then(({ value }) => {
      otherDetails.set(li, value);
      if (li.isConnected && comparison === c && li.classList.contains("step-open")) showStepComparison(li);
    }, () => {});
    return;
  }
  const theirs = document.createElement("template");
  theirs.innerHTML = otherDetails.get(li); // rendered (and escaped) by templ
  const a = compareColumn(session.django, detail, true);
  const b = compareColumn(c.django, theirs.content, false);
  markColumns(a, b);
  const box = el("div", "compare");
  box.dataset.diff = String(c.steps[n - 1] || 0);
  box.append(...(olderFirst(session.django, c.django) < 0 ? [a.el, b.el] : [b.el, a.el]));
  detail.insertBefore(box, detail.querySelector(":scope > .snapshot"));
  detail.classList.add("compared");
}

// compareColumn copies a step's SQL, output and error, as rendered for one
// version, into a column of the side-by-side view.
function compareColumn(version, from, here) {
  const col = el("section", "compare-col");
  col.dataset.django = version;
  const h = el("h4", "", versionLabel(version));
  if (here) h.append(" ", el("small", "", "this session"));
  col.append(h);
  const sql = [...from.querySelectorAll(".step-sql > .sql")].map((p) => p.cloneNode(true));
  const box = el("div", "compare-sql");
  if (sql.length) box.append(...sql);
  else box.append(el("p", "compare-none", "No SQL."));
  col.append(box);
  const output = from.querySelector(".step-output")?.cloneNode(true) ?? null;
  const error = from.querySelector(".step-error")?.cloneNode(true) ?? null;
  return { el: col, sql, output, error };
}

// markColumns marks what differs between two columns (statements only one
// side ran, the tokens that differ in statements at the same place, the
// words that differ in the output and the error) and adds the output and
// the error to them, with a placeholder where only the other has one.
function markColumns(a, b) {
  const [ka, kb] = common(a.sql.map((p) => p.textContent), b.sql.map((p) => p.textContent));
  let i = 0;
  let j = 0;
  while (i < a.sql.length || j < b.sql.length) {
    if (ka[i] && kb[j]) {
      i++;
      j++;
      continue;
    }
    const ra = [];
    const rb = [];
    while (i < a.sql.length && !ka[i]) ra.push(a.sql[i++]);
    while (j < b.sql.length && !kb[j]) rb.push(b.sql[j++]);
    if (ra.length === 0 && rb.length === 0) break;
    for (let k = 0; k < Math.max(ra.length, rb.length); k++) {
      if (ra[k] && rb[k]) markTokens(ra[k].firstElementChild, rb[k].firstElementChild);
      else (ra[k] || rb[k]).classList.add("sql-only");
    }
  }
  for (const kind of ["output", "error"]) {
    const pa = a[kind];
    const pb = b[kind];
    if (pa && pb && pa.textContent !== pb.textContent) {
      const ca = pa.firstElementChild;
      const cb = pb.firstElementChild;
      // An error is <strong>Class</strong>: message: each part apart.
      const na = [...ca.childNodes];
      const nb = [...cb.childNodes];
      if (na.length === nb.length) na.forEach((n, k) => markWords(n, nb[k]));
      else markWords(ca, cb);
    }
    // Both columns get the same rows (the view lines them up), with a
    // placeholder where only the other version has something.
    const none = kind === "output" ? "No output." : "No exception.";
    a.el.append(pa ?? (pb ? el("p", "compare-none", none) : el("div")));
    b.el.append(pb ?? (pa ? el("p", "compare-none", none) : el("div")));
    if (pa && !pb) pa.classList.add("only");
    if (pb && !pa) pb.classList.add("only");
  }
}

// markTokens marks the tokens (the highlighted spans and the text between
// them) of two SQL statements that are not common to both.
function markTokens(ca, cb) {
  const na = [...ca.childNodes];
  const nb = [...cb.childNodes];
  const [ka, kb] = common(na.map((n) => n.textContent), nb.map((n) => n.textContent));
  for (const [nodes, keep] of [[na, ka], [nb, kb]]) {
    nodes.forEach((n, i) => {
      if (keep[i] || !n.textContent.trim()) return;
      if (n.nodeType === Node.TEXT_NODE) {
        const mark = el("span", "diff", n.textContent);
        n.replaceWith(mark);
      } else {
        n.classList.add("diff");
      }
    });
  }
}

// markWords marks the words of two nodes' texts that are not common to both.
function markWords(a, b) {
  const split = (t) => t.match(/\w+|\s+|[^\w\s]/gu) || [];
  const ta = split(a.textContent);
  const tb = split(b.textContent);
  const [ka, kb] = common(ta, tb);
  for (const [node, tokens, keep] of [[a, ta, ka], [b, tb, kb]]) {
    const frag = document.createDocumentFragment();
    let run = "";
    let runKeep = true;
    const flush = () => {
      if (run) frag.append(runKeep ? run : el("mark", "diff", run));
      run = "";
    };
    tokens.forEach((t, i) => {
      const k = keep[i] || !t.trim();
      if (k !== runKeep) flush();
      runKeep = k;
      run += t;
    });
    flush();
    if (node.nodeType === Node.TEXT_NODE) node.replaceWith(frag);
    else node.replaceChildren(frag);
  }
}

// common tells, for two sequences, which items of each are in a longest
// common subsequence (all of them past a size where that costs too much,
// but the common start and end).
function common(a, b) {
  const ka = new Array(a.length).fill(false);
  const kb = new Array(b.length).fill(false);
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) ka[s] = kb[s++] = true;
  let ea = a.length;
  let eb = b.length;
  while (ea > s && eb > s && a[ea - 1] === b[eb - 1]) ka[--ea] = kb[--eb] = true;
  const n = ea - s;
  const m = eb - s;
  if (n === 0 || m === 0 || n * m > 400000) return [ka, kb];
  const w = m + 1;
  const len = new Uint32Array((n + 1) * w); // len[i*w+j]: LCS of a[s+i..] and b[s+j..]
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i * w + j] = a[s + i] === b[s + j] ? len[(i + 1) * w + j + 1] + 1 : Math.max(len[(i + 1) * w + j], len[i * w + j + 1]);
    }
  }
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[s + i] === b[s + j]) {
      ka[s + i] = kb[s + j] = true;
      i++;
      j++;
    } else if (len[(i + 1) * w + j] >= len[i * w + j + 1]) {
      i++;
    } else {
      j++;
    }
  }
  return [ka, kb];
}

// --- tabs and the dialect toggle ------------------------------------------

function selectTab(name, focus) {
  if (results.dataset.tab !== name) {
    // A tab opens at its top.
    results.scrollTop = 0;
    if (results.getBoundingClientRect().top < 0) results.scrollIntoView();
  }
  results.dataset.tab = name;
  for (const tab of results.querySelectorAll('[role="tab"]')) {
    const on = tab.dataset.tab === name;
    tab.setAttribute("aria-selected", String(on));
    tab.tabIndex = on ? 0 : -1;
    if (on && focus) tab.focus();
  }
}

function selectDialect(name) {
  results.dataset.dialect = name;
  for (const b of results.querySelectorAll("[data-dialect]")) {
    if (b.tagName === "BUTTON") b.setAttribute("aria-pressed", String(b.dataset.dialect === name));
  }
}

// --- examples -------------------------------------------------------------

function exampleData(name) {
  const t = $("examples");
  const box = t && [...t.content.children].find((d) => d.dataset.name === name);
  if (!box) return null;
  return {
    name,
    title: box.dataset.title,
    description: box.dataset.description,
    m: box.querySelector('[data-file="models.py"]').value,
    s: box.querySelector('[data-file="shell.py"]').value,
  };
}

function selectExampleEntry(name) {
  if (!exampleMenu) return;
  let custom = exampleMenu.querySelector('option[value=""]');
  if (!name && !custom) {
    custom = new Option("Your snippet", "");
    exampleMenu.prepend(custom);
  }
  exampleMenu.value = name;
}

// setSource puts a snippet in the editors, as an example or as the user's.
let settingSource = false; // the editors change because the page put a snippet in

function setSource(m, s, example) {
  settingSource = true;
  editors["models.py"].value = m;
  editors["shell.py"].value = s;
  settingSource = false;
  root.dataset.example = example ? example.name : "";
  selectExampleEntry(example ? example.name : "");
  if (about) about.textContent = example ? example.description : "";
  trace.classList.add("stale");
  markError(null);
}

function loadExample(name) {
  const ex = exampleData(name);
  if (!ex) return false;
  setSource(ex.m, ex.s, ex);
  const url = new URL(location.href);
  url.hash = "";
  url.searchParams.set("example", name);
  history.replaceState(null, "", url);
  stepWanted = 0; // the first step that did something
  run();
  return true;
}

// --- downloads ------------------------------------------------------------

function saveFile(name, type, data) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([data], { type }));
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

async function download(kind) {
  downloadMenu.open = false;
  const base = root.dataset.example || "ormfiddle";
  try {
    if (kind === "sqlite") {
      const { value: db } = await callEngine("database", runArgs(1, ""));
      if (!db) {
        notify("The snippet does not load, so there is no database to download.", "error");
        return;
      }
      saveFile(`${base}.sqlite3`, "application/vnd.sqlite3", db);
    } else {
      let script = trace.classList.contains("stale") ? null : lastScript;
      if (script === null) {
        const { value: res } = await callEngine("run", runArgs(1, ""));
        // That run replaced the steps the engine kept for the trace shown.
        traceGen = -1;
        if (!res.ok) {
          notify("The snippet does not load, so there is no SQL to download.", "error");
          return;
        }
        script = res.script;
      }
      saveFile(`${base}.sql`, "application/sql", script);
    }
  } catch (err) {
    if (!err.stopped) notify(`No download: ${err.message}`, "error");
  }
}

// --- wiring ---------------------------------------------------------------

runButton.addEventListener("click", () => run());
stopButton.addEventListener("click", stopRun);

// On a narrow screen the page shows the code or the result, not both one
// under the other (the result would be a long scroll away); Run shows the
// result, its open step in view. Each view comes back scrolled as it was
// left. Wide screens show both and ignore it.
const viewSwitch = document.querySelector(".view-switch");
const viewScroll = { code: 0, result: 0 };

function narrowLayout() {
  return viewSwitch && getComputedStyle(viewSwitch).display !== "none";
}

function showView(name, { toStep = false } = {}) {
  const was = root.dataset.view;
  if (was === name && !toStep) return;
  const narrow = narrowLayout();
  if (narrow && was !== name) viewScroll[was] = window.scrollY;
  root.dataset.view = name;
  for (const b of viewSwitch?.querySelectorAll("button[data-view]") ?? []) {
    b.setAttribute("aria-pressed", String(b.dataset.view === name));
  }
  if (!narrow) return;
  const head = name === "result" && toStep ? trace.querySelector(".step-list > .step-open > .step-head") : null;
  if (head) head.scrollIntoView({ block: "center" });
  else window.scrollTo(0, viewScroll[name] || 0);
}
viewSwitch?.addEventListener("click", (e) => {
  const b = e.target.closest("button[data-view]");
  if (b) showView(b.dataset.view);
});

// In an iframe, the name opens the snippet in the full playground.
const brand = document.querySelector(".brand");
if (embed && brand) {
  brand.title = "Open this snippet in ormfiddle";
  brand.addEventListener("click", async (e) => {
    e.preventDefault();
    const url = new URL(location.href);
    url.search = "";
    url.hash = await encodeState(currentState());
    window.open(url.href, "_blank", "noopener");
  });
}
shareButton.addEventListener("click", share);
djangoMenu.addEventListener("change", () => {
  session.django = djangoMenu.value;
  if (session.compare === session.django) session.compare = "";
  sessionChanged();
});
useTZBox.addEventListener("change", () => {
  session.settings.USE_TZ = useTZBox.checked;
  sessionChanged();
});
autoFieldMenu.addEventListener("change", () => {
  session.settings.DEFAULT_AUTO_FIELD = autoFieldMenu.value;
  sessionChanged();
});
appLabelBox.addEventListener("change", () => {
  const label = appLabelBox.value.trim() || DEFAULT_APP;
  if (!APP_LABEL_RE.test(label)) {
    appLabelBox.setAttribute("aria-invalid", "true");
    notify(`“${label}” is not an app label: a Python identifier such as polls.`, "error");
    return;
  }
  session.settings.APP_LABEL = label;
  sessionChanged();
});
$("settings-reset").addEventListener("click", () => {
  if (sameSettings(session.settings, STARTPROJECT)) return;
  session.settings = { ...STARTPROJECT };
  sessionChanged();
});
compareMenu.addEventListener("change", () => {
  session.compare = compareMenu.value;
  sessionChanged();
});
compareNav.addEventListener("click", (e) => {
  const b = e.target.closest("[data-diff]");
  if (b) nextDifference(b.dataset.diff === "next" ? 1 : -1, false);
});
exampleMenu?.addEventListener("change", () => {
  if (exampleMenu.value) loadExample(exampleMenu.value);
});
downloadMenu.addEventListener("click", (e) => {
  const b = e.target.closest("[data-download]");
  if (b) download(b.dataset.download);
});

results.addEventListener("click", (e) => {
  const head = e.target.closest(".step-head");
  if (head) {
    selectStep(Number(head.closest(".step").dataset.step), { focus: true });
    return;
  }
  const nav = e.target.closest("[data-nav]");
  if (nav) {
    selectStep(currentStep() + (nav.dataset.nav === "next" ? 1 : -1));
    return;
  }
  const tab = e.target.closest('[role="tab"]');
  if (tab) {
    selectTab(tab.dataset.tab);
    return;
  }
  const dialect = e.target.closest("button[data-dialect]");
  if (dialect) selectDialect(dialect.dataset.dialect);
});

results.querySelector('[role="tablist"]')?.addEventListener("keydown", (e) => {
  if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
  e.preventDefault();
  selectTab(results.dataset.tab === "steps" ? "schema" : "steps", true);
});

document.addEventListener("keydown", (e) => {
  if (e.defaultPrevented) return; // the editor ran it
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    run();
    return;
  }
  if (e.altKey || e.ctrlKey || e.metaKey || isEditable(e.target)) return;
  const inSteps = e.target.closest && e.target.closest("#steps-panel");
  if ((e.key === "n" || e.key === "p") && comparison && results.dataset.tab === "steps") {
    e.preventDefault();
    nextDifference(e.key === "n" ? 1 : -1, Boolean(inSteps) || document.activeElement === document.body);
    return;
  }
  let delta = 0;
  if (e.key === "j" || (inSteps && e.key === "ArrowDown")) delta = 1;
  if (e.key === "k" || (inSteps && e.key === "ArrowUp")) delta = -1;
  if (delta === 0 || results.dataset.tab !== "steps" || steps().length === 0) return;
  e.preventDefault();
  selectStep(currentStep() + delta, { focus: Boolean(inSteps) || document.activeElement === document.body });
});

document.addEventListener("keydown", (e) => {
  if (e.key !== "Escape") return;
  for (const menu of [downloadMenu, settingsMenu]) {
    if (menu.open) {
      menu.open = false;
      menu.querySelector("summary").focus();
    }
  }
});

// A click on "models.py:4:27" in an error panel goes to that place.
document.addEventListener("click", (e) => {
  const loc = e.target.closest(".problem-location");
  if (loc) goTo(loc.dataset.file, Number(loc.dataset.line), Number(loc.dataset.col));
  if (!e.target.closest("#download")) downloadMenu.open = false;
  if (!e.target.closest("#settings")) settingsMenu.open = false;
});

// What stays at the top as the page scrolls (the top bar, or on a phone
// its first row) is as tall as it wraps: the sticky parts below it and
// the scroll margins follow it.
{
  const bar = document.querySelector(".topbar");
  const main = document.querySelector(".topbar-main");
  const measure = () => {
    const h = getComputedStyle(bar).display === "contents" ? main.offsetHeight : bar.offsetHeight;
    // Set only when it changes: every element inherits it, so setting it
    // restyles the whole page (the first frame's second style pass, when
    // the bar is as tall as style.css's default says).
    if (h > 0 && getComputedStyle(root).getPropertyValue("--sticky-top").trim() !== `${h}px`) {
      root.style.setProperty("--sticky-top", `${h}px`);
    }
  };
  new ResizeObserver(measure).observe(bar);
  new ResizeObserver(measure).observe(main);
  addEventListener("resize", measure);
}

const platform = navigator.userAgentData?.platform || navigator.platform || "";
if (/mac|iphone|ipad/i.test(platform)) {
  for (const k of document.querySelectorAll(".shortcut")) k.textContent = "⌘ Enter";
  runButton.title = "Run (⌘ Enter)";
}

// --- start ----------------------------------------------------------------

// primeFonts lays out, hidden, a letter in each font that results, errors,
// a comparison or the editor may use and the first paint may not (the
// .font-primer rules in style.css say why): so that Chromium fetches
// their settings now, and not while it lays out the first trace.
function primeFonts() {
  const box = el("div", "font-primer");
  box.setAttribute("aria-hidden", "true");
  for (const c of ["sans-italic", "mono-italic", "code-italic", "problem", "compare-title", "compare-badge", "compare-small"]) {
    box.append(el("span", c, "a"));
  }
  document.body.append(box);
}

// restore picks what the editors start with: a share link first, then an
// example asked for by name, then the last session of this browser; the
// server-rendered example otherwise. Anything but the rendered example is
// run as soon as the engine is ready.
async function restore() {
  const rendered = { m: models(), s: shell() };
  if (root.dataset.snippet && !location.hash.startsWith("#s=") && !params.get("example")) {
    // A short link's page (/s/ID): the Worker rendered its snippet into
    // the editors; it runs as soon as the engine is ready, at its step.
    // With the trace recorded when it was shared, the page shows that
    // trace meanwhile, at that step, and the run replaces it in place.
    const ex = exampleMatching(rendered.m, rendered.s);
    if (ex) setSource(ex.m, ex.s, ex);
    if (!trace.hasAttribute("data-recorded")) stepWanted = Number(root.dataset.step) || 1;
    pendingRun = true;
    return;
  }
  if (location.hash.startsWith("#s=")) {
    const state = await openLink();
    if (!state) return;
    stepWanted = state.st || 1;
    pendingRun = true;
    return;
  }
  if (params.get("example")) {
    if (params.get("example") !== exampleMenu?.value && !loadExample(params.get("example"))) {
      notify(`There is no example called “${params.get("example")}”.`, "error");
    }
    return;
  }
  if (embed) return;
  const state = readSaved();
  if (!state) return;
  const ex = exampleMatching(state.m, state.s);
  // An example saved before versions existed is the example: it opens as
  // the page does. The reader's own snippet opens as it ran.
  if (ex && state.django === undefined) state.django = DEFAULT_DJANGO;
  setSource(state.m, state.s, ex);
  setSession(readSession(state));
  lastRan = state.ran === true;
  if (state.m === rendered.m && state.s === rendered.s && sameSession(session, renderedSession)) {
    trace.classList.remove("stale");
    selectStep(state.st || 1, { scroll: false });
    return;
  }
  if (state.ran === true || (ex && state.ran === undefined)) {
    // The page shows another snippet's trace: open the step once it has run.
    stepWanted = state.st || 1;
    pendingRun = true;
    return;
  }
  // A snippet whose last run was not the reader's (a shared link's) or did
  // not finish: its code is back, its run waits for Run.
  showNotRun();
}

// showNotRun puts a word where the trace goes, in place of the example's
// trace the server rendered.
function showNotRun() {
  problems.replaceChildren();
  const p = el("p", "placeholder", "Your snippet from your last visit. Press Run to run it.");
  trace.replaceChildren(p);
  trace.classList.remove("stale");
  comparison = null;
  showComparison();
}

// exampleMatching is the example whose files are exactly m and s, if any:
// a snippet that is an example opens as that example, with its title.
function exampleMatching(m, s) {
  const t = $("examples");
  if (!t) return null;
  for (const box of t.content.children) {
    const ex = exampleData(box.dataset.name);
    if (ex && ex.m === m && ex.s === s) return ex;
  }
  return null;
}

// openLink puts the snippet of a share link (#s=…) in the editors, with
// its version and settings, and returns its state, or null (said so) when
// it cannot be read.
async function openLink() {
  try {
    const state = await decodeState(location.hash.slice(1));
    setSource(state.m, state.s, exampleMatching(state.m, state.s));
    setSession(state);
    lastRan = false;
    saveNow(); // the editors are kept; the link's run is not replayed
    showView("result");
    return state;
  } catch (err) {
    console.warn("share link", err);
    notify(err instanceof LinkTooLarge
      ? `${err.message} Showing the example instead.`
      : "This link's snippet could not be read (it may have been cut short). Showing the example instead.", "error");
    return null;
  }
}

// A share link pasted in the address bar of this tab changes the fragment
// only: open it as a new page would.
window.addEventListener("hashchange", async () => {
  if (!location.hash.startsWith("#s=")) return;
  const state = await openLink();
  if (!state) return;
  stepWanted = state.st || 1;
  run({ auto: true });
});

const restored = restore().then(() => {
  // Once the engine has loaded (else loadEngine runs it when it has).
  if (pendingRun && engineLoaded) {
    pendingRun = false;
    run({ auto: true });
  }
});

showSession();
selectStep(currentStep(), { scroll: false });
// The engine starts once the page has painted (its download and
// compilation would share the cores with the first layout); the editors
// upgrade once it has made its first run (EDITOR_WAIT). Their chunks are
// fetched and parsed (off the main thread) from the first paint on:
// asked for sooner, they held the first paint back.
afterPaint(loadEngine);
afterPaint(() => import(EDITOR_URL).then((loader) => loader.preloadEditor(), () => {}));
afterPaint(primeFonts);
