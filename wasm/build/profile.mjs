// The precompile step's profile (go run ./wasm/build precompile): runs the
// engine's wasm in Node, on one example, the way the page's first run
// does, under V8's --trace-wasm-compilation-times, which prints a line for
// each function V8 compiles, to stdout. The Go side reads the functions
// compiled with Liftoff (the lazy compilations) there, and this script's
// one line, whether the run went well, on stderr.
//
//   node --trace-wasm-compilation-times profile.mjs WASM_EXEC WASM MODELS SHELL
import fs from "node:fs";

const [wasmExec, wasmFile, models, shell] = process.argv.slice(2);
// Go's runtime seeds its randomness (map iteration order among it) from
// crypto.getRandomValues: a fixed sequence here makes the run, and so the
// list of functions, the same from one build to the next.
let seed = 0x9e3779b9;
Object.defineProperty(globalThis, "crypto", {
  value: {
    getRandomValues(a) {
      const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
      for (let i = 0; i < bytes.length; i++) {
        seed ^= seed << 13;
        seed ^= seed >>> 17;
        seed ^= seed << 5;
        bytes[i] = seed & 0xff;
      }
      return a;
    },
  },
  configurable: true,
});
await import(wasmExec);
const module = await WebAssembly.compile(fs.readFileSync(wasmFile));
const go = new Go();
go.run(await WebAssembly.instantiate(module, go.importObject));
const res = globalThis.ormfiddle.run({
  models: fs.readFileSync(models, "utf8"),
  shell: fs.readFileSync(shell, "utf8"),
  step: 1,
  compare: "",
  django: "5.2",
  autoField: "django.db.models.BigAutoField",
  useTZ: true,
  appLabel: "",
});
// Not on stdout, where V8's lines wait in the C library's buffer: this
// line could land in the middle of one of them.
process.stderr.write(`ormfiddle-profile: done ${res?.ok === true}\n`);
process.exit(0);
