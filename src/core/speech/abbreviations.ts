/**
 * What written shorthand sounds like, per locale: abbreviations (looked up lower case with
 * their dots), symbols, and letter names for spelt acronyms (PDF, GmbH's parts).
 */
import type { Locale } from '../scenario/vocabulary';

/**
 * Abbreviations → the words said. Keys are lower case; a trailing dot is part of the key.
 * Left out on purpose: dotted forms that are also words ("No." ends "I said no.", "Max.").
 */
export const ABBREVIATIONS: Record<Locale, Readonly<Record<string, string>>> = {
  de: {
    'z.b.': 'zum beispiel', 'd.h.': 'das heißt', 'u.a.': 'unter anderem', 'usw.': 'und so weiter',
    'bzw.': 'beziehungsweise', 'ca.': 'zirka', 'nr.': 'nummer', 'dr.': 'doktor', 'hr.': 'herr',
    'fr.': 'frau', 'inkl.': 'inklusive', 'exkl.': 'exklusive', 'evtl.': 'eventuell', 'ggf.': 'gegebenenfalls',
    'mwst.': 'mehrwertsteuer', 'tel.': 'telefon', 'str.': 'straße', 'std.': 'stunden', 'min.': 'minuten',
    'sek.': 'sekunden', 'etc.': 'et cetera', 'mio.': 'millionen', 'mrd.': 'milliarden', 'vgl.': 'vergleiche',
    'bspw.': 'beispielsweise', 'o.k.': 'okay', ok: 'okay', gmbh: 'geh emm beh hah', 'u.u.': 'unter umständen',
  },
  en: {
    'mr.': 'mister', 'mrs.': 'missus', 'ms.': 'miz', 'dr.': 'doctor', 'st.': 'street',
    'e.g.': 'for example', 'i.e.': 'that is', 'etc.': 'et cetera', 'vs.': 'versus', 'approx.': 'approximately',
    'min.': 'minutes', 'dept.': 'department', 'inc.': 'incorporated', 'ltd.': 'limited',
    ok: 'okay', 'o.k.': 'okay', mr: 'mister', mrs: 'missus', dr: 'doctor',
  },
};

/** Symbols that are spoken as words. */
export const SYMBOL_WORDS: Record<Locale, Readonly<Record<string, string>>> = {
  de: { '€': 'euro', $: 'dollar', '£': 'pfund', '%': 'prozent', '&': 'und', '+': 'plus', '§': 'paragraf', '@': 'ät' },
  en: { '€': 'euros', $: 'dollars', '£': 'pounds', '%': 'percent', '&': 'and', '+': 'plus', '§': 'section', '@': 'at' },
};

/** Letter names, spelt so that the locale's own rules read them right. */
export const LETTER_NAMES: Record<Locale, Readonly<Record<string, string>>> = {
  de: {
    a: 'ah', b: 'beh', c: 'zeh', d: 'deh', e: 'eh', f: 'eff', g: 'geh', h: 'hah', i: 'ih', j: 'jott', k: 'kah',
    l: 'ell', m: 'emm', n: 'enn', o: 'oh', p: 'peh', q: 'kuh', r: 'err', s: 'ess', t: 'teh', u: 'uh', v: 'vau',
    w: 'weh', x: 'ix', y: 'üpsilon', z: 'zett', ä: 'äh', ö: 'öh', ü: 'üh',
  },
  en: {
    a: 'ay', b: 'bee', c: 'see', d: 'dee', e: 'ee', f: 'eff', g: 'jee', h: 'aitch', i: 'eye', j: 'jay', k: 'kay',
    l: 'ell', m: 'em', n: 'en', o: 'oh', p: 'pee', q: 'cue', r: 'ar', s: 'ess', t: 'tee', u: 'you', v: 'vee',
    w: 'double you', x: 'ex', y: 'why', z: 'zee',
  },
};
