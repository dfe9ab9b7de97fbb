// make bench's peer: a page that runs real Django in the tab. It loads
// Pyodide (npm pyodide 314.0.8: Python 3.14 with _sqlite3 built in) and
// django.zip (Debian's Django 5.2, asgiref and sqlparse as .pyc, see
// build.mjs), decodes the snippet of the link's fragment (ormfiddle's share
// link format: #s= base64url of deflate-raw JSON {m, s}) and runs the
// conformance tracer (django_trace.py) on it, as the goldens were recorded.
// It paints the steps, and Run traces the snippet again in the warm
// interpreter. It marks what the benchmark reads as ormfiddle's page does:
// data-script once its script runs, data-engine="ready" and the
// "ormfiddle-interactive" mark when it can run, data-runs and data-run-ms
// after each run; window.peerResult is the last trace, which the
// benchmark checks against the golden.
import { loadPyodide } from "./pyodide/pyodide.mjs";

const root = document.documentElement;
root.dataset.script = "1";
const status = document.getElementById("status");
const runButton = document.getElementById("run");
const traceBox = document.getElementById("trace");

async function decodeSnippet() {
  const text = location.hash.slice(3).replace(/-/g, "+").replace(/_/g, "/");
  const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  const out = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return JSON.parse(await new Response(out).text());
}

function paint(result, ms) {
  const box = document.createDocumentFragment();
  const ddl = document.createElement("pre");
  ddl.textContent = result.ddl.join(";\n");
  box.append(ddl);
  if (result.error) {
    const p = document.createElement("p");
    p.className = "err";
    p.textContent = result.error;
    box.append(p);
  }
  for (const st of result.steps) {
    const div = document.createElement("div");
    div.className = "step";
    const code = document.createElement("pre");
    code.textContent = ">>> " + st.code;
    div.append(code);
    for (const text of [st.sql.join("\n"), st.output, st.error]) {
      if (!text) continue;
      const pre = document.createElement("pre");
      pre.textContent = text;
      if (text === st.error) pre.className = "err";
      div.append(pre);
    }
    box.append(div);
  }
  traceBox.replaceChildren(box);
  status.textContent = `Ran in ${Math.round(ms)} ms`;
}

async function main() {
  const [pyodide, zip, snippet] = await Promise.all([
    loadPyodide({
      indexURL: new URL("./pyodide/", import.meta.url).href,
      // As reference.sh runs the tracer; Pyodide runs Python inside an
      // event loop, where Django refuses synchronous database calls.
      env: { PYTHONHASHSEED: "0", DJANGO_ALLOW_ASYNC_UNSAFE: "true", HOME: "/home/pyodide" },
    }),
    fetch("django.zip").then((r) => r.arrayBuffer()),
    decodeSnippet(),
    Promise.all(["django_trace.py", "rerun.py"].map((f) => fetch(f).then((r) => r.text()))).then(([tracer, rerun]) => {
      files = { tracer, rerun };
    }),
  ]);
  pyodide.unpackArchive(zip, "zip", { extractDir: "/lib/python3.14/site-packages" });
  pyodide.FS.mkdirTree("/peer");
  pyodide.FS.mkdirTree("/case");
  pyodide.FS.writeFile("/peer/django_trace.py", files.tracer);
  pyodide.FS.writeFile("/peer/rerun.py", files.rerun);
  pyodide.FS.writeFile("/case/models.py", snippet.m);
  pyodide.FS.writeFile("/case/shell.py", snippet.s);
  pyodide.runPython("import sys; sys.path.insert(0, '/peer')");
  const trace = pyodide.pyimport("rerun").trace;
  performance.mark("ormfiddle-interactive");
  root.dataset.engine = "ready";
  status.textContent = "Running…";

  function run() {
    const t0 = performance.now();
    const result = JSON.parse(trace());
    const ms = performance.now() - t0;
    window.peerResult = result;
    root.dataset.runMs = ms.toFixed(1);
    paint(result, ms);
    root.dataset.runs = String(Number(root.dataset.runs || 0) + 1);
  }
  run();
  runButton.disabled = false;
  runButton.addEventListener("click", run);
}

let files;
main().catch((err) => {
  console.error(err);
  root.dataset.engine = "failed";
  status.textContent = `Failed: ${err.message}`;
});
