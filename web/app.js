// The page's glue. It loads the engine (Go compiled to WebAssembly) and the
// editor (CodeMirror, web/editor.js), runs the two editors through the
// engine on Run or Ctrl/Cmd+Enter, and swaps in the HTML the engine
// rendered with the same templ components as the server. It also drives
// the stepper, the tabs, the examples menu, share links, autosave and the
// downloads.
//
// The engine is a global `ormfiddle` with three functions:
//   ormfiddle.run(models, shell, step) ->
//     {ok, problemsHTML, traceHTML, script, steps, error: {file, line, col, message} | null}
//     (traceHTML holds the detail of the open step only)
//   ormfiddle.step(n) -> the HTML of step n's detail, from the last run
//   ormfiddle.database(models, shell) -> Uint8Array | null
// The HTML it returns is escaped by templ, so it goes in with innerHTML;
// nothing else the page shows (share links, saved sessions, examples) is
// ever parsed as HTML.
import "./wasm_exec.js";

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
  lastError = err;
  for (const [file, ed] of Object.entries(editors)) ed.setError(err && err.file === file ? err : null);
}

function goTo(file, line, col) {
  editors[file]?.goTo(line, col);
}

// upgradeEditors swaps the textareas for CodeMirror once its bundle loads.
async function upgradeEditors() {
  let mod;
  try {
    mod = await import(EDITOR_URL);
  } catch (err) {
    console.warn("the editor did not load; keeping the plain text areas", err);
    return;
  }
  for (const [file, ed] of Object.entries(editors)) {
    const cm = mod.createEditor(ed.textarea, { onRun: run, onChange: changed, label: file });
    cm.textarea = ed.textarea;
    editors[file] = cm;
  }
  markError(lastError);
  showStepLines();
  root.dataset.editor = "codemirror";
}

// --- state: autosave and share links --------------------------------------

function currentState() {
  return { m: models(), s: shell(), st: currentStep(), ex: root.dataset.example || "" };
}

let saveTimer = 0;
function autosave() {
  if (embed) return; // an embedded snippet is the page's, not the reader's
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(currentState()));
    } catch (err) {
      console.warn("autosave failed", err);
    }
  }, 250);
}

function changed() {
  if (root.dataset.example) {
    root.dataset.example = "";
    selectExampleEntry("");
    if (about) about.textContent = "";
  }
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
  const json = new TextEncoder().encode(JSON.stringify({ v: 1, m: state.m, s: state.s, st: state.st }));
  return "s=" + toBase64url(await pipe(json, new CompressionStream("deflate-raw")));
}

async function decodeState(fragment) {
  const data = fromBase64url(fragment.slice(2));
  const json = new TextDecoder().decode(await pipe(data, new DecompressionStream("deflate-raw")));
  const v = JSON.parse(json);
  if (typeof v !== "object" || v === null || typeof v.m !== "string" || typeof v.s !== "string") {
    throw new Error("not a snippet");
  }
  return { m: v.m, s: v.s, st: Number.isInteger(v.st) ? v.st : 1 };
}

// shortLink asks the Worker to store the snippet and returns its short
// link, or null when there is no Worker to ask (or it failed).
async function shortLink(state) {
  const snippet = { models: state.m, shell: state.s, step: state.st, django: state.django, settings: state.settings };
  try {
    const res = await fetch(SHARE_API, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(snippet) });
    if (!(res.headers.get("Content-Type") || "").startsWith("application/json")) return null; // no Worker here
    const body = await res.json();
    if (res.ok && typeof body.id === "string") return new URL(body.url || `/s/${body.id}`, location.href);
    console.warn("the share service refused the snippet:", body.error);
  } catch (err) {
    console.warn("the share service", err);
  }
  return null;
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

let wasmModule = null; // compiled once, instantiated again after a crash
let engine = null; // the ormfiddle global of the running instance
let pendingRun = false; // the editors changed before the engine was ready
let lastScript = null; // the SQL script of the last run
let stepWanted = 0; // the step to open after the next run (a restored session's)

function setStatus(text, state) {
  statusLine.textContent = text;
  statusLine.title = text;
  root.dataset.engine = state === "error" ? "ready" : state;
  statusLine.classList.toggle("status-error", state === "error");
}

function setReady(ready) {
  runButton.disabled = !ready;
  shareButton.disabled = !ready;
  for (const b of downloadMenu.querySelectorAll("button")) b.disabled = !ready;
}

async function loadEngine() {
  setStatus("Loading the engine…", "loading");
  try {
    const go = new Go();
    const { module, instance } = await WebAssembly.instantiateStreaming(fetch(WASM_URL), go.importObject);
    wasmModule = module;
    boot(go, instance);
    performance.mark("ormfiddle-interactive");
    setStatus("Ready", "ready");
    if (pendingRun) {
      pendingRun = false;
      run();
    } else {
      warmUp();
    }
  } catch (err) {
    console.error(err);
    setStatus(`The engine did not load (${err.message}).`, "failed");
  }
}

// warmUp runs the editors once, unseen, when the page is idle: the first
// run of a fresh instance is several times slower than the next ones (the
// browser optimises the hot code as it runs), and it is better paid before
// the first click on Run than after it.
function warmUp() {
  const idle = window.requestIdleCallback || ((f) => setTimeout(f, 200));
  idle(() => {
    if (!engine || root.dataset.runs) return;
    try {
      engine.run(models(), shell(), 1);
      root.dataset.warm = "1";
    } catch (err) {
      console.warn("warm-up run", err);
    }
  }, { timeout: 3000 });
}

// boot runs a Go instance. Its main publishes globalThis.ormfiddle before
// it blocks, which is before go.run returns control here. If the program
// ever exits, the next run starts a new instance.
function boot(go, instance) {
  globalThis.ormfiddle = undefined;
  const done = go.run(instance);
  const api = globalThis.ormfiddle;
  if (!api || typeof api.run !== "function") {
    throw new Error("the wasm did not publish ormfiddle.run");
  }
  engine = api;
  done.finally(() => {
    if (engine === api) engine = null;
  });
  setReady(true);
}

// restart replaces a dead instance with a fresh one of the same module.
async function restart() {
  engine = null;
  setReady(false);
  setStatus("Restarting the engine…", "loading");
  try {
    const go = new Go();
    const instance = await WebAssembly.instantiate(wasmModule, go.importObject);
    boot(go, instance);
    setStatus("Ready", "ready");
  } catch (err) {
    console.error(err);
    setStatus(`The engine did not restart (${err.message}).`, "failed");
  }
}

// showCrash reports an engine that stopped, as text (no HTML from it).
function showCrash(err) {
  const box = document.createElement("div");
  box.className = "problem problem-internal";
  box.setAttribute("role", "alert");
  const title = document.createElement("p");
  title.className = "problem-title";
  title.textContent = "The engine stopped. This is a bug in ormfiddle, not in your code; it has been restarted.";
  const detail = document.createElement("pre");
  detail.className = "problem-source";
  detail.textContent = String(err && err.message ? err.message : err);
  box.append(title, detail);
  problems.replaceChildren(box);
  trace.classList.add("stale");
}

async function run() {
  if (!wasmModule) {
    pendingRun = true;
    return;
  }
  if (!engine) await restart();
  if (!engine) return;
  const step = stepWanted || currentStep();
  stepWanted = 0;
  const t0 = performance.now();
  let res;
  try {
    res = engine.run(models(), shell(), step);
  } catch (err) {
    console.error(err);
    showCrash(err);
    await restart();
    return;
  }
  const ms = performance.now() - t0;
  root.dataset.runMs = ms.toFixed(1);
  problems.innerHTML = res.problemsHTML;
  if (res.ok) {
    trace.innerHTML = res.traceHTML;
    trace.classList.remove("stale");
    selectDialect(results.dataset.dialect);
    lastScript = res.script;
    markError(null);
    selectStep(Math.min(Math.max(step, 1), res.steps), { scroll: false });
    setStatus(`Ran in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`, "ready");
  } else {
    trace.classList.add("stale");
    lastScript = null;
    markError(res.error);
    if (res.error) goTo(res.error.file, res.error.line, res.error.col);
    // The problem panel sits above the (now stale) trace: bring it into
    // view in the results pane, and say it in the status line too.
    results.scrollTop = 0;
    const e = res.error;
    setStatus(e ? `${e.file}:${e.line}:${e.col}: ${e.message}` : "The engine failed", "error");
  }
  root.dataset.runs = String(Number(root.dataset.runs || 0) + 1);
}

// --- the stepper ----------------------------------------------------------

function steps() {
  return [...trace.querySelectorAll(".step-list > .step")];
}

function currentStep() {
  const open = trace.querySelector(".step-list > .step-open");
  return open ? Number(open.dataset.step) : 1;
}

// selectStep opens step n (1-based) and closes the others.
function selectStep(n, { focus = false, scroll = true } = {}) {
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
  if (detail.hasAttribute("data-lazy") && engine) {
    // The engine rendered the open step only; it renders this one now.
    detail.innerHTML = engine.step(n);
    detail.removeAttribute("data-lazy");
  }
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
  showStepLines();
  autosave();
}

// showStepLines bands the lines of shell.py that the open step ran.
function showStepLines() {
  const li = trace.querySelector(".step-list > .step-open");
  const ed = editors["shell.py"];
  if (li && li.dataset.line && !trace.classList.contains("stale")) {
    ed.showStep(Number(li.dataset.line), Number(li.dataset.endLine));
  } else {
    ed.showStep(0, 0);
  }
}

function isEditable(el) {
  return el && (el.isContentEditable || el.tagName === "TEXTAREA" || el.tagName === "INPUT" || el.tagName === "SELECT");
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
function setSource(m, s, example) {
  editors["models.py"].value = m;
  editors["shell.py"].value = s;
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
  autosave();
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

function download(kind) {
  downloadMenu.open = false;
  if (!engine) return;
  const base = root.dataset.example || "ormfiddle";
  if (kind === "sqlite") {
    const db = engine.database(models(), shell());
    if (!db) {
      notify("The snippet does not load, so there is no database to download.", "error");
      return;
    }
    saveFile(`${base}.sqlite3`, "application/vnd.sqlite3", db);
  } else {
    let script = trace.classList.contains("stale") ? null : lastScript;
    if (script === null) {
      const res = engine.run(models(), shell(), 1);
      if (!res.ok) {
        notify("The snippet does not load, so there is no SQL to download.", "error");
        return;
      }
      script = res.script;
    }
    saveFile(`${base}.sql`, "application/sql", script);
  }
}

// --- wiring ---------------------------------------------------------------

runButton.addEventListener("click", run);

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
  let delta = 0;
  if (e.key === "j" || (inSteps && e.key === "ArrowDown")) delta = 1;
  if (e.key === "k" || (inSteps && e.key === "ArrowUp")) delta = -1;
  if (delta === 0 || results.dataset.tab !== "steps" || steps().length === 0) return;
  e.preventDefault();
  selectStep(currentStep() + delta, { focus: Boolean(inSteps) || document.activeElement === document.body });
});

document.addEventListener("keydown", (e) => {
  if (e.key === "Escape" && downloadMenu.open) {
    downloadMenu.open = false;
    downloadMenu.querySelector("summary").focus();
  }
});

// A click on "models.py:4:27" in an error panel goes to that place.
document.addEventListener("click", (e) => {
  const loc = e.target.closest(".problem-location");
  if (loc) goTo(loc.dataset.file, Number(loc.dataset.line), Number(loc.dataset.col));
  if (!e.target.closest("#download")) downloadMenu.open = false;
});

const platform = navigator.userAgentData?.platform || navigator.platform || "";
if (/mac|iphone|ipad/i.test(platform)) {
  for (const k of document.querySelectorAll(".shortcut")) k.textContent = "⌘ Enter";
  runButton.title = "Run (⌘ Enter)";
}

// --- start ----------------------------------------------------------------

// restore picks what the editors start with: a share link first, then an
// example asked for by name, then the last session of this browser; the
// server-rendered example otherwise. Anything but the rendered example is
// run as soon as the engine is ready.
async function restore() {
  const rendered = { m: models(), s: shell() };
  let state = null;
  if (root.dataset.snippet && !location.hash.startsWith("#s=") && !params.get("example")) {
    // A short link's page (/s/ID): the Worker rendered its snippet into
    // the editors; it runs as soon as the engine is ready, at its step.
    stepWanted = Number(root.dataset.step) || 1;
    pendingRun = true;
    return;
  }
  if (location.hash.startsWith("#s=")) {
    try {
      state = await decodeState(location.hash.slice(1));
      setSource(state.m, state.s, null);
    } catch (err) {
      console.warn("share link", err);
      notify("This link's snippet could not be read (it may have been cut short). Showing the example instead.", "error");
    }
  } else if (params.get("example") && params.get("example") !== exampleMenu?.value) {
    if (!loadExample(params.get("example"))) {
      notify(`There is no example called “${params.get("example")}”.`, "error");
    }
    return;
  } else if (!embed && !params.get("example")) {
    try {
      state = JSON.parse(localStorage.getItem(STORAGE_KEY) || "null");
    } catch {
      state = null;
    }
    if (state && typeof state.m === "string" && typeof state.s === "string") {
      const ex = state.ex ? exampleData(state.ex) : null;
      setSource(state.m, state.s, ex && ex.m === state.m && ex.s === state.s ? ex : null);
    } else {
      state = null;
    }
  }
  if (!state) return;
  if (state.m === rendered.m && state.s === rendered.s) {
    trace.classList.remove("stale");
    selectStep(state.st || 1, { scroll: false });
    return;
  }
  // The page shows another snippet's trace: open the step once it has run.
  stepWanted = state.st || 1;
  pendingRun = true;
}

const restored = restore().then(() => {
  if (pendingRun && wasmModule) {
    pendingRun = false;
    run();
  }
});

selectStep(currentStep(), { scroll: false });
upgradeEditors();
restored.finally(loadEngine);
