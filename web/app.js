// The page's glue: it loads the engine (Go compiled to WebAssembly), runs
// the two editors through it on Run or Ctrl/Cmd+Enter, and swaps in the
// HTML the engine rendered with the same templ components as the server.
//
// The engine is a global `ormfiddle` with one function,
//   ormfiddle.run(models, shell) ->
//     {ok, problemsHTML, traceHTML, error: {file, line, col, message} | null}
// The HTML it returns is escaped by templ, so it goes in with innerHTML.
import "./wasm_exec.js";

const WASM_URL = "ormfiddle.wasm";

const root = document.documentElement;
const runButton = document.getElementById("run");
const statusLine = document.getElementById("status");
const problems = document.getElementById("problems");
const trace = document.getElementById("trace");
const editors = [...document.querySelectorAll("textarea[data-file]")];

// --- editors --------------------------------------------------------------

// refreshEditor sizes a textarea to its lines and renumbers its gutter.
function refreshEditor(textarea) {
  const lines = textarea.value.split("\n").length;
  textarea.rows = Math.max(lines, 4);
  const gutter = textarea.parentElement.querySelector(".gutter");
  while (gutter.childElementCount < lines) {
    const n = document.createElement("span");
    n.textContent = String(gutter.childElementCount + 1);
    gutter.append(n);
  }
  while (gutter.childElementCount > lines) {
    gutter.lastElementChild.remove();
  }
  showErrorLine(textarea);
}

// showErrorLine draws the marks of textarea's data-error-line, if any: the
// gutter number and a band behind the line.
function showErrorLine(textarea) {
  const line = Number(textarea.dataset.errorLine || 0);
  const body = textarea.parentElement;
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

function editorFor(file) {
  return editors.find((t) => t.dataset.file === file);
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

// goTo puts the caret of file's editor at line:col and shows that line.
function goTo(file, line, col) {
  const textarea = editorFor(file);
  if (!textarea) return;
  const at = offsetOf(textarea.value, line, col);
  textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(at, at);
  textarea.parentElement
    .querySelector(`.gutter > :nth-child(${line})`)
    ?.scrollIntoView({ block: "nearest" });
}

// markError marks the line of a load error in its editor, and clears the
// marks of the others; markError(null) clears them all.
function markError(err) {
  for (const t of editors) {
    if (err && t.dataset.file === err.file) {
      t.dataset.errorLine = String(err.line);
    } else {
      delete t.dataset.errorLine;
    }
    showErrorLine(t);
  }
}

for (const t of editors) {
  t.addEventListener("input", () => refreshEditor(t));
  refreshEditor(t);
}

// --- the engine -----------------------------------------------------------

let wasmModule = null; // compiled once, instantiated again after a crash
let engine = null; // the ormfiddle global of the running instance

function setStatus(text, state) {
  statusLine.textContent = text;
  root.dataset.engine = state;
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
  } catch (err) {
    console.error(err);
    setStatus(`The engine did not load (${err.message}).`, "failed");
  }
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
  runButton.disabled = false;
}

// restart replaces a dead instance with a fresh one of the same module.
async function restart() {
  engine = null;
  runButton.disabled = true;
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
  if (!wasmModule) return; // not loaded (yet)
  if (!engine) await restart();
  if (!engine) return;
  const models = editorFor("models.py").value;
  const shell = editorFor("shell.py").value;
  const t0 = performance.now();
  let res;
  try {
    res = engine.run(models, shell);
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
    markError(null);
    setStatus(`Ran in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`, "ready");
  } else {
    trace.classList.add("stale");
    markError(res.error);
    if (res.error) goTo(res.error.file, res.error.line, res.error.col);
    setStatus(res.error ? "Could not load the source" : "The engine failed", "ready");
  }
  root.dataset.runs = String(Number(root.dataset.runs || 0) + 1);
}

// --- wiring ---------------------------------------------------------------

runButton.addEventListener("click", run);

document.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    run();
  }
});

// A click on "models.py:4:27" in an error panel goes to that place.
document.addEventListener("click", (e) => {
  const loc = e.target.closest(".problem-location");
  if (loc) goTo(loc.dataset.file, Number(loc.dataset.line), Number(loc.dataset.col));
});

const platform = navigator.userAgentData?.platform || navigator.platform || "";
if (/mac|iphone|ipad/i.test(platform)) {
  for (const k of document.querySelectorAll(".shortcut")) k.textContent = "⌘ Enter";
  runButton.title = "Run (⌘ Enter)";
}

loadEngine();
