import { describe, expect, it } from 'vitest';
import { followSessionLocale } from '../../../src/app/follow-locale';
import { defineTexts, text } from '../../../src/i18n/define-texts';
import { currentLocale } from '../../../src/i18n/locale';
import { sessionStore } from '../../../src/state/session';

const TEXTS = defineTexts({
  greet: { de: 'Guten Tag', en: 'Good day' },
  count: { de: '{n} Versuche, {who}', en: '{n} attempts, {who}' },
});

describe('texts', () => {
  it('looks a text up in the language asked for', () => {
    expect(text(TEXTS, 'greet', 'de')).toBe('Guten Tag');
    expect(text(TEXTS, 'greet', 'en')).toBe('Good day');
  });

  it('fills placeholders from values and leaves a placeholder without a value visible', () => {
    expect(text(TEXTS, 'count', 'de', { n: 3, who: 'Kim' })).toBe('3 Versuche, Kim');
    expect(text(TEXTS, 'count', 'en', { n: 1 })).toBe('1 attempts, {who}');
    expect(text(TEXTS, 'count', 'en')).toBe('{n} attempts, {who}');
  });

  it('makes a missing translation or an unknown key a type error', () => {
    // @ts-expect-error the English text is missing
    const missing = defineTexts({ greet: { de: 'Hallo' } });
    // @ts-expect-error no text has this key
    const unknown = () => text(TEXTS, 'farewell', 'de');
    expect(missing.greet?.de).toBe('Hallo');
    expect(unknown).toThrow();
  });

  it('follows the language of the session settings once the app connects them', () => {
    const before = sessionStore.getState().settings.locale;
    const stop = followSessionLocale();
    sessionStore.getState().setSettings({ locale: 'en' });
    expect(currentLocale()).toBe('en');
    sessionStore.getState().setSettings({ locale: 'de' });
    expect(currentLocale()).toBe('de');
    sessionStore.getState().setSettings({ locale: before });
    stop();
    sessionStore.getState().setSettings({ locale: before === 'de' ? 'en' : 'de' });
    expect(currentLocale()).toBe(before);
    sessionStore.getState().setSettings({ locale: before });
  });
});
