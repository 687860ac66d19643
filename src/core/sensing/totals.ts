import type { BodyLanguageInput } from '../scoring/body-language';

/**
 * Running body-language totals for one source (headset or desktop), in plain numbers so they can
 * be accumulated in place every frame, published to the store before every intent and saved in
 * a checkpoint. Every time is customer speaking time: the figures describe how the trainee listens.
 */
export interface SourceTotals {
  /** Customer speaking time measured (ms). */
  listenMs: number;
  /** Of that, with the head turned to the customer's face (ms). */
  eyeContactMs: number;
  /** Nods completed while the customer spoke. */
  nods: number;
  /** Head-to-face distance integrated over time (m·ms): the first `baselineMs` of listening … */
  baselineMs: number;
  baselineSum: number;
  /** … and everything after it. */
  laterMs: number;
  laterSum: number;
}

/** Headset and desktop are kept apart: a run may switch between them, and they measure different things. */
export interface SensingTotals {
  headset: SourceTotals;
  desktop: SourceTotals;
}

export const SENSING = {
  /** Less customer speaking time than this (ms) gives no figures at all: too little to judge. */
  minListenMs: 3000,
  /** The first stretch of listening (ms) that sets the distance the trainee started at. */
  baselineMs: 2000,
  /** How much listening after the baseline (ms) a distance change needs. */
  minLaterMs: 2000,
} as const;

export function emptySourceTotals(): SourceTotals {
  return { listenMs: 0, eyeContactMs: 0, nods: 0, baselineMs: 0, baselineSum: 0, laterMs: 0, laterSum: 0 };
}

export function emptyTotals(): SensingTotals {
  return { headset: emptySourceTotals(), desktop: emptySourceTotals() };
}

/** Copies totals field by field (into an existing object, so a frame loop keeps its own). */
export function copyTotals(from: SensingTotals | null, into: SensingTotals): SensingTotals {
  Object.assign(into.headset, from ? from.headset : emptySourceTotals());
  Object.assign(into.desktop, from ? from.desktop : emptySourceTotals());
  return into;
}

/** A frame of customer speech: `dtMs` of listening, with or without the head turned to the face. */
export function addListening(t: SourceTotals, dtMs: number, looking: boolean): void {
  if (!(dtMs > 0)) return;
  t.listenMs += dtMs;
  if (looking) t.eyeContactMs += dtMs;
}

/** A frame's head-to-face distance (m); the part of the frame inside the baseline stretch counts there. */
export function addDistance(
  t: SourceTotals,
  dtMs: number,
  distance: number,
  baselineMs: number = SENSING.baselineMs,
): void {
  if (!(dtMs > 0) || !Number.isFinite(distance)) return;
  const base = Math.min(dtMs, Math.max(0, baselineMs - t.baselineMs));
  t.baselineMs += base;
  t.baselineSum += base * distance;
  const later = dtMs - base;
  t.laterMs += later;
  t.laterSum += later * distance;
}

/** The mean distance after the start minus the one at the start (m): negative = leaned in. */
export function distanceChange(t: SourceTotals): number | undefined {
  if (t.baselineMs <= 0 || t.laterMs < SENSING.minLaterMs) return undefined;
  return t.laterSum / t.laterMs - t.baselineSum / t.baselineMs;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The figures the scoring core reports. A headset measures the real head: eye contact, distance
 * and nodding. A desktop only has the camera the trainee turns with the mouse, so it gives eye
 * contact alone and nothing is made up for the rest. With enough headset time the headset figures
 * win (they are the real measurement); too little speaking time gives no figures at all.
 */
export function bodyLanguageFromTotals(totals: SensingTotals | null | undefined): BodyLanguageInput | undefined {
  if (!totals) return undefined;
  const { headset, desktop } = totals;
  if (headset.listenMs >= SENSING.minListenMs) {
    const input: BodyLanguageInput = {
      source: 'headset',
      eyeContact: round(headset.eyeContactMs / headset.listenMs, 3),
      nodsPerMinute: round(headset.nods / (headset.listenMs / 60_000), 1),
    };
    const change = distanceChange(headset);
    if (change !== undefined) input.distanceChange = round(change, 3);
    return input;
  }
  if (desktop.listenMs >= SENSING.minListenMs) {
    return { source: 'desktop', eyeContact: round(desktop.eyeContactMs / desktop.listenMs, 3) };
  }
  return undefined;
}
