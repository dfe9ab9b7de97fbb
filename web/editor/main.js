// The page's code editor: CodeMirror 6 with Python highlighting, line
// numbers and error markers. `go run ./wasm/build bundle` builds it with
// esbuild, from the packages that package-lock.json pins (`npm ci`), into
// a chunk of web/editor.js's, which loads it (load.js). app.js upgrades
// each textarea with createEditor once it has loaded; until then the
// textareas work on their own.
import { EditorSelection, EditorState, Prec, StateEffect, StateField, RangeSetBuilder } from "@codemirror/state";
import {
  EditorView, Decoration, ViewPlugin, keymap, lineNumbers, highlightActiveLine,
  highlightActiveLineGutter, drawSelection, highlightSpecialChars,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { bracketMatching, indentOnInput, syntaxHighlighting, HighlightStyle, indentUnit } from "@codemirror/language";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import { python } from "@codemirror/lang-python";
import { tags as t } from "@lezer/highlight";

// Colours come from the page's CSS custom properties, so that the light
// and dark themes of style.css apply to the editor too.
const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword, t.operatorKeyword], color: "var(--tok-keyword)" },
  { tag: [t.string, t.special(t.string)], color: "var(--tok-string)" },
  { tag: [t.number, t.bool, t.null], color: "var(--tok-number)" },
  { tag: t.comment, color: "var(--tok-comment)", fontStyle: "italic" },
  { tag: [t.function(t.variableName), t.function(t.propertyName)], color: "var(--tok-function)" },
  { tag: [t.definition(t.variableName), t.className, t.definition(t.className)], color: "var(--tok-definition)" },
  { tag: t.propertyName, color: "var(--tok-property)" },
  { tag: [t.self, t.standard(t.variableName)], color: "var(--tok-builtin)" },
  { tag: t.meta, color: "var(--tok-comment)" },
]);

const theme = EditorView.theme({
  "&": { backgroundColor: "var(--code-bg)", color: "var(--text)", fontSize: "var(--code-size)" },
  ".cm-content": { fontFamily: "var(--mono)", caretColor: "var(--text)", padding: "8px 0" },
  ".cm-scroller": { fontFamily: "var(--mono)", lineHeight: "var(--code-line)" },
  ".cm-gutters": { backgroundColor: "var(--code-bg)", color: "var(--gutter)", border: "none" },
  ".cm-activeLine": { backgroundColor: "transparent" },
  ".cm-activeLineGutter": { backgroundColor: "transparent" },
  "&.cm-focused .cm-activeLine": { backgroundColor: "var(--active-line)" },
  "&.cm-focused .cm-activeLineGutter": { backgroundColor: "var(--active-line)", color: "var(--text)" },
  "&.cm-focused": { outline: "none" },
  "&.cm-focused .cm-cursor": { borderLeftColor: "var(--text)" },
  ".cm-selectionBackground, &.cm-focused .cm-selectionBackground, ::selection": { backgroundColor: "var(--selection)" },
  ".cm-error-line": { backgroundColor: "var(--error-band)" },
  ".cm-step-line": { backgroundColor: "var(--step-band)" },
  ".cm-tooltip": { backgroundColor: "var(--panel)", color: "var(--text)", border: "1px solid var(--border)" },
  ".cm-diagnostic-error": { borderLeftColor: "var(--error)" },
  ".cm-lintRange-error": { backgroundImage: "none", textDecoration: "underline wavy var(--error)", textUnderlineOffset: "3px" },
  ".cm-matchingBracket": { backgroundColor: "var(--selection)", outline: "none" },
});

// Line bands: the error's line, and the lines of the step shown.
const setBands = StateEffect.define();
const bands = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) if (e.is(setBands)) deco = e.value;
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

function bandDecorations(doc, marks) {
  const b = new RangeSetBuilder();
  const lines = [];
  for (const { from, to, cls } of marks) {
    for (let l = Math.max(1, from); l <= Math.min(to, doc.lines); l++) lines.push([doc.line(l).from, cls]);
  }
  lines.sort((a, c) => a[0] - c[0]);
  for (const [pos, cls] of lines) b.add(pos, pos, Decoration.line({ class: cls }));
  return b.finish();
}

// hangingIndent keeps a wrapped line's continuation under its text, not
// at the left edge: each indented line gets a negative text-indent as
// deep as its indent and as much padding (the content's own 6px kept).
const hangingIndent = ViewPlugin.fromClass(class {
  constructor(view) { this.decorations = this.build(view); }
  update(u) { if (u.docChanged || u.viewportChanged) this.decorations = this.build(u.view); }
  build(view) {
    const b = new RangeSetBuilder();
    const cache = new Map();
    for (const { from, to } of view.visibleRanges) {
      for (let pos = from; pos <= to;) {
        const line = view.state.doc.lineAt(pos);
        const ws = /^[ \t]*/.exec(line.text)[0];
        const cols = ws.replace(/\t/g, "    ").length;
        if (cols > 0 && cols < line.text.length) {
          let deco = cache.get(cols);
          if (!deco) {
            deco = Decoration.line({ attributes: { style: `padding-left: calc(${cols}ch + 6px); text-indent: -${cols}ch` } });
            cache.set(cols, deco);
          }
          b.add(line.from, line.from, deco);
        }
        pos = line.to + 1;
      }
    }
    return b.finish();
  }
}, { decorations: (v) => v.decorations });

// offsetOf converts a 1-based line and column (in code points) to a
// document position.
function offsetOf(doc, line, col) {
  const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
  let units = 0;
  let cp = 1;
  for (const ch of l.text) {
    if (cp >= col) break;
    units += ch.length;
    cp++;
  }
  return l.from + units;
}

// createEditor replaces textarea with an editor holding its text, and
// resolves to it. The textarea stays in the page, hidden, with its id and
// value kept up to date, so that the rest of the page (and the tests) can
// still read it. The editor's state (with the language's first parse) is
// made in one task and its view in the next (nextTask), each a part of
// the main thread's time that CodeMirror's start takes.
export async function createEditor(textarea, { onRun, onChange, label }, nextTask) {
  let error = null;
  let step = null;
  const extensions = [
    Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => { onRun(); return true; } }])),
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    indentOnInput(),
    indentUnit.of("    "),
    bracketMatching(),
    highlightActiveLine(),
    syntaxHighlighting(highlight),
    python(),
    lintGutter(),
    bands,
    EditorView.lineWrapping,
    hangingIndent,
    // Scrolling the step's lines into view keeps them clear of what
    // stays at the top of the page (app.js measures it).
    EditorView.scrollMargins.of(() => ({
      top: parseFloat(getComputedStyle(document.documentElement).getPropertyValue("--sticky-top")) || 0,
    })),
    keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
    theme,
    EditorView.contentAttributes.of({ "aria-label": label, "data-file": textarea.dataset.file }),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) {
        textarea.value = u.state.doc.toString();
        onChange();
      }
    }),
  ];
  let state = EditorState.create({ doc: textarea.value, extensions });
  await nextTask();
  // A reader typing in the textarea keeps their text, caret and focus.
  if (state.doc.toString() !== textarea.value) state = EditorState.create({ doc: textarea.value, extensions });
  const focused = document.activeElement === textarea;
  if (focused) state = state.update({ selection: EditorSelection.single(textarea.selectionStart, textarea.selectionEnd) }).state;
  const view = new EditorView({ state });
  textarea.hidden = true;
  textarea.parentElement.hidden = true;
  textarea.closest(".editor").append(view.dom);
  view.dom.classList.add("cm-upgraded");
  if (focused) view.focus();

  function redraw() {
    const marks = [];
    if (step) marks.push({ ...step, cls: "cm-step-line" });
    if (error) marks.push({ from: error.line, to: error.line, cls: "cm-error-line" });
    view.dispatch({ effects: setBands.of(bandDecorations(view.state.doc, marks)) });
  }

  return {
    view,
    get value() { return view.state.doc.toString(); },
    set value(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    // setError marks a load error: a diagnostic (underline, gutter marker,
    // tooltip) from its position to the end of the line, and a band.
    setError(err) {
      error = err;
      let diagnostics = [];
      if (err) {
        const doc = view.state.doc;
        let from = offsetOf(doc, err.line, err.col);
        const line = doc.lineAt(from);
        // An error past the line's last character (a missing colon) marks
        // that character, so that the underline shows.
        if (from >= line.to && line.to > line.from) from = line.to - 1;
        diagnostics = [{ from, to: Math.max(line.to, from + 1), severity: "error", message: err.message }];
      }
      view.dispatch(setDiagnostics(view.state, diagnostics));
      redraw();
    },
    // showStep bands the lines of the step shown (1-based, inclusive), or
    // none; with scroll, it brings them into view (the editor's, and the
    // page's, clear of the bar at the top).
    showStep(from, to, scroll) {
      step = from > 0 ? { from, to } : null;
      redraw();
      if (scroll && step && view.dom.offsetParent !== null) {
        const doc = view.state.doc;
        const a = doc.line(Math.min(from, doc.lines)).from;
        const b = doc.line(Math.min(to, doc.lines)).to;
        view.dispatch({ effects: EditorView.scrollIntoView(EditorSelection.range(a, b), { y: "nearest", yMargin: 24 }) });
      }
    },
    goTo(line, col) {
      const at = offsetOf(view.state.doc, line, col);
      view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
      view.focus();
    },
    focus() { view.focus(); },
  };
}
