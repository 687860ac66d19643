import { createStore } from 'zustand/vanilla';
import { practiceCueSpeaks } from '../core/dialogue/difficulty';
import { presentChoices } from '../core/dialogue/present';
import { type FirstTimedDecision, noteFirstTimed } from '../core/dialogue/time-limit';
import { ENGINE_RULES, type Intent } from '../core/dialogue/types';
import type { Scenario } from '../core/scenario/schema';
import type { CustomerType, Difficulty, Locale } from '../core/scenario/vocabulary';
import type { BodyLanguageInput } from '../core/scoring/body-language';
import { type Cue, cueFor } from '../core/scoring/merit';
import { buildReport, type FeedbackReport, withTypeAnswer } from '../core/scoring/report';
import { bodyLanguageFromTotals, type SensingTotals } from '../core/sensing/totals';
import { advance, beginRun, type Run, trace } from '../core/session/log';

export type Mode = 'practice' | 'assessment';
export type Screen = 'menu' | 'conversation' | 'debrief';

export interface Settings {
  locale: Locale;
  mode: Mode;
  pseudonym: string;
  /** Leicht / Mittel / Schwer for the next start; absent means medium. */
  difficulty?: Difficulty;
}

/** Intents as the UI issues them; the store stamps the session time. */
type WithoutTime<T> = T extends unknown ? Omit<T, 'at'> : never;
export type UiIntent = WithoutTime<Intent>;

/**
 * A feature's say on each UI intent before the store applies it: 'pass' lets it through, 'drop'
 * refuses it (dispatch returns false), 'hold' takes it over (dispatch returns true) and the feature
 * applies it later with `applyHeld`. Voice mode holds a chosen answer until it has been said. The
 * store knows no feature; features register here (`addIntentGate`), so no one swaps `dispatch`.
 */
export type IntentGate = (intent: UiIntent, state: SessionStoreState) => 'pass' | 'drop' | 'hold';

export interface SessionStoreState {
  screen: Screen;
  settings: Settings;
  scenario: Scenario | null;
  run: Run | null;
  /**
   * Names the run: fresh at every start, kept in its checkpoint (a reload continues the same run)
   * and its recording. What poses, the protocol and the saved session are matched by — not the
   * log's seed, which only seeds the engine (older checkpoints and recordings without an id fall
   * back to it).
   */
  runId: string | null;
  /** Session clock (ms) when the run started, in the clock's own time base. */
  startedAt: number;
  cue: { cue: Cue; turn: number } | null;
  report: FeedbackReport | null;
  /** The run's first decision with a time limit, once reached: the conversation explains the limit there. */
  firstTimed: FirstTimedDecision | null;
  /**
   * The trainee ended the conversation from the pause screen before it reached an ending: the
   * debrief says so instead of scoring an ending, and the session is stored marked as abandoned.
   */
  abandoned: boolean;
  /** Body-language figures measured by the scene, merged into the report at the end. */
  bodyLanguage: BodyLanguageInput | undefined;
  /** The raw sensing totals behind `bodyLanguage` (published before every intent and at each line's end; saved in checkpoints). */
  sensing: SensingTotals | null;
  /** A VRM file the trainee picked to stand in for the scenario's customer (an object URL). */
  customAvatar: { name: string; url: string } | null;
  setCustomAvatar(avatar: { name: string; url: string } | null): void;
  setSettings(patch: Partial<Settings>): void;
  /** Starts a conversation at the given level, or the settings' level (default medium). */
  start(scenario: Scenario, options?: { difficulty?: Difficulty }): void;
  dispatch(intent: UiIntent): boolean;
  /** Registers a gate every dispatched intent passes first (in registration order); returns its removal. */
  addIntentGate(gate: IntentGate): () => void;
  /** Applies an intent a gate held, stamped with the time it is applied; gates are not asked again. */
  applyHeld(intent: UiIntent): boolean;
  /** The scene finished presenting the current lines. */
  finishSpeaking(): void;
  /** Esc, B/Y or the Pause button: pauses a running conversation, resumes a paused one; false once it has ended. */
  togglePause(): boolean;
  /** The keys 1–4: chooses the answer shown with this number, if the trainee is choosing. */
  chooseNumber(number: number): boolean;
  /** Enter or the Skip button: a fast reader moves on before the customer's lines have finished (not while paused). */
  skip(): boolean;
  setBodyLanguage(input: BodyLanguageInput | undefined): void;
  /** The body-language sensor's totals so far; derives `bodyLanguage` from them. */
  setSensing(totals: SensingTotals | null): void;
  /**
   * Continues a saved run (a checkpoint): the session clock picks up at the run's last intent and
   * the conversation waits, paused, until the trainee resumes.
   */
  restore(
    run: Run,
    scenario: Scenario,
    saved?: { settings?: Settings; sensing?: SensingTotals | null; runId?: string },
  ): void;
  /** The trainee's answer to „Welcher Kundentyp war das?“ in the debrief: scored on its own line, not in overall. */
  answerType(answer: CustomerType): void;
  /**
   * „Gespräch beenden“ on the pause screen: leaves a paused, unfinished conversation for the
   * debrief of what happened so far (the checkpoint keeper then clears the saved run, so it is not
   * offered for resume). False when nothing is running, it is not paused, or it already ended.
   */
  abandon(): boolean;
  retry(): void;
  backToMenu(): void;
}

export interface SessionStoreDeps {
  /** Milliseconds from a monotonic clock (performance.now in the browser, a fake in tests). */
  clock(): number;
  /** A fresh seed per session; recorded in the log, so replays repeat it. */
  newSeed(): string;
  /** A fresh id per run (see `runId`); without one, a fresh seed serves. */
  newRunId?(): string;
}

/** The conversation store: serialisable data plus actions (zustand vanilla; React binds to it). */
export function createSessionStore(deps: SessionStoreDeps, initial: Partial<Settings> = {}) {
  return createStore<SessionStoreState>()((set, get) => {
    const now = () => Math.max(0, Math.round(deps.clock() - get().startedAt));
    const gates = new Set<IntentGate>();
    const apply = (uiIntent: UiIntent): boolean => {
      const { scenario, run, settings } = get();
      if (!scenario || !run) return false;
      const intent = { ...uiIntent, at: now() } as Intent;
      const result = advance(scenario, run, intent);
      if (!result.accepted) return false;
      let cue = get().cue;
      if (intent.type === 'choose' && settings.mode === 'practice') {
        const node = scenario.nodes[run.state.beat.node];
        const said = node ? cueFor(node, intent.response) : null;
        // On hard the cue stays silent after good answers; the trainee reads the customer instead.
        if (said) cue = practiceCueSpeaks(run.state.difficulty, said) ? { cue: said, turn: result.state.turn } : null;
      }
      set({
        run: { log: result.log, state: result.state },
        cue,
        firstTimed: noteFirstTimed(get().firstTimed, result.state),
      });
      return true;
    };
    const finish = () => {
      const { scenario, run, bodyLanguage } = get();
      if (!scenario || !run) return;
      set({ screen: 'debrief', report: buildReport(scenario, run.log, bodyLanguage) });
    };
    return {
      screen: 'menu',
      settings: { locale: 'de', mode: 'practice', pseudonym: '', ...initial },
      scenario: null,
      run: null,
      runId: null,
      startedAt: 0,
      cue: null,
      report: null,
      firstTimed: null,
      abandoned: false,
      bodyLanguage: undefined,
      sensing: null,
      customAvatar: null,
      setCustomAvatar: (avatar) => set({ customAvatar: avatar }),
      setSettings: (patch) => set({ settings: { ...get().settings, ...patch } }),
      start: (scenario, options = {}) => {
        const { locale, difficulty: chosen } = get().settings;
        const difficulty = options.difficulty ?? chosen ?? 'medium';
        const begun = beginRun(scenario, { locale, seed: deps.newSeed(), rules: ENGINE_RULES, difficulty });
        set({
          screen: 'conversation',
          scenario,
          run: { log: begun.log, state: begun.state },
          runId: (deps.newRunId ?? deps.newSeed)(),
          startedAt: deps.clock(),
          cue: null,
          report: null,
          firstTimed: noteFirstTimed(null, begun.state),
          abandoned: false,
          bodyLanguage: undefined,
          sensing: null,
        });
      },
      dispatch: (uiIntent) => {
        for (const gate of gates) {
          const verdict = gate(uiIntent, get());
          if (verdict === 'drop') return false;
          if (verdict === 'hold') return true;
        }
        return apply(uiIntent);
      },
      addIntentGate: (gate) => {
        gates.add(gate);
        return () => {
          gates.delete(gate);
        };
      },
      applyHeld: apply,
      finishSpeaking: () => {
        const { run } = get();
        if (!run) return;
        if (run.state.phase === 'ended') finish();
        else if (run.state.phase === 'speaking') get().dispatch({ type: 'spoken' });
      },
      togglePause: () => {
        const state = get().run?.state;
        if (!state || state.phase === 'ended') return false;
        return get().dispatch({ type: state.pausedAt === null ? 'pause' : 'resume' });
      },
      chooseNumber: (number) => {
        const { scenario, run } = get();
        const choice =
          scenario && run ? presentChoices(scenario, run.state).find((c) => c.number === number) : undefined;
        return choice ? get().dispatch({ type: 'choose', response: choice.id }) : false;
      },
      skip: () => {
        const state = get().run?.state;
        if (!state || state.pausedAt !== null || (state.phase !== 'speaking' && state.phase !== 'ended')) return false;
        get().finishSpeaking();
        return true;
      },
      setBodyLanguage: (input) => set({ bodyLanguage: input }),
      setSensing: (totals) => set({ sensing: totals, bodyLanguage: bodyLanguageFromTotals(totals) }),
      restore: (run, scenario, saved = {}) => {
        const sensing = saved.sensing ?? null;
        // Paused at the moment of its last intent, in the same update, so nothing starts speaking first.
        const paused =
          run.state.phase === 'ended' || run.state.pausedAt !== null
            ? run
            : advance(scenario, run, { type: 'pause', at: run.state.now });
        set({
          screen: 'conversation',
          settings: saved.settings ? { ...saved.settings } : get().settings,
          scenario,
          run: { log: paused.log, state: paused.state },
          runId: saved.runId ?? run.log.seed,
          // The clock restarts with the page; the run's time goes on from its last intent.
          startedAt: deps.clock() - run.state.now,
          cue: null,
          report: null,
          firstTimed: firstTimedOf(scenario, paused),
          abandoned: false,
          sensing,
          bodyLanguage: bodyLanguageFromTotals(sensing),
        });
      },
      answerType: (answer) => {
        const { report, scenario } = get();
        if (report && scenario) set({ report: withTypeAnswer(report, scenario, answer) });
      },
      abandon: () => {
        const { scenario, run, bodyLanguage, screen } = get();
        if (
          screen !== 'conversation' ||
          !scenario ||
          !run ||
          run.state.phase === 'ended' ||
          run.state.pausedAt === null
        )
          return false;
        set({ screen: 'debrief', abandoned: true, cue: null, report: buildReport(scenario, run.log, bodyLanguage) });
        return true;
      },
      retry: () => {
        const { scenario, run } = get();
        // A retry keeps the level of the run it repeats.
        if (scenario) get().start(scenario, run ? { difficulty: run.state.difficulty } : {});
      },
      backToMenu: () =>
        set({
          screen: 'menu',
          scenario: null,
          run: null,
          runId: null,
          report: null,
          cue: null,
          firstTimed: null,
          abandoned: false,
        }),
    };
  });
}

export type SessionStore = ReturnType<typeof createSessionStore>;

/** The first timed decision of a restored run, found by walking its log (once, on restore). */
function firstTimedOf(scenario: Scenario, run: Run): FirstTimedDecision | null {
  let first: FirstTimedDecision | null = null;
  try {
    const steps = trace(scenario, run.log);
    for (let r = steps.next(); !r.done && first === null; r = steps.next()) first = noteFirstTimed(null, r.value.after);
  } catch {
    // A restored run was checked against its log before; should it not replay, the hint simply does not show.
  }
  return noteFirstTimed(first, run.state);
}
