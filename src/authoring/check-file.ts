import { loadProfile, type ProfileLoadResult } from '../core/profile/load';
import type { ProfileNames } from '../core/profile/values';
import { type LoadResult, loadScenario, MAX_SCENARIO_BYTES } from '../core/scenario/load';
import { tooDeeplyNested } from '../core/scenario/nesting';
import type { Locale } from '../core/scenario/vocabulary';
import { text } from '../i18n/define-texts';
import { AUTHORING_TEXT } from './authoring-texts';

/** What became of one file the trainer loaded, before it is stored. */
export type FileRead = { ok: true; source: string } | { ok: false; message: string };

/**
 * Reads a chosen or dropped file as scenario text, refusing what cannot be one without reading
 * more than needed: a file over the size limit is refused by its size alone, a file with NUL bytes
 * or invalid UTF-8 as binary, a file nested deeper than any scenario before the parser sees it. All of this takes milliseconds, whatever the file holds.
 */
export async function readScenarioFile(file: File, locale: Locale): Promise<FileRead> {
  const say = (key: keyof typeof AUTHORING_TEXT, values?: Record<string, string | number>) =>
    text(AUTHORING_TEXT, key, locale, values);
  if (!/\.ya?ml$/i.test(file.name)) return { ok: false, message: say('notYaml') };
  if (file.size > MAX_SCENARIO_BYTES) {
    return { ok: false, message: say('tooLarge', { kb: Math.ceil(file.size / 1024), max: MAX_SCENARIO_BYTES / 1024 }) };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, message: say('unreadable') };
  }
  if (bytes.includes(0)) return { ok: false, message: say('binary') };
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: say('binary') };
  }
  const deep = tooDeeplyNested(source);
  return deep ? { ok: false, message: say('tooDeep', { line: deep.line }) } : { ok: true, source };
}

/**
 * Checks scenario text with the same checker as `npm run check:scenes`, after the one-pass nesting
 * guard (the parser would need seconds to give up on a file of nested brackets). Each problem's
 * `message` is put in the page's language (the checker gives every message in both).
 */
export function checkScenarioSource(source: string, file: string, locale: Locale, profile?: ProfileNames): LoadResult {
  const deep = tooDeeplyNested(source);
  if (deep) {
    const messages = {
      de: text(AUTHORING_TEXT, 'tooDeep', 'de', { line: deep.line }),
      en: text(AUTHORING_TEXT, 'tooDeep', 'en', { line: deep.line }),
    };
    return {
      ok: false,
      problems: [
        { severity: 'error', file, line: deep.line, column: 1, path: '', message: messages[locale], messages },
      ],
    };
  }
  const result = loadScenario(source, file, profile ? { profile } : {});
  return { ...result, problems: result.problems.map((p) => ({ ...p, message: p.messages[locale] })) };
}

/** Checks a company profile's text (src/core/profile/load.ts), messages in the page's language. */
export function checkProfileSource(source: string, file: string, locale: Locale): ProfileLoadResult {
  const deep = tooDeeplyNested(source);
  const result: ProfileLoadResult = deep
    ? {
        ok: false,
        problems: [
          {
            severity: 'error',
            file,
            line: deep.line,
            column: 1,
            path: '',
            message: '',
            messages: {
              de: text(AUTHORING_TEXT, 'tooDeep', 'de', { line: deep.line }),
              en: text(AUTHORING_TEXT, 'tooDeep', 'en', { line: deep.line }),
            },
          },
        ],
      }
    : loadProfile(source, file);
  return { ...result, problems: result.problems.map((p) => ({ ...p, message: p.messages[locale] })) };
}
