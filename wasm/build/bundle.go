package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// bundleEditor bundles the editor module at entry (web/editor/main.js) and
// the npm packages it imports (installed by `npm ci` from
// package-lock.json) into one minified ES module at out (web/editor.js),
// with esbuild's Go API.
func bundleEditor(entry, out string) error {
	if _, err := os.Stat("node_modules/@codemirror/view"); err != nil {
		return fmt.Errorf("the editor's packages are not installed: run `npm ci` (%v)", err)
	}
	res := api.Build(api.BuildOptions{
		EntryPoints:       []string{entry},
		Outfile:           out,
		Bundle:            true,
		Format:            api.FormatESModule,
		Target:            api.ES2020,
		MinifyWhitespace:  true,
		MinifyIdentifiers: true,
		MinifySyntax:      true,
		LegalComments:     api.LegalCommentsEndOfFile,
		Write:             false,
		LogLevel:          api.LogLevelWarning,
	})
	if len(res.Errors) > 0 {
		msgs := api.FormatMessages(res.Errors, api.FormatMessagesOptions{Kind: api.ErrorMessage})
		return fmt.Errorf("esbuild:\n%s", strings.Join(msgs, ""))
	}
	for _, f := range res.OutputFiles {
		if err := writeFile(f.Path, f.Contents); err != nil {
			return err
		}
		fmt.Printf("%s: %d bytes\n", filepath.Base(f.Path), len(f.Contents))
	}
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
