import { useEffect, useMemo, useState } from 'react';
import { LineCounter, parseDocument } from 'yaml';
import { applyProfile } from '../core/profile/apply';
import type { CompanyProfile } from '../core/profile/schema';
import type { ProfileNames } from '../core/profile/values';
import type { CatalogueEntry } from '../core/scenario/catalogue';
import { type ConversationGraph, conversationGraph } from '../core/scenario/graph-model';
import { type LoadResult, MAX_SCENARIO_BYTES } from '../core/scenario/load';
import { locate } from '../core/scenario/locate';
import { tooDeeplyNested } from '../core/scenario/nesting';
import type { Scenario } from '../core/scenario/schema';
import { LOCALES, type Locale } from '../core/scenario/vocabulary';
import { useLocale } from '../i18n/locale';
import { useText } from '../i18n/use-text';
import { goTo } from '../nav/route';
import { sceneCodeSettled } from '../state/loading-store';
import { sessionStore } from '../state/session';
import type { OwnScenarioRow } from '../storage/own-scenarios';
import { AUTHORING_TEXT } from './authoring-texts';
import { checkScenarioSource } from './check-file';
import { saveDraft } from './draft';
import { rowOf, saveCheck } from './own-scenario-store';
import { ProblemList } from './ProblemList';
import { ScenarioGraph } from './ScenarioGraph';
import { type JumpRequest, YamlEditor } from './YamlEditor';

/** How long typing pauses before the text is checked again. */
const CHECK_AFTER_MS = 250;

export interface EditorDoc {
  file: string;
  /** The text the editor opened with; later edits live in the editor and the draft. */
  source: string;
  /** A new key for every document opened, so the editor starts over. */
  key: string;
}

interface Checked {
  result: LoadResult;
  graph: ConversationGraph;
  /** Where each node's key sits in the text, for the graph's jumps. */
  nodeAt: Map<string, { line: number; column: number }>;
}

/** The graph and node positions of the text as YAML data, even when the checker refuses it. */
function graphOf(source: string): Pick<Checked, 'graph' | 'nodeAt'> {
  const empty = { graph: conversationGraph(null), nodeAt: new Map() };
  if (source.length > MAX_SCENARIO_BYTES || tooDeeplyNested(source)) return empty;
  try {
    const counter = new LineCounter();
    const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false });
    const graph = conversationGraph(doc.toJS({ maxAliasCount: 100 }));
    return { graph, nodeAt: new Map(graph.nodes.map((n) => [n.id, locate(doc, counter, ['nodes', n.id], true)])) };
  } catch {
    return empty;
  }
}

export interface EditorPanelProps {
  doc: EditorDoc;
  bundled: readonly CatalogueEntry[];
  stored: readonly OwnScenarioRow[];
  put(row: OwnScenarioRow): Promise<void>;
  onClose(): void;
  /** The company profile in use: the text is checked against it and play-tested with its values. */
  profile?: CompanyProfile;
  profileNames?: ProfileNames;
}

/**
 * The editor with live checking: the YAML with the checker's problems as marks and as a list, the
 * conversation graph, storing on the device, and play-testing the text as it stands from any node
 * in either language. Every change is kept as a draft, so a reload loses nothing.
 */
export function EditorPanel({ doc, bundled, stored, put, onClose, profile, profileNames }: EditorPanelProps) {
  const t = useText(AUTHORING_TEXT);
  const locale = useLocale();
  const [source, setSource] = useState(doc.source);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [jump, setJump] = useState<JumpRequest | null>(null);
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  const [playLocale, setPlayLocale] = useState<Locale>(locale);
  const [fromNode, setFromNode] = useState('');

  useEffect(() => {
    setSource(doc.source);
    setNote('');
    setAsking(false);
  }, [doc]);

  useEffect(() => {
    const timer = setTimeout(() => {
      setChecked({ result: checkScenarioSource(source, doc.file, locale, profileNames), ...graphOf(source) });
    }, CHECK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [source, doc.file, locale, profileNames]);

  const change = (next: string) => {
    setSource(next);
    setNote('');
    saveDraft({ file: doc.file, source: next });
  };
  const jumpTo = (line: number, column: number) => setJump((j) => ({ line, column, n: (j?.n ?? 0) + 1 }));

  const problems = useMemo(() => checked?.result.problems ?? [], [checked]);
  const scenario: Scenario | undefined = checked?.result.ok ? checked.result.scenario : undefined;
  const upToDate = checked !== null;

  const store = async (valid: Scenario) => {
    setAsking(false);
    try {
      await put(rowOf(valid, source, new Date().toISOString()));
      setNote(t('saved'));
    } catch (error) {
      setNote(t('storeFailed', { error: (error as Error).message ?? String(error) }));
    }
  };
  const save = () => {
    if (!scenario) return;
    const check = saveCheck(scenario.id, bundled, stored);
    if (check === 'bundled') setNote(t('bundledId', { id: scenario.id }));
    else if (check === 'replaces') setAsking(true);
    else void store(scenario);
  };

  const playTest = async () => {
    if (!scenario) return;
    const start = fromNode && scenario.nodes[fromNode] ? fromNode : scenario.start;
    sessionStore.getState().setSettings({ locale: playLocale });
    goTo({ page: 'app' });
    await sceneCodeSettled();
    sessionStore.getState().start({ ...(profile ? applyProfile(scenario, profile) : scenario), start });
  };

  return (
    <section className="records-panel authoring-editor" aria-labelledby="authoring-editor-heading">
      <div className="editor-bar">
        <h2 id="authoring-editor-heading">
          {t('editorHeading')}: <span className="editor-file">{doc.file}</span>
        </h2>
        <span className="records-hint">{t('draftKept')}</span>
        <button type="button" onClick={onClose}>
          {t('closeEditor')}
        </button>
      </div>
      <div className="editor-columns">
        <YamlEditor
          initial={doc.source}
          docKey={doc.key}
          label={t('editorLabel')}
          problems={problems}
          jump={jump}
          onChange={change}
        />
        <div className="editor-side">
          <h3>{t('problemsHeading')}</h3>
          {upToDate && problems.length === 0 && (
            <p className="editor-valid" data-valid="true">
              {t('noProblems')}
            </p>
          )}
          {problems.length > 0 && <ProblemList problems={problems} onJump={(p) => jumpTo(p.line, p.column)} />}
          {scenario && problems.length > 0 && (
            <p className="editor-valid" data-valid="true">
              {t('validWithWarnings')}
            </p>
          )}
          <div className="records-buttons">
            <button type="button" className="primary" disabled={!scenario} onClick={save}>
              {t('save')}
            </button>
            {asking && scenario && (
              <span className="confirm">
                <span className="confirm-question">{t('replaceQuestion', { id: scenario.id })}</span>
                <button type="button" className="danger strong" onClick={() => void store(scenario)}>
                  {t('replaceYes')}
                </button>
                <button type="button" onClick={() => setAsking(false)}>
                  {t('replaceNo')}
                </button>
              </span>
            )}
          </div>
          {note && (
            <p className="editor-note" role="status">
              {note}
            </p>
          )}
          <fieldset className="play-test" disabled={!scenario}>
            <legend>{t('playTest')}</legend>
            <label className="records-field inline">
              {t('playTestLanguage')}
              <select value={playLocale} onChange={(e) => setPlayLocale(e.target.value as Locale)}>
                {LOCALES.map((l) => (
                  <option key={l} value={l}>
                    {l === 'de' ? 'Deutsch' : 'English'}
                  </option>
                ))}
              </select>
            </label>
            <label className="records-field inline">
              {t('playTestFrom')}
              <select value={fromNode} onChange={(e) => setFromNode(e.target.value)}>
                <option value="">
                  {t('startNode')}
                  {scenario ? ` (${scenario.start})` : ''}
                </option>
                {Object.keys(scenario?.nodes ?? {}).map((id) => (
                  <option key={id} value={id}>
                    {id}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="primary play-test-button" onClick={() => void playTest()}>
              {t('playTest')}
            </button>
            {!scenario && <small>{t('playTestNeedsValid')}</small>}
          </fieldset>
        </div>
      </div>
      <h3>{t('graphHeading')}</h3>
      <p className="records-hint">{t('graphHint')}</p>
      {checked && (
        <ScenarioGraph
          graph={checked.graph}
          onSelect={(id) => {
            const at = checked.nodeAt.get(id);
            if (at) jumpTo(at.line, at.column);
          }}
        />
      )}
    </section>
  );
}
