// The editor's loader: the entry of web/editor.js. `go run ./wasm/build
// bundle` splits CodeMirror into chunks (web/editor-*.js), and this module
// evaluates them one per task, so that no task of the page's main thread
// holds all of CodeMirror's start (a single bundle took 40 to 60 ms of CPU
// in one task on a 2-core machine, twice that in wall time while the
// engine's workers compiled). app.js calls loadEditor once the page's
// first run is painted.

// EDITOR_CHUNKS is the list of the chunks' file names, which the build
// writes in once esbuild has named them (wasm/build/bundle.go).
/* global EDITOR_CHUNKS */

// The packages in the order they depend on each other: each import
// evaluates the chunk of its own code, the ones before it being evaluated
// already.
const STEPS = [
  () => import("@codemirror/state"),
  () => import("@codemirror/view"),
  () => import("@lezer/highlight"),
  () => import("@codemirror/language"),
  () => import("@codemirror/commands"),
  () => import("@codemirror/lint"),
  () => import("@codemirror/autocomplete"),
  () => import("@lezer/python"),
];

// preloadEditor asks for every chunk at once (modulepreload: each is
// fetched and parsed, off the main thread, and not run), once.
let preloaded = false;
export function preloadEditor() {
  if (preloaded) return;
  preloaded = true;
  for (const name of EDITOR_CHUNKS) {
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = new URL(name, import.meta.url).href;
    document.head.append(link);
  }
}

// loadEditor resolves to the editor module (main.js: createEditor), its
// chunks evaluated a package at a time, nextTask() between them.
export async function loadEditor(nextTask) {
  preloadEditor();
  for (const step of STEPS) {
    await step();
    await nextTask();
  }
  return import("./main.js");
}
