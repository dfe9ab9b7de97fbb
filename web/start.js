// The engine's Web Worker, made as soon as the page's head has been read.
// An async script, this runs as it arrives (in Chromium, once the page has
// first painted), where app.js, a module script, runs only once the whole
// page is parsed, and makes the engine's worker only once it has read a
// share link and the wasm's response has begun, by when the editors'
// upgrade may hold the main thread. A worker takes a while to start (a
// thread, a JavaScript heap, its scripts fetched, each step a round trip
// through the page's main thread), and the wasm's bytes have nowhere to
// go until it has: made here, its start overlaps the page's own.
// app.js takes the worker (self.ormfiddleEngineWorker) and sends it the
// wasm; an error the worker reports before then (its script did not load)
// is kept as its failed property for app.js to report. Where a worker
// cannot be made here, app.js makes its own, and reports it if it cannot.
try {
  const w = new Worker(new URL("engine.js", document.currentScript.src), { type: "module", name: "ormfiddle engine" });
  w.onerror = (e) => {
    e.preventDefault();
    w.failed = e;
  };
  self.ormfiddleEngineWorker = w;
} catch {
  // app.js makes the worker.
}
