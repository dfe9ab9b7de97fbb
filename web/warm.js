// A second instance of the engine, in a Web Worker, that has V8 optimise
// the engine's hot code while the page's own instance waits for the
// reader. V8 compiles a function of the wasm module the first time any of
// its instances calls it, and recompiles the hot ones with its optimising
// tier, once for all instances: what this worker runs hot, the page's
// engine then finds optimised.
//
// The page makes this worker with itself, and sends it two messages:
//   {precompile: module}
//     as soon as the engine's worker has compiled the module: have V8
//     compile the functions a first run calls, from the last while the
//     engine's worker does so from the first (see precompile.js);
//     no answer
//   {module, heat, times, ms}
//     once the page's first run is painted:
//     instantiate the compiled module (the engine's), start Go, and run
//     that session (heat, a run's options) up to times times, for at most
//     ms milliseconds; answers {heated: runs}, or {err, heated: 0} when it
//     could not start
// The page ends the worker after the answer.
importScripts("wasm_exec.js", "precompile.js");

onmessage = async (e) => {
  if (e.data.precompile) {
    // Nothing to answer: the page hears from this worker only after its runs.
    await precompileWasm(e.data.precompile, true).catch((err) => console.warn("engine precompile:", err));
    return;
  }
  let n = 0;
  try {
    const go = new Go();
    const instance = await WebAssembly.instantiate(e.data.module, go.importObject);
    go.run(instance);
    const t0 = performance.now();
    while (n < e.data.times && performance.now() - t0 < e.data.ms) {
      const r = globalThis.ormfiddle.run(e.data.heat);
      n++;
      if (!r || !r.ok) break;
    }
  } catch (err) {
    postMessage({ err: String(err), heated: n });
    return;
  }
  postMessage({ heated: n });
};
