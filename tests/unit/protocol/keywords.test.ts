import { describe, expect, it } from 'vitest';
import { mentions } from '../../../src/core/protocol/keywords';
import { foldText, stem } from '../../../src/core/protocol/normalise';

describe('text folding', () => {
  it('makes case, umlaut spellings, ß and accents equal', () => {
    expect(foldText('Rückruf')).toBe(foldText('RUECKRUF'));
    expect(foldText('Größe')).toBe(foldText('groesse'));
    expect(foldText('Café — „Gerät“!')).toBe('cafe gerat');
  });

  it('trims inflection endings but keeps four letters', () => {
    expect(stem('vereinbarung')).toBe('vereinbar');
    expect(stem('pumpe')).toBe('pump');
    expect(stem('replacement')).toBe('replac');
    expect(stem('tag')).toBe('tag');
  });
});

describe('mentions', () => {
  it.each<[string, string[]]>([
    ['Der Kunde möchte ein AUSTAUSCHGERÄT.', ['Austauschgerät']],
    ['austauschgeraete werden geliefert', ['Austauschgerät']],
    ['Rueckruf zugesagt', ['Rückruf']],
    ['wir haben einen Termin vereinbart', ['Vereinbarung']],
    ['Folgetermin am Freitag', ['Termin']],
    ['Die Maschine ist wieder total kaputt', ['wieder kaputt']],
    ['Saturday delivery of the replacements', ['replacement']],
    ['we are replacing the machine', ['replacement']],
    ['error code e21 again', ['E21']],
    ['He took a day off', ['day off']],
  ])('%j mentions %j', (text, keywords) => {
    expect(mentions(text, keywords)).toBe(true);
  });

  it.each<[string, string[]]>([
    ['Die Maschine ist kaputt', ['wieder kaputt']],
    ['kaputt, wie immer, und nun wieder', ['wieder kaputt']],
    ['Tageslicht', ['TV']],
    ['Die Reparatur', ['Austausch']],
    ['', ['Austausch']],
    ['e2 and e210', ['E21', 'X']],
  ])('%j does not mention %j', (text, keywords) => {
    expect(mentions(text, keywords)).toBe(false);
  });
});
