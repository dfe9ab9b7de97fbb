// The engine's Web Worker: the Go engine (ormfiddle.wasm) runs here, off
// the page's main thread, so that nothing a snippet does (a loop, a big
// query, a crash) can freeze the tab. app.js starts it, sends it calls as
// messages and answers them when the results come back; to stop a run it
// terminates this worker and starts another.
//
// Messages from the page:
//   {type: "load", url, module}
//     fetch the wasm from url and compile it as its bytes arrive (unless
//     module, the compiled wasm, came: a restart), have V8 compile the
//     functions a first run calls (precompile), then start Go; the worker
//     fetches the wasm itself, so that its bytes never wait for the page's
//     main thread (a stream handed over from the page is pumped by it)
//   {type: "warm", args}
//     once loaded, run args (a run's options) unseen, so the first real
//     run finds the engine's Go heap and JavaScript glue warm
//   {type: "run" | "step" | "database" | "record", id, args}
//     a call of ormfiddle.run(args), ormfiddle.step(args.n, args.other),
//     ormfiddle.database(args), ormfiddle.record(args)
//   {type: "heat", args, times, ms}
//     run the last session (args, a run's options) up to times times more,
//     one run per task, for at most ms milliseconds (a run started by then
//     ends), while no other message comes: its JavaScript glue
//     and Go's heap in this worker are warm when the reader runs it again
//     (any other message ends the heat first); answers "heated" when it
//     has made them all or a message has ended them
//   {type: "tidy"}
//     empty the last run's database and make the next run's Django
//     environment now (ormfiddle.tidy()): the page sends it once it has
//     painted a run's result; else the engine does it 100 ms after the run
//   {type: "die", id, args: {how: "exit" | "throw"}}
//     for the tests: die as a Go fatal error or a JavaScript error would
// Messages to the page:
//   {type: "module", module}      the wasm compiled (the page lends it to
//                                 its warm-up worker, warm.js)
//   {type: "ready", module, ms, precompiled}
//                                 the engine started (module: the compiled
//                                 wasm, for restarts; ms: its start time;
//                                 precompiled: how many functions it had
//                                 V8 compile before Go started, 0 on a
//                                 restart)
//   {type: "warm", ok, ms}        its warm-up run is over (ok: the
//                                 session loaded; ms: how long it took)
//   {type: "heated", runs}        the background runs asked for are made
//   {type: "progress", id, done, total}   statements run so far
//   {type: "result", id, value, ms}       a call's result
//   {type: "crash", id, message}          the engine died: a Go fatal error
//                                         (out of memory), a JavaScript
//                                         error inside it (RangeError);
//                                         this worker is of no further use
//   {type: "failed", message}             the wasm did not load
import "./wasm_exec.js";
import "./precompile.js";

let api = null; // globalThis.ormfiddle once Go has started
let go = null;
let dead = false;
let loaded = null; // load's promise

// What Go writes to stderr (a fatal error's message) goes to the console
// as before; its last lines are kept for the crash report.
let stderr = "";
const decoder = new TextDecoder();
const writeSync = globalThis.fs.writeSync.bind(globalThis.fs);
globalThis.fs.writeSync = (fd, buf) => {
  if (fd === 2) stderr = (stderr + decoder.decode(buf)).slice(-4000);
  return writeSync(fd, buf);
};

const post = (msg, transfer) => self.postMessage(msg, transfer || []);

// crashed tells the page that the engine died, once, with the first line
// of Go's fatal error when there is one ("fatal error: runtime: out of
// memory"), else the JavaScript error's.
function crashed(id, err) {
  if (dead) return;
  dead = true;
  const fatal = stderr.split("\n").find((l) => l.startsWith("fatal error:") || l.startsWith("panic:"));
  const message = fatal || (err && err.message ? `${err.name || "Error"}: ${err.message}` : String(err || "the Go program exited"));
  post({ type: "crash", id, message });
}

async function load({ url, module }) {
  const t0 = performance.now();
  let precompiled = 0;
  try {
    if (!module) {
      module = await WebAssembly.compileStreaming(fetch(url));
      post({ type: "module", module });
      // The functions a first run calls, compiled before Go starts
      // (precompile.js).
      performance.mark("ormfiddle:precompile");
      precompiled = await precompileWasm(module, false);
    }
    go = new Go();
    const instance = await WebAssembly.instantiate(module, go.importObject);
    globalThis.ormfiddle = undefined;
    go.run(instance).finally(() => crashed(0, null));
    api = globalThis.ormfiddle;
    if (!api || typeof api.run !== "function") throw new Error("the wasm did not publish ormfiddle.run");
  } catch (err) {
    post({ type: "failed", message: err.message || String(err) });
    return;
  }
  post({ type: "ready", module, ms: performance.now() - t0, precompiled });
}

// warmUp runs args unseen (the "warm" message), once the engine is loaded.
function warmUp(args) {
  if (dead || !api) return;
  let ok = false;
  const t1 = performance.now();
  try {
    ok = Boolean(api.run(args)?.ok);
  } catch (err) {
    crashed(0, err);
    return;
  }
  post({ type: "warm", ok, ms: performance.now() - t1 });
  // Nothing shows the warm-up run: the engine tidies up after it at once.
  setTimeout(tidy, 0);
}

// tidy empties the last run's database and makes the next run's Django
// environment (ormfiddle.tidy()).
function tidy() {
  if (dead || !api) return;
  try {
    api.tidy();
  } catch (err) {
    crashed(0, err);
  }
}

// call runs one call of the engine and answers it.
function call({ type, id, args }) {
  if (dead) return;
  let value;
  const t0 = performance.now();
  try {
    switch (type) {
      case "run":
        value = api.run({
          ...args,
          // Go calls this after each statement: the page shows the
          // latest when it shows progress.
          progress: (done, total) => post({ type: "progress", id, done, total }),
        });
        break;
      case "step":
        value = api.step(args.n, Boolean(args.other));
        break;
      case "database":
        value = api.database(args);
        break;
      case "record":
        value = api.record(args);
        break;
      case "die":
        // For the tests: the engine dies as it does when Go's runtime
        // exits (a fatal error: out of memory) or when JavaScript throws
        // inside the wasm (a RangeError).
        if (args.how === "exit") {
          stderr += "fatal error: runtime: out of memory (ormfiddle.die)\n";
          go.exited = true;
        } else {
          throw new RangeError("Maximum call stack size exceeded (ormfiddle.die)");
        }
        break;
      default:
        throw new Error(`unknown call ${type}`);
    }
  } catch (err) {
    crashed(id, err);
    return;
  }
  if (go.exited || value === undefined) {
    // The Go program died inside the call (its fatal errors exit).
    crashed(id, null);
    return;
  }
  const transfer = value instanceof Uint8Array ? [value.buffer] : [];
  post({ type: "result", id, value, ms: performance.now() - t0 }, transfer);
}

// heat is the background runs asked for: {args, times, until, runs (made
// so far)}, or null.
let heat = null;

// endHeat ends the background runs and tells the page they are over.
function endHeat() {
  post({ type: "heated", runs: heat.runs });
  heat = null;
}

function heatStep() {
  if (!heat || dead) return;
  if (heat.runs >= heat.times || performance.now() > heat.until) {
    endHeat();
    return;
  }
  try {
    // The session the page shows, run again: the engine keeps the same
    // trace for the page's step details as the run it shows. It tidies
    // up after itself in the same task, so that a call arriving during
    // it finds the next session made.
    if (api.run(heat.args) === undefined || go.exited) crashed(0, null);
    else api.tidy();
    heat.runs++;
  } catch (err) {
    crashed(0, err);
    return;
  }
  setTimeout(heatStep, 0);
}

self.onmessage = (e) => {
  const msg = e.data;
  if (msg.type === "heat") {
    heat = { args: msg.args, times: msg.times, until: performance.now() + msg.ms, runs: 0 };
    setTimeout(heatStep, 0);
    return;
  }
  // A call ends the background runs: they are over for the page too.
  if (heat) endHeat();
  if (msg.type === "load") loaded = load(msg);
  else if (msg.type === "warm") loaded?.then(() => warmUp(msg.args));
  else if (msg.type === "tidy") tidy();
  else call(msg);
};
self.addEventListener("error", (e) => crashed(0, e.error || new Error(e.message)));
self.addEventListener("unhandledrejection", (e) => crashed(0, e.reason));
