import { autocompletion, closeBrackets, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic, lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { EditorState, type Text } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { useEffect, useRef } from 'react';
import type { Problem } from '../core/scenario/problem';
import { scenarioCompletion } from './yaml-completion';

/** A place in the text to move the cursor to; `n` makes a second jump to the same place a new request. */
export interface JumpRequest {
  line: number;
  column: number;
  n: number;
}

export interface YamlEditorProps {
  /** The text when the editor is created (or replaced: a new `docKey` starts over with this text). */
  initial: string;
  docKey: string;
  label: string;
  problems: readonly Problem[];
  jump: JumpRequest | null;
  onChange(source: string): void;
  /** Completion of the scenario format's fields; off for other YAML (the company profile). */
  completion?: boolean;
}

/** Offset of a 1-based line and column, clamped into the text. */
export function offsetOf(doc: Text, line: number, column: number): number {
  const l = doc.line(Math.min(Math.max(1, line), doc.lines));
  return Math.min(l.from + Math.max(0, column - 1), l.to);
}

function diagnosticsOf(doc: Text, problems: readonly Problem[]): Diagnostic[] {
  return problems.map((p) => {
    const from = offsetOf(doc, p.line, p.column);
    const end = doc.lineAt(from).to;
    return {
      from,
      to: Math.max(end, from),
      severity: p.severity,
      message: p.path ? `${p.path}: ${p.message}` : p.message,
    };
  });
}

/**
 * The YAML editor (CodeMirror 6): highlighting, line numbers, undo, completion of the schema's
 * field names and values, and the checker's problems as marks in the text and the gutter. The
 * checking itself happens outside (the page debounces it); this only shows what it found.
 */
export function YamlEditor({ initial, docKey, label, problems, jump, onChange, completion = true }: YamlEditorProps) {
  const parent = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;

  // A new document (docKey) rebuilds the editor; `initial` and `label` are only read then.
  useEffect(() => {
    if (!parent.current) return;
    const editor = new EditorView({
      parent: parent.current,
      state: EditorState.create({
        doc: initial,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          drawSelection(),
          history(),
          indentOnInput(),
          bracketMatching(),
          closeBrackets(),
          yaml(),
          syntaxHighlighting(defaultHighlightStyle),
          ...(completion ? [autocompletion({ override: [scenarioCompletion] })] : []),
          lintGutter(),
          keymap.of([indentWithTab, ...defaultKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap]),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': label }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, [docKey]);

  useEffect(() => {
    const editor = view.current;
    if (editor) editor.dispatch(setDiagnostics(editor.state, diagnosticsOf(editor.state.doc, problems)));
  }, [problems]);

  useEffect(() => {
    const editor = view.current;
    if (!editor || !jump) return;
    const at = offsetOf(editor.state.doc, jump.line, jump.column);
    editor.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'center' }) });
    editor.focus();
  }, [jump]);

  return <div className="yaml-editor" ref={parent} />;
}
