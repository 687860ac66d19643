import { responseMerit } from '../scoring/merit.ts';
import type { Finding } from './lint-graph';
import type { Response, Scenario } from './schema';
import { LOCALES, type Locale } from './vocabulary.ts';

/**
 * The giveaway lint: answers must not reveal the best one by their surface. A trainee who learns
 * "pick the longest" or "press 1" learns nothing, and a score that rewards it loses the trainer's
 * trust. Per file it measures how often the best answer (by the merit scoring uses) is the
 * longest, whether it always sits at one position in the file, and how long answers are.
 */

/** The best answer may be the (strictly) longest in at most this share of decisions. */
export const MAX_BEST_IS_LONGEST = 0.4;
/** Spoken answers: the median answer at most this many words… */
export const MAX_MEDIAN_WORDS = 20;
/** …and no answer longer than this (authors aim for about 30; the lint allows some slack, English runs longer). */
export const MAX_ANSWER_WORDS = 35;
/** "Always at one position" is only meaningful with at least this many decisions. */
const MIN_DECISIONS_FOR_POSITION = 3;

/** Words of an answer as spoken: whitespace-separated tokens with a letter or digit ({product} is one). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

export interface GiveawayStats {
  decisions: number;
  /** Per language: decisions whose single best answer is strictly the longest. */
  bestIsLongest: Record<Locale, number>;
  /** The file position of the best answer, when it is the same in every decision; else null. */
  samePosition: number | null;
  /** Answer lengths in words per language. */
  words: Record<Locale, { min: number; median: number; max: number }>;
}

interface Decision {
  node: string;
  responses: Response[];
  best: number;
}

function decisionsOf(scenario: Scenario): Decision[] {
  const out: Decision[] = [];
  for (const [node, n] of Object.entries(scenario.nodes)) {
    const responses = n.responses;
    if (!responses || responses.length < 2) continue;
    const merits = responses.map(responseMerit);
    const top = Math.max(...merits);
    // A tie for best reveals nothing by position or length: skip it.
    if (merits.filter((m) => m === top).length !== 1) continue;
    out.push({ node, responses, best: merits.indexOf(top) });
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function giveawayStats(scenario: Scenario): GiveawayStats {
  const decisions = decisionsOf(scenario);
  const bestIsLongest = { de: 0, en: 0 } as Record<Locale, number>;
  const words = {} as GiveawayStats['words'];
  for (const lang of LOCALES) {
    for (const d of decisions) {
      const counts = d.responses.map((r) => wordCount(r.text[lang]));
      const best = counts[d.best] as number;
      if (counts.every((c, i) => i === d.best || c < best)) bestIsLongest[lang] += 1;
    }
    const all = Object.values(scenario.nodes).flatMap((n) => (n.responses ?? []).map((r) => wordCount(r.text[lang])));
    words[lang] = {
      min: all.length ? Math.min(...all) : 0,
      median: median(all),
      max: all.length ? Math.max(...all) : 0,
    };
  }
  const positions = new Set(decisions.map((d) => d.best));
  const samePosition =
    decisions.length >= MIN_DECISIONS_FOR_POSITION && positions.size === 1 ? (decisions[0]?.best ?? null) : null;
  return { decisions: decisions.length, bestIsLongest, samePosition, words };
}

const percent = (share: number): string => `${Math.round(share * 100)} %`;

/** Findings for the checker; their severity is chosen by the caller (warning, or error under --strict). */
export function lintGiveaways(scenario: Scenario, severity: Finding['severity'] = 'warning'): Finding[] {
  const findings: Finding[] = [];
  const stats = giveawayStats(scenario);
  if (stats.decisions > 0) {
    for (const lang of LOCALES) {
      const share = stats.bestIsLongest[lang] / stats.decisions;
      if (share > MAX_BEST_IS_LONGEST) {
        findings.push({
          severity,
          path: ['nodes'],
          message: {
            de: `(${lang}) die beste Antwort ist in ${stats.bestIsLongest[lang]} von ${stats.decisions} Entscheidungen (${percent(share)}) die längste; höchstens ${percent(MAX_BEST_IS_LONGEST)}`,
            en: `(${lang}) the best answer is the longest in ${stats.bestIsLongest[lang]} of ${stats.decisions} decisions (${percent(share)}); at most ${percent(MAX_BEST_IS_LONGEST)}`,
          },
        });
      }
    }
  }
  if (stats.samePosition !== null) {
    findings.push({
      severity,
      path: ['nodes'],
      message: {
        de: `die beste Antwort steht in allen ${stats.decisions} Entscheidungen an Position ${stats.samePosition + 1} der Datei`,
        en: `the best answer is at file position ${stats.samePosition + 1} in all ${stats.decisions} decisions`,
      },
    });
  }
  for (const lang of LOCALES) {
    if (stats.words[lang].median > MAX_MEDIAN_WORDS) {
      findings.push({
        severity,
        path: ['nodes'],
        message: {
          de: `(${lang}) Antworten sind im Median ${stats.words[lang].median} Wörter lang; gesprochene Sprache: höchstens ${MAX_MEDIAN_WORDS}`,
          en: `(${lang}) answers have a median of ${stats.words[lang].median} words; spoken language: at most ${MAX_MEDIAN_WORDS}`,
        },
      });
    }
  }
  for (const [node, n] of Object.entries(scenario.nodes)) {
    (n.responses ?? []).forEach((r, i) => {
      for (const lang of LOCALES) {
        const count = wordCount(r.text[lang]);
        if (count > MAX_ANSWER_WORDS) {
          findings.push({
            severity,
            path: ['nodes', node, 'responses', i, 'text', lang],
            message: {
              de: `${count} Wörter – zu lang für eine gesprochene Antwort (höchstens ${MAX_ANSWER_WORDS})`,
              en: `${count} words – too long for a spoken answer (at most ${MAX_ANSWER_WORDS})`,
            },
          });
        }
      }
    });
  }
  return findings;
}

/** One line for the checker's summary: the figures behind the findings. */
export function giveawaySummary(scenario: Scenario): string {
  const s = giveawayStats(scenario);
  const w = (lang: Locale) => `${s.words[lang].min}/${s.words[lang].median}/${s.words[lang].max}`;
  return `best is longest ${s.bestIsLongest.de}/${s.decisions} (de), ${s.bestIsLongest.en}/${s.decisions} (en); words min/median/max de ${w('de')}, en ${w('en')}`;
}
