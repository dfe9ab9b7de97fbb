// Assembles make bench's peer page: real Django 5.2 in Pyodide, served only
// by the benchmark (bench_test.go), never by the product.
//
//   node bench/peer/build.mjs SITE OUT
//
// SITE is a dist-packages folder unpacked from Debian's python3-django,
// python3-asgiref and python3-sqlparse (the Makefile's `peer` target runs
// dpkg -x); OUT receives the page: index.html, peer.js, sqlite.html,
// sqlite.js, pyodide/ and sqlite-wasm/ (from node_modules, installed by
// `npm ci` in bench/peer), and django.zip.
//
// django.zip holds Django, asgiref and sqlparse compiled to .pyc by the
// same Pyodide (Python 3.14) that runs them, loaded here in Node: sourceless
// .pyc files (what compileall -b writes), so the page compiles no Python
// source of theirs. It leaves out what an ORM playground never loads and
// that is most of the package's bytes: the translations other than
// English (Django needs en's for its default language), the static files
// and the templates. It is stored, not deflated: the benchmark's server
// sends it brotli-compressed, as a CDN would.
import { loadPyodide } from "pyodide";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const [site, out] = process.argv.slice(2);
if (!site || !out) {
  console.error("usage: node bench/peer/build.mjs SITE-PACKAGES OUT");
  process.exit(2);
}

const py = await loadPyodide({ indexURL: path.join(here, "node_modules/pyodide") + "/" });
const top = ["django", "asgiref", "sqlparse"];

// keep says whether a file or folder under SITE goes into the page.
function keep(rel, isDir) {
  const parts = rel.split("/");
  const name = parts.at(-1);
  if (isDir) {
    if (name === "__pycache__" || name === "static" || name === "templates") return false;
    // django/conf/locale/XX/LC_MESSAGES: English only.
    if (name === "LC_MESSAGES") return parts.at(-2) === "en";
    return true;
  }
  return name.endsWith(".py") || (name.endsWith(".mo") && rel.includes("/locale/en/"));
}

let files = 0;
function copy(rel) {
  for (const e of fs.readdirSync(path.join(site, rel), { withFileTypes: true })) {
    const r = `${rel}/${e.name}`;
    if (!keep(r, e.isDirectory())) continue;
    if (e.isDirectory()) {
      py.FS.mkdirTree(`/build/${r}`);
      copy(r);
    } else {
      py.FS.writeFile(`/build/${r}`, fs.readFileSync(path.join(site, r)));
      files++;
    }
  }
}
for (const t of top) {
  if (!fs.existsSync(path.join(site, t))) {
    console.error(`build.mjs: ${path.join(site, t)} is missing`);
    process.exit(1);
  }
  py.FS.mkdirTree(`/build/${t}`);
  copy(t);
}

py.runPython(`
import compileall, os, sys, zipfile
ok = all(compileall.compile_dir("/build/" + t, quiet=1, legacy=True, workers=1) for t in ${JSON.stringify(top)})
if not ok:
    sys.exit("compileall failed")
with zipfile.ZipFile("/build.zip", "w", zipfile.ZIP_STORED) as z:
    for t in ${JSON.stringify(top)}:
        for d, dirs, names in sorted(os.walk("/build/" + t)):
            dirs.sort()
            for n in sorted(names):
                if n.endswith(".py"):
                    continue  # the .pyc beside it replaces it
                p = os.path.join(d, n)
                z.write(p, os.path.relpath(p, "/build"))
`);

fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, "django.zip"), py.FS.readFile("/build.zip"));

// The page and the runtimes beside it.
for (const f of ["index.html", "peer.js", "rerun.py", "sqlite.html", "sqlite.js"]) {
  fs.copyFileSync(path.join(here, f), path.join(out, f));
}
const pyodideFiles = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"];
fs.mkdirSync(path.join(out, "pyodide"), { recursive: true });
for (const f of pyodideFiles) {
  fs.copyFileSync(path.join(here, "node_modules/pyodide", f), path.join(out, "pyodide", f));
}
fs.mkdirSync(path.join(out, "sqlite-wasm"), { recursive: true });
for (const f of ["index.mjs", "sqlite3.wasm"]) {
  fs.copyFileSync(path.join(here, "node_modules/@sqlite.org/sqlite-wasm/dist", f), path.join(out, "sqlite-wasm", f));
}
console.log(`${out}: ${files} files of ${top.join(", ")} in django.zip (${(fs.statSync(path.join(out, "django.zip")).size / 1e6).toFixed(2)} MB, stored)`);
