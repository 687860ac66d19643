import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importRecording } from '../../../src/core/exchange/import';
import { repoPath } from '../../support/scenarios';

/**
 * The broken-file corpus (tests/fixtures/replays/): each file must be refused with a message
 * that names the field, in German and English — or, for text that merely looks dangerous,
 * accepted as text. Every file in the folder needs an entry here.
 */
interface Expectation {
  field: string;
  de: RegExp;
  en: RegExp;
  line?: number;
}

const REFUSED: Record<string, Expectation> = {
  'empty.json': { field: '', de: /Datei ist leer/, en: /file is empty/ },
  'whitespace-only.json': { field: '', de: /Datei ist leer/, en: /file is empty/ },
  'not-json.json': {
    field: '',
    de: /keine Counterpart-Aufzeichnung.*kein JSON/,
    en: /not a Counterpart recording.*not contain JSON/,
    line: 1,
  },
  'truncated.json': { field: '', de: /endet mitten im Inhalt.*abgeschnitten/, en: /ends in the middle.*cut off/ },
  'syntax-error.json': {
    field: '',
    de: /Ungültiges JSON in Zeile 9, Spalte 3/,
    en: /Invalid JSON at line 9, column 3/,
    line: 9,
  },
  'top-level-array.json': { field: '', de: /kein JSON-Objekt/, en: /not contain a JSON object/ },
  'wrong-format.json': {
    field: 'format',
    de: /„format“ ist „counterpart-scenario\/1“, erwartet: „counterpart-recording“/,
    en: /"format" is "counterpart-scenario\/1"/,
    line: 2,
  },
  'missing-format.json': { field: 'format', de: /„format“ fehlt/, en: /"format" field is missing/ },
  'wrong-version.json': {
    field: 'version',
    de: /Unbekannte Versionsangabe: den Text „1“ – erwartet wird eine ganze Zahl/,
    en: /Unknown version: the text "1" – expected a whole number/,
    line: 3,
  },
  'newer-version.json': {
    field: 'version',
    de: /Version 3 .*neueren Counterpart-Version.*aktualisieren/,
    en: /version 3, made by a newer Counterpart.*update the app/,
    line: 3,
  },
  'wrong-types.json': {
    field: 'locale',
    de: /„fr“ ist hier nicht erlaubt; erlaubt: de, en/,
    en: /"fr" is not allowed here; allowed: de, en/,
    line: 8,
  },
  'unknown-field.json': { field: 'trainee', de: /Unbekanntes Feld/, en: /Unknown field/ },
  'missing-field.json': {
    field: 'startedAt',
    de: /Pflichtfeld fehlt \(erwartet: ein Text\)/,
    en: /Required field is missing \(expected: a text\)/,
  },
  'bad-id.json': { field: 'id', de: /Keine gültige UUID/, en: /Not a valid UUID/, line: 4 },
  'unknown-intent.json': {
    field: 'intents[2].type',
    de: /Unbekannte Art von Schritt; erlaubt: spoken, choose/,
    en: /Unknown kind of step; allowed: spoken, choose/,
  },
  'proto-key.json': {
    field: 'placeholders.__proto__',
    de: /Feldname „__proto__“ ist nicht erlaubt/,
    en: /field name "__proto__" is not allowed/,
    line: 11,
  },
  'constructor-key.json': {
    field: 'notes[0].constructor',
    de: /Feldname „constructor“ ist nicht erlaubt/,
    en: /field name "constructor" is not allowed/,
  },
  'too-many-notes.json': {
    field: 'notes',
    de: /Liste zu lang \(höchstens 500 Einträge\)/,
    en: /List too long \(at most 500 entries\)/,
  },
  'note-too-long.json': {
    field: 'notes[0].text',
    de: /Text zu lang \(höchstens 4000 Zeichen\)/,
    en: /Text too long \(at most 4000 characters\)/,
  },
  'damaged-poses.json': {
    field: 'poses.head.x',
    de: /Bewegungsdaten sind beschädigt \(head\.x: unerwartetes Zeichen „!“ an Position 10\)/,
    en: /motion data is damaged \(head\.x: unexpected character "!" at position 10\)/,
  },
  'pose-count-mismatch.json': {
    field: 'poses.left.t',
    de: /Bewegungsdaten sind beschädigt \(left\.t: die Spalte endet nach \d+ von \d+ Werten\)/,
    en: /column ends after \d+ of \d+ values/,
  },
  'time-backwards.json': {
    field: 'intents[3].at',
    de: /Schritt 4 liegt zeitlich vor dem Schritt davor/,
    en: /Step 4 lies before the step before it/,
  },
};

const ACCEPTED = ['valid.json', 'html-in-text.json'];

const files = readdirSync(repoPath('tests/fixtures/replays')).sort();
const read = (file: string) => readFileSync(repoPath(`tests/fixtures/replays/${file}`), 'utf8');

describe('replay file corpus', () => {
  it('has an expectation for every file', () => {
    expect(files.sort()).toEqual([...Object.keys(REFUSED), ...ACCEPTED].sort());
  });

  it.each(Object.entries(REFUSED))('refuses %s with a clear message naming the field', (file, expected) => {
    const result = importRecording(read(file), file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [first] = result.problems;
    expect(first?.file).toBe(file);
    expect(first?.field).toBe(expected.field);
    expect(first?.message.de).toMatch(expected.de);
    expect(first?.message.en).toMatch(expected.en);
    if (expected.line !== undefined) expect(first?.line).toBe(expected.line);
  });

  it('reports every wrong type, each with its own field and line', () => {
    const result = importRecording(read('wrong-types.json'), 'wrong-types.json');
    if (result.ok) throw new Error('accepted');
    const fields = result.problems.map((p) => p.field);
    expect(fields).toEqual(['locale', 'intents[1].at', 'sensing.headset.nods', 'notes[0].atMs']);
    const at = result.problems[1];
    expect(at?.message.de).toBe('Falscher Typ: erwartet eine Zahl, gefunden den Text „soon“.');
    expect(at?.message.en).toBe('Wrong type: expected a number, found the text "soon".');
    const lines = read('wrong-types.json').split('\n');
    for (const p of result.problems)
      expect(lines[(p.line as number) - 1]).toContain(
        String(
          p.field
            .split('.')
            .pop()
            ?.replace(/\[\d+\]$/, ''),
        ),
      );
  });

  it.each(ACCEPTED)('accepts %s', (file) => {
    const result = importRecording(read(file), file);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('keeps HTML and script in notes and values as the very same text, nothing interpreted', () => {
    const result = importRecording(read('html-in-text.json'), 'html-in-text.json');
    if (!result.ok) throw new Error('refused');
    expect(result.recording.notes[0]?.text).toBe(
      '<script>alert("xss")</script><img src=x onerror=alert(1)> & &amp; "Zitat" \u2028',
    );
    expect(result.recording.placeholders).toEqual({ product: '<b>Kaffeemaschine</b>' });
  });

  it('leaves Object.prototype alone after reading files with prototype keys', () => {
    for (const file of ['proto-key.json', 'constructor-key.json']) importRecording(read(file), file);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
