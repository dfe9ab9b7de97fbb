// A second instance of the engine, in a Web Worker, that teaches V8 the
// engine's code while the page's own instance does the work. V8 compiles a
// function of the wasm module the first time any of its instances calls
// it, and recompiles the hot ones with its optimising tier, once for all
// instances: what this worker runs, the page's engine then finds compiled.
//
// Messages from the page:
//   {module}          instantiate the compiled module and run the SQL every
//                     first session runs (ormfiddle.warm()), while the
//                     page's instance starts; answers {err}
//   {heat, times, ms} after the page's first run: run that session (heat,
//                     a run's options) up to times times, for at most ms
//                     milliseconds, so that its hot code is optimised before
//                     the reader runs it again; answers {heated: runs}
// The page ends the worker after the second answer (or instead of sending
// heat, when the first run failed or was slow).
importScripts("wasm_exec.js");

let started = null;

onmessage = async (e) => {
  if (e.data.module) {
    started = (async () => {
      const go = new Go();
      const instance = await WebAssembly.instantiate(e.data.module, go.importObject);
      go.run(instance);
      return globalThis.ormfiddle.warm();
    })();
    postMessage({ err: await started });
  } else if (e.data.heat) {
    let n = 0;
    if (started) {
      await started;
      const t0 = performance.now();
      while (n < e.data.times && performance.now() - t0 < e.data.ms) {
        const r = globalThis.ormfiddle.run(e.data.heat);
        n++;
        if (!r || !r.ok) break;
      }
    }
    postMessage({ heated: n });
  }
};
