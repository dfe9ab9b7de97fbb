package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// bundleEditor bundles the editor's loader at entry (web/editor/load.js),
// the editor module it imports (web/editor/main.js) and the npm packages
// they import (installed by `npm ci` from package-lock.json) into
// minified ES modules, with esbuild's Go API: the loader at out
// (web/editor.js) and the code split into chunks beside it, named
// NAME-HASH.js for out's NAME.js (web/editor-*.js), a package's own code
// in a chunk of its own. The loader's EDITOR_CHUNKS becomes the list of
// the chunks' file names once esbuild has named them (a chunk's name
// hashes its content and the chunks it imports, never the loader).
// Chunks of an earlier build left beside out are removed.
func bundleEditor(entry, out string) error {
	if _, err := os.Stat("node_modules/@codemirror/view"); err != nil {
		return fmt.Errorf("the editor's packages are not installed: run `npm ci` (%v)", err)
	}
	dir, name := filepath.Dir(out), strings.TrimSuffix(filepath.Base(out), ".js")
	const placeholder = `"EDITOR_CHUNKS, named by the build"`
	res := api.Build(api.BuildOptions{
		EntryPointsAdvanced: []api.EntryPoint{{InputPath: entry, OutputPath: name}},
		Outdir:              dir,
		EntryNames:          "[name]",
		ChunkNames:          name + "-[hash]",
		Bundle:              true,
		Splitting:           true,
		Format:              api.FormatESModule,
		Target:              api.ES2020,
		Define:              map[string]string{"EDITOR_CHUNKS": placeholder},
		MinifyWhitespace:    true,
		MinifyIdentifiers:   true,
		MinifySyntax:        true,
		LegalComments:       api.LegalCommentsEndOfFile,
		Write:               false,
		LogLevel:            api.LogLevelWarning,
	})
	if len(res.Errors) > 0 {
		msgs := api.FormatMessages(res.Errors, api.FormatMessagesOptions{Kind: api.ErrorMessage})
		return fmt.Errorf("esbuild:\n%s", strings.Join(msgs, ""))
	}
	var chunks []string
	loader := -1
	for i, f := range res.OutputFiles {
		if base := filepath.Base(f.Path); base == name+".js" {
			loader = i
		} else {
			chunks = append(chunks, base)
		}
	}
	slices.Sort(chunks)
	if loader < 0 {
		return fmt.Errorf("esbuild wrote no %s.js", name)
	}
	list, err := json.Marshal(chunks)
	if err != nil {
		return err
	}
	code := res.OutputFiles[loader].Contents
	if n := bytes.Count(code, []byte(placeholder)); n != 1 {
		return fmt.Errorf("%s: EDITOR_CHUNKS is there %d times, not once", entry, n)
	}
	res.OutputFiles[loader].Contents = bytes.Replace(code, []byte(placeholder), list, 1)
	// A chunk's compressed forms, and the note of their quality
	// (compress.go), go with it.
	stale, err := filepath.Glob(filepath.Join(dir, name+"-*.js*"))
	if err != nil {
		return err
	}
	notes, err := filepath.Glob(filepath.Join(dir, "."+name+"-*.js.quality"))
	if err != nil {
		return err
	}
	for _, f := range append(stale, notes...) {
		chunk := strings.TrimPrefix(filepath.Base(f), ".")
		for _, ext := range []string{".br", ".gz", ".quality"} {
			chunk = strings.TrimSuffix(chunk, ext)
		}
		if !slices.Contains(chunks, chunk) {
			if err := os.Remove(f); err != nil {
				return err
			}
		}
	}
	total := 0
	for _, f := range res.OutputFiles {
		if err := writeFile(f.Path, f.Contents); err != nil {
			return err
		}
		total += len(f.Contents)
	}
	fmt.Printf("%s: %d bytes, and %d chunks: %d bytes in all\n", filepath.Base(out), len(res.OutputFiles[loader].Contents), len(chunks), total)
	return nil
}

// writeFile writes data to name through a temporary file, so that a
// server never sees half a file.
func writeFile(name string, data []byte) error {
	tmp := name + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, name)
}
