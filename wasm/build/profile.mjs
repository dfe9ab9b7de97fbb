// The precompile step's profile (go run ./wasm/build precompile): runs the
// engine's wasm in Node, on one example, the way the page's first run
// does, under V8's --trace-wasm-compilation-times, which prints a line for
// each function V8 compiles. The Go side reads the functions compiled with
// Liftoff (the lazy compilations) between its two marks.
//
//   node --trace-wasm-compilation-times profile.mjs WASM_EXEC WASM MODELS SHELL
import fs from "node:fs";

const [wasmExec, wasmFile, models, shell] = process.argv.slice(2);
await import(wasmExec);
const module = await WebAssembly.compile(fs.readFileSync(wasmFile));
console.log("ormfiddle-profile: start");
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
console.log(`ormfiddle-profile: done ${res?.ok === true}`);
process.exit(0);
