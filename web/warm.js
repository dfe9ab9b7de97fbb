// A second instance of the engine, in a Web Worker, that runs the SQL
// every first session runs (ormfiddle.warm()) while the page's own
// instance starts: the browser compiles each function of the wasm module
// the first time any of its instances calls it, once for all of them, so
// the page's first run finds SQLite's code compiled, on another core.
// The page posts the compiled module, then ends the worker when it answers.
importScripts("wasm_exec.js");

onmessage = async (e) => {
  const go = new Go();
  const instance = await WebAssembly.instantiate(e.data.module, go.importObject);
  go.run(instance);
  postMessage({ err: globalThis.ormfiddle.warm() });
};
