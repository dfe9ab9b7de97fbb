package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// slimmedModule is the module whose packages the workspace replaces.
const slimmedModule = "github.com/a-h/templ"

// bannedImports are the imports the copies lose, with the declarations that
// use them.
var bannedImports = []string{"net/http", "html/template"}

// interfaceStandIns replace uses of single-method interfaces of the banned
// packages by the same method set, which is the same type for a type
// assertion (templ's Buffer.Flush checks for an http.Flusher).
var interfaceStandIns = map[string]string{
	"net/http.Flusher": "interface{ Flush() }",
}

// lineStandIns replace lines of the copies; each line must be found
// exactly once, or the build fails:
//   - a variable the wasm only ever reads at its zero value, by a constant,
//     so that the compiler drops the code behind it: templ's development
//     mode (TEMPL_DEV_MODE, set by `templ generate --watch`) reads the
//     strings of a component from _templ.txt files beside the source,
//     which a wasm never has, and takes in path/filepath's symlink walking,
//     bufio and os.Stat (23 kB raw);
//   - JoinStringErrs, which every { expression } of a template calls,
//     formats its value with fmt.Sprint even when it is a string (an
//     interface conversion and fmt's printer, a quarter of rendering a
//     short link's recorded trace natively): a string is its own text.
var lineStandIns = map[string]string{
	`var developmentMode = os.Getenv("TEMPL_DEV_MODE") == "true"`: `const developmentMode = false`,
	"\treturn fmt.Sprint(s), errors.Join(errs...)":                "\tif v, ok := any(s).(string); ok && len(errs) == 0 {\n\t\treturn v, nil\n\t}\n\treturn fmt.Sprint(s), errors.Join(errs...)",
}

// writeSlimWorkspace writes dir/go.work, a workspace of the main module in
// which slimmedModule is replaced by a copy, in dir/templ, of the packages
// the browser build imports, minus what uses bannedImports. Go does not let
// an overlay replace files of the module cache, hence the workspace.
func writeSlimWorkspace(dir string) error {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	var main struct{ Dir, GoVersion string }
	var mod struct{ Dir, Version string }
	if err := goList(&main, "-m", "-json"); err != nil {
		return err
	}
	if err := goList(&mod, "-m", "-json", slimmedModule); err != nil {
		return err
	}
	copyDir := filepath.Join(dir, "templ")
	if err := os.RemoveAll(copyDir); err != nil {
		return err
	}
	pkgs, err := wasmPackageDirs(main.Dir)
	if err != nil {
		return err
	}
	slimmed := 0
	standIns := map[string]int{}
	for _, pkgDir := range pkgs {
		rel, err := filepath.Rel(mod.Dir, pkgDir)
		if err != nil {
			return err
		}
		n, err := copyPackage(pkgDir, filepath.Join(copyDir, rel), standIns)
		if err != nil {
			return err
		}
		slimmed += n
	}
	for line := range lineStandIns {
		if standIns[line] != 1 {
			return fmt.Errorf("%s: %d copies of %q, want 1: templ changed, see lineStandIns", slimmedModule, standIns[line], line)
		}
	}
	if slimmed == 0 {
		return fmt.Errorf("no file of %s imports %v: the slim workspace is not needed any more", slimmedModule, bannedImports)
	}
	if err := copyFile(filepath.Join(mod.Dir, "go.mod"), filepath.Join(copyDir, "go.mod")); err != nil {
		return err
	}
	work := fmt.Sprintf("go %s\n\nuse %s\n\nreplace %s %s => ./templ\n", main.GoVersion, strconv.Quote(main.Dir), slimmedModule, mod.Version)
	return os.WriteFile(filepath.Join(dir, "go.work"), []byte(work), 0o644)
}

// goList runs `go list args...` and decodes its JSON into v.
func goList(v any, args ...string) error {
	cmd := exec.Command("go", append([]string{"list"}, args...)...)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("go list %v: %w", args, err)
	}
	return json.Unmarshal(out, v)
}

// wasmPackageDirs lists the directories of the packages of slimmedModule
// that ./wasm/browser imports when built for the browser (the Worker,
// built in the same workspace, imports the same ones: another would fail
// its build).
func wasmPackageDirs(mainDir string) ([]string, error) {
	cmd := exec.Command("go", "list", "-deps", "-f", `{{if .Module}}{{if eq .Module.Path "`+slimmedModule+`"}}{{.Dir}}{{end}}{{end}}`, "./wasm/browser")
	cmd.Dir = mainDir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "GOWORK=off")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list -deps ./wasm/browser: %w", err)
	}
	return strings.Fields(string(out)), nil
}

// copyPackage copies the files of one package directory (not its tests nor
// its subdirectories), slimming the Go files that import a banned package
// and replacing the lines of lineStandIns (counted in standIns). It
// returns how many files it slimmed.
func copyPackage(src, dst string, standIns map[string]int) (int, error) {
	entries, err := os.ReadDir(src)
	if err != nil {
		return 0, err
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return 0, err
	}
	slimmed := 0
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || strings.HasSuffix(name, "_test.go") {
			continue
		}
		if !strings.HasSuffix(name, ".go") {
			if err := copyFile(filepath.Join(src, name), filepath.Join(dst, name)); err != nil {
				return 0, err
			}
			continue
		}
		code, err := os.ReadFile(filepath.Join(src, name))
		if err != nil {
			return 0, err
		}
		lines := strings.Split(string(code), "\n")
		for i, l := range lines {
			if c, ok := lineStandIns[l]; ok {
				lines[i] = c
				standIns[l]++
			}
		}
		code = []byte(strings.Join(lines, "\n"))
		out, changed, err := slimFile(filepath.Join(src, name), code)
		if err != nil {
			return 0, err
		}
		if !changed {
			if err := os.WriteFile(filepath.Join(dst, name), code, 0o644); err != nil {
				return 0, err
			}
			continue
		}
		if err := os.WriteFile(filepath.Join(dst, name), out, 0o644); err != nil {
			return 0, err
		}
		slimmed++
	}
	return slimmed, nil
}

// copyFile copies a file, writable by its owner (the module cache is not).
func copyFile(src, dst string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, data, 0o644)
}

// slimFile rewrites one file (src, or read from name if nil): stand-ins for the banned interfaces, then
// without every top-level declaration that still uses a banned package or a
// declaration removed before it, then without the imports left unused. It
// reports whether the file changed.
func slimFile(name string, src []byte) ([]byte, bool, error) {
	fset := token.NewFileSet()
	var text any // the file's text, or read from name
	if src != nil {
		text = src
	}
	f, err := parser.ParseFile(fset, name, text, parser.ParseComments)
	if err != nil {
		return nil, false, err
	}
	banned := map[string]string{} // local name -> import path
	for _, imp := range f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		for _, b := range bannedImports {
			if path == b {
				local := b[strings.LastIndex(b, "/")+1:]
				if imp.Name != nil {
					local = imp.Name.Name
				}
				banned[local] = path
			}
		}
	}
	if len(banned) == 0 {
		return nil, false, nil
	}

	// Stand-ins for interface types, wherever they appear.
	ast.Inspect(f, func(n ast.Node) bool {
		replaceStandIns(n, banned)
		return true
	})

	// Drop declarations until none left uses a banned or dropped name.
	dropped := map[string]bool{}
	var kept []ast.Decl
	var removed []ast.Decl
	for changed := true; changed; {
		changed = false
		kept = kept[:0]
		for _, d := range f.Decls {
			if isImport(d) || !usesAny(d, banned, dropped) {
				kept = append(kept, d)
				continue
			}
			removed = append(removed, d)
			for _, n := range declaredNames(d) {
				dropped[n] = true
			}
			changed = true
		}
		f.Decls = append([]ast.Decl(nil), kept...)
	}

	// Comments inside removed declarations go with them.
	var comments []*ast.CommentGroup
	for _, c := range f.Comments {
		inside := false
		for _, d := range removed {
			start := d.Pos()
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Doc != nil {
				start = fd.Doc.Pos()
			}
			if gd, ok := d.(*ast.GenDecl); ok && gd.Doc != nil {
				start = gd.Doc.Pos()
			}
			if c.Pos() >= start && c.End() <= d.End() {
				inside = true
				break
			}
		}
		if !inside {
			comments = append(comments, c)
		}
	}
	f.Comments = comments

	removeUnusedImports(f)
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, f); err != nil {
		return nil, false, err
	}
	return buf.Bytes(), true, nil
}

// replaceStandIns rewrites, in the fields of n, selector expressions such as
// http.Flusher into their stand-in interface types.
func replaceStandIns(n ast.Node, banned map[string]string) {
	standIn := func(e ast.Expr) ast.Expr {
		sel, ok := e.(*ast.SelectorExpr)
		if !ok {
			return e
		}
		x, ok := sel.X.(*ast.Ident)
		if !ok || banned[x.Name] == "" {
			return e
		}
		src, ok := interfaceStandIns[banned[x.Name]+"."+sel.Sel.Name]
		if !ok {
			return e
		}
		t, err := parser.ParseExpr(src)
		if err != nil {
			panic(err)
		}
		return t
	}
	switch n := n.(type) {
	case *ast.TypeAssertExpr:
		n.Type = standIn(n.Type)
	case *ast.Field:
		n.Type = standIn(n.Type)
	case *ast.ValueSpec:
		if n.Type != nil {
			n.Type = standIn(n.Type)
		}
	}
}

// isImport reports whether d is an import declaration.
func isImport(d ast.Decl) bool {
	gd, ok := d.(*ast.GenDecl)
	return ok && gd.Tok == token.IMPORT
}

// usesAny reports whether d refers to a banned package or a dropped name,
// or is a method of a dropped type.
func usesAny(d ast.Decl, banned map[string]string, dropped map[string]bool) bool {
	found := false
	ast.Inspect(d, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if x, ok := n.X.(*ast.Ident); ok && banned[x.Name] != "" {
				found = true
			}
		case *ast.Ident:
			if dropped[n.Name] {
				found = true
			}
		}
		return true
	})
	return found
}

// declaredNames lists the top-level names d declares (methods declare none).
func declaredNames(d ast.Decl) []string {
	var names []string
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Recv == nil {
			names = append(names, d.Name.Name)
		}
	case *ast.GenDecl:
		for _, s := range d.Specs {
			switch s := s.(type) {
			case *ast.TypeSpec:
				names = append(names, s.Name.Name)
			case *ast.ValueSpec:
				for _, n := range s.Names {
					names = append(names, n.Name)
				}
			}
		}
	}
	return names
}

// removeUnusedImports drops the named-package imports that no selector of
// the file refers to any more.
func removeUnusedImports(f *ast.File) {
	used := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if x, ok := sel.X.(*ast.Ident); ok {
				used[x.Name] = true
			}
		}
		return true
	})
	var imports []*ast.ImportSpec
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		var specs []ast.Spec
		for _, s := range gd.Specs {
			imp := s.(*ast.ImportSpec)
			path, _ := strconv.Unquote(imp.Path.Value)
			local := path[strings.LastIndex(path, "/")+1:]
			if imp.Name != nil {
				local = imp.Name.Name
			}
			if local == "_" || local == "." || used[local] {
				specs = append(specs, s)
				imports = append(imports, imp)
			}
		}
		gd.Specs = specs
	}
	f.Imports = imports
	decls := f.Decls[:0]
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT && len(gd.Specs) == 0 {
			continue
		}
		decls = append(decls, d)
	}
	f.Decls = decls
}
