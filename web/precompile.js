// precompileWasm(module, fromLast) has V8 compile the functions a cold
// engine's first run calls, without running any of them. Both workers
// load this file: the engine's (engine.js, an import) and the warm-up
// worker (warm.js, importScripts).
//
// V8 compiles a wasm function the first time it is called, on the calling
// thread, and shares the code with every instance of the module, in every
// worker; a cold engine's first run used to spend most of its time so, one
// function at a time. The build (`go run ./wasm/build precompile`) exports
// those functions as pc0, pc1, ... and starts each with a test of the
// module's "precompile" global, which makes it return at once when set.
// Called here, from an instance of their own with stub imports and that
// global set, they are compiled and return. The engine's worker calls them
// from the first and the warm-up worker from the last (fromLast), so that
// on two cores each compiles about half: a function already compiled is
// only a call. It resolves to how many there are: 0 for a module built
// without them.
globalThis.precompileWasm = async (module, fromLast) => {
  const stubs = {};
  for (const imp of WebAssembly.Module.imports(module)) {
    if (imp.kind === "function") (stubs[imp.module] ??= {})[imp.name] = () => {};
  }
  const { exports } = await WebAssembly.instantiate(module, stubs);
  if (!exports.precompile) return 0;
  exports.precompile.value = 1;
  let n = 0;
  while (exports["pc" + n]) n++;
  for (let i = 0; i < n; i++) exports["pc" + (fromLast ? n - 1 - i : i)]();
  return n;
};
