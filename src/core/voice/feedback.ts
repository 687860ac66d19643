import type { Localized } from '../scenario/schema';
import { relativeTo, summarise, type VoiceRelative, type VoiceSummary } from './measures';
import type { VoiceRecord } from './schema';

/**
 * The debrief's „Stimme“ section: each measure with a verdict and advice. Limits are relative to
 * the trainee's calibration sentence where there is one (a deep voice is not "too low"), with
 * fixed fallbacks otherwise. The advice follows the training article: speak calmly and at a
 * steady pace, do not raise your voice at an angry customer, let the customer finish.
 */

export const MEASURE_IDS = [
  'speaking-rate',
  'pitch-median',
  'pitch-range',
  'loudness',
  'response-latency',
  'overlap',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

export type VoiceVerdictKind = 'ok' | 'watch' | 'problem';

export interface VoiceMeasureItem {
  id: MeasureId;
  label: Localized;
  /** The absolute value in its unit (syllables/s, Hz, semitones, dBFS, s, s); null when not measured. */
  value: number | null;
  unit: string;
  /** The value relative to the baseline, already worded ("+2.5 semitones"), or null. */
  relative: Localized | null;
  kind: VoiceVerdictKind;
  verdict: Localized;
  advice: Localized | null;
}

export interface VoiceFeedback {
  status: VoiceRecord['status'];
  summary: VoiceSummary | null;
  relative: VoiceRelative | null;
  items: VoiceMeasureItem[];
  /** Answers where the voice rose, got louder or sped up against the baseline: session ms. */
  moments: { atMs: number; what: Localized }[];
  /** Syllables counted in the signal against those of the chosen wordings, over the answers that have both. */
  syllableCheck: { counted: number; wording: number; text: Localized } | null;
}

export const VOICE_LIMITS = {
  /** Faster than own pace by this factor: hurried. */
  fastRatio: 1.2,
  slowRatio: 0.75,
  /** Without a baseline: German/English conversational speech is ≈ 4–6 syllables/s. */
  fastAbsolute: 6.5,
  slowAbsolute: 3,
  /** Pitch this many semitones above own median: pressure shows. */
  pitchRiseSt: 2,
  /** A 10th–90th percentile range below this sounds flat. */
  flatRangeSt: 2,
  /** Louder than own normal by this: the voice is raised. */
  louderDb: 4,
  quieterDb: -8,
  /** Median reply later than this: hesitant. */
  slowReplyS: 4,
  /** Voice over the customer for longer than this: interrupting. */
  overlapS: 1,
} as const;

export const MEASURE_LABELS: Record<MeasureId, Localized> = {
  'speaking-rate': { de: 'Sprechtempo', en: 'Speaking rate' },
  'pitch-median': { de: 'Stimmlage', en: 'Pitch' },
  'pitch-range': { de: 'Sprachmelodie', en: 'Pitch range' },
  loudness: { de: 'Lautstärke', en: 'Loudness' },
  'response-latency': { de: 'Antwortzeit', en: 'Response time' },
  overlap: { de: 'Ins Wort fallen', en: 'Talking over' },
};

export const MEASURE_UNITS: Record<MeasureId, string> = {
  'speaking-rate': 'syll/s',
  'pitch-median': 'Hz',
  'pitch-range': 'st',
  loudness: 'dBFS',
  'response-latency': 's',
  overlap: 's',
};

const T = {
  notMeasured: { de: 'nicht gemessen', en: 'not measured' },
  fast: { de: 'schneller als Ihr normales Tempo', en: 'faster than your normal pace' },
  slow: { de: 'deutlich langsamer als Ihr normales Tempo', en: 'much slower than your normal pace' },
  steady: { de: 'ruhiges, gleichmäßiges Tempo', en: 'calm, steady pace' },
  fastAdvice: {
    de: 'Sprechen Sie ruhig und in gleichmäßigem Tempo: Hast überträgt sich auf den Kunden.',
    en: 'Speak calmly and at a steady pace: haste carries over to the customer.',
  },
  slowAdvice: {
    de: 'Bleiben Sie im Fluss; lange Dehnungen wirken unsicher.',
    en: 'Keep the flow; long drawn-out speech sounds unsure.',
  },
  higher: { de: 'höher als Ihre normale Stimmlage', en: 'higher than your normal pitch' },
  pitchOk: { de: 'in Ihrer normalen Stimmlage', en: 'in your normal pitch' },
  higherAdvice: {
    de: 'Eine steigende Stimme verrät Druck. Atmen Sie aus und sprechen Sie aus Ihrer ruhigen Lage.',
    en: 'A rising voice shows pressure. Breathe out and speak from your calm register.',
  },
  flat: { de: 'eher eintönig', en: 'rather monotonous' },
  rangeOk: { de: 'lebendige Sprachmelodie', en: 'lively intonation' },
  flatAdvice: {
    de: 'Betonen Sie das Wichtige; eine flache Melodie wirkt desinteressiert.',
    en: 'Stress what matters; a flat melody sounds uninterested.',
  },
  louder: { de: 'lauter als Ihr normaler Pegel', en: 'louder than your normal level' },
  quieter: { de: 'leiser als Ihr normaler Pegel', en: 'quieter than your normal level' },
  loudOk: { de: 'in Ihrer normalen Lautstärke', en: 'at your normal level' },
  louderAdvice: {
    de: 'Heben Sie bei einem aufgebrachten Kunden nicht die Stimme: ruhig und bestimmt wirkt deeskalierend.',
    en: 'Do not raise your voice at an angry customer: calm and firm de-escalates.',
  },
  quieterAdvice: { de: 'Sprechen Sie hörbar und sicher.', en: 'Speak audibly and with confidence.' },
  slowReply: { de: 'zögerliche Antworten', en: 'hesitant replies' },
  replyOk: { de: 'angemessene Antwortzeit', en: 'fitting response time' },
  slowReplyAdvice: {
    de: 'Eine kurze Pause zeigt Nachdenken; sehr lange Pausen wirken unsicher.',
    en: 'A short pause shows thought; very long ones sound unsure.',
  },
  overlap: { de: 'Sie haben dem Kunden ins Wort gefallen', en: 'you talked over the customer' },
  overlapOk: { de: 'Sie haben den Kunden ausreden lassen', en: 'you let the customer finish' },
  overlapAdvice: {
    de: 'Lassen Sie den Kunden ausreden: erst zuhören, dann antworten.',
    en: 'Let the customer finish: listen first, then answer.',
  },
  momentPitch: { de: 'Stimme stieg', en: 'voice rose' },
  momentLoud: { de: 'lauter geworden', en: 'got louder' },
  momentFast: { de: 'schneller geworden', en: 'sped up' },
} satisfies Record<string, Localized>;

const fmt = (value: number, digits: number, sign = false): string =>
  `${sign && value > 0 ? '+' : ''}${value.toFixed(digits)}`;

function item(
  id: MeasureId,
  value: number | null,
  relative: Localized | null,
  kind: VoiceVerdictKind,
  verdict: Localized,
  advice: Localized | null,
): VoiceMeasureItem {
  return { id, label: MEASURE_LABELS[id], value, unit: MEASURE_UNITS[id], relative, kind, verdict, advice };
}

function notMeasured(id: MeasureId): VoiceMeasureItem {
  return item(id, null, null, 'ok', T.notMeasured, null);
}

/** Feedback for a recorded conversation; status other than measured gives every item „nicht gemessen“. */
export function voiceFeedback(record: VoiceRecord | null | undefined): VoiceFeedback {
  if (record?.status !== 'measured') {
    return {
      status: record?.status ?? 'unsupported',
      summary: null,
      relative: null,
      items: MEASURE_IDS.map(notMeasured),
      moments: [],
      syllableCheck: null,
    };
  }
  const answers = record.answers.map((a) => a.measures);
  const summary = summarise(answers);
  const baseline = record.baseline;
  const rel = relativeTo(summary, baseline);
  const L = VOICE_LIMITS;
  const items: VoiceMeasureItem[] = [];

  if (summary.rate === null) items.push(notMeasured('speaking-rate'));
  else {
    const ratio = rel.rateRatio;
    const fast = ratio !== null ? ratio > L.fastRatio : summary.rate > L.fastAbsolute;
    const slow = ratio !== null ? ratio < L.slowRatio : summary.rate < L.slowAbsolute;
    const relText =
      ratio === null
        ? null
        : {
            de: `${fmt((ratio - 1) * 100, 0, true)} % zum Normaltempo`,
            en: `${fmt((ratio - 1) * 100, 0, true)} % vs. normal pace`,
          };
    items.push(
      item(
        'speaking-rate',
        summary.rate,
        relText,
        fast ? 'problem' : slow ? 'watch' : 'ok',
        fast ? T.fast : slow ? T.slow : T.steady,
        fast ? T.fastAdvice : slow ? T.slowAdvice : null,
      ),
    );
  }

  if (summary.pitchMedianHz === null) items.push(notMeasured('pitch-median'));
  else {
    const rise = rel.pitchSt;
    const high = rise !== null && rise > L.pitchRiseSt;
    const relText =
      rise === null ? null : { de: `${fmt(rise, 1, true)} Halbtöne`, en: `${fmt(rise, 1, true)} semitones` };
    items.push(
      item(
        'pitch-median',
        summary.pitchMedianHz,
        relText,
        high ? 'problem' : 'ok',
        high ? T.higher : T.pitchOk,
        high ? T.higherAdvice : null,
      ),
    );
  }

  if (summary.pitchRangeSt === null) items.push(notMeasured('pitch-range'));
  else {
    const flat = summary.pitchRangeSt < L.flatRangeSt;
    const relText =
      rel.rangeSt === null
        ? null
        : { de: `${fmt(rel.rangeSt, 1, true)} Halbtöne`, en: `${fmt(rel.rangeSt, 1, true)} semitones` };
    items.push(
      item(
        'pitch-range',
        summary.pitchRangeSt,
        relText,
        flat ? 'watch' : 'ok',
        flat ? T.flat : T.rangeOk,
        flat ? T.flatAdvice : null,
      ),
    );
  }

  if (summary.loudnessDbfs === null) items.push(notMeasured('loudness'));
  else {
    const d = rel.loudnessDb;
    const louder = d !== null && d > L.louderDb;
    const quieter = d !== null && d < L.quieterDb;
    const relText = d === null ? null : { de: `${fmt(d, 1, true)} dB`, en: `${fmt(d, 1, true)} dB` };
    items.push(
      item(
        'loudness',
        summary.loudnessDbfs,
        relText,
        louder ? 'problem' : quieter ? 'watch' : 'ok',
        louder ? T.louder : quieter ? T.quieter : T.loudOk,
        louder ? T.louderAdvice : quieter ? T.quieterAdvice : null,
      ),
    );
  }

  if (summary.latencyS === null) items.push(notMeasured('response-latency'));
  else {
    const slow = summary.latencyS > L.slowReplyS;
    items.push(
      item(
        'response-latency',
        summary.latencyS,
        null,
        slow ? 'watch' : 'ok',
        slow ? T.slowReply : T.replyOk,
        slow ? T.slowReplyAdvice : null,
      ),
    );
  }

  const over = summary.overlapS > L.overlapS;
  items.push(
    item(
      'overlap',
      summary.overlapS,
      null,
      over ? 'problem' : 'ok',
      over ? T.overlap : T.overlapOk,
      over ? T.overlapAdvice : null,
    ),
  );

  const moments: VoiceFeedback['moments'] = [];
  if (baseline) {
    for (const answer of record.answers) {
      const r = relativeTo(answer.measures, baseline);
      const what =
        r.pitchSt !== null && r.pitchSt > L.pitchRiseSt
          ? T.momentPitch
          : r.loudnessDb !== null && r.loudnessDb > L.louderDb
            ? T.momentLoud
            : r.rateRatio !== null && r.rateRatio > L.fastRatio
              ? T.momentFast
              : null;
      if (what) moments.push({ atMs: answer.atMs, what });
    }
  }
  const checked = record.answers.filter((a) => a.wordingSyllables !== undefined && a.measures.latencyS !== null);
  const counted = checked.reduce((n, a) => n + a.measures.syllables, 0);
  const wording = checked.reduce((n, a) => n + (a.wordingSyllables ?? 0), 0);
  const syllableCheck =
    checked.length > 0
      ? {
          counted,
          wording,
          text: {
            de: `${counted} Silben gehört, die gewählten Antworten haben ${wording} – eigene Worte dürfen abweichen.`,
            en: `${counted} syllables heard; the chosen answers have ${wording} – your own words may differ.`,
          },
        }
      : null;
  return { status: 'measured', summary, relative: rel, items, moments, syllableCheck };
}

/** Why there are no numbers, for the one-line note under the section. */
export const VOICE_STATUS_TEXT: Record<VoiceRecord['status'], Localized> = {
  measured: {
    de: 'Gemessen wurden nur Zahlen; Ton wurde weder gespeichert noch gesendet.',
    en: 'Only numbers were measured; no audio was stored or sent.',
  },
  refused: {
    de: 'Stimme nicht gemessen: Der Mikrofonzugriff wurde abgelehnt.',
    en: 'Voice not measured: microphone access was refused.',
  },
  'no-microphone': {
    de: 'Stimme nicht gemessen: Kein Mikrofon gefunden.',
    en: 'Voice not measured: no microphone found.',
  },
  unsupported: { de: 'Stimme nicht gemessen.', en: 'Voice not measured.' },
};
