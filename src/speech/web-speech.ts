import type { LineEvents, LineToSpeak, SpeechBackend } from './backends';

/** Heuristic gender hints in common voice names (Windows, macOS, Android, Quest). */
const FEMALE =
  /female|frau|woman|anna|katja|hedda|petra|marlene|vicki|helena|sabina|susan|zira|hazel|libby|sonia|samantha|karen|serena|kate/i;
const MALE =
  /male|mann|man\b|markus|stefan|hans|yannick|conrad|daniel|george|ryan|thomas|david|mark|james|oliver|alex\b/i;

/** The best installed voice for a language: exact locale first, then the language, local voices preferred. */
export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
  gender: LineToSpeak['gender'],
): SpeechSynthesisVoice | undefined {
  const base = lang.slice(0, 2).toLowerCase();
  const candidates = voices.filter((v) => v.lang.toLowerCase().replace('_', '-').startsWith(base));
  const score = (v: SpeechSynthesisVoice) =>
    (v.lang.toLowerCase().replace('_', '-') === lang.toLowerCase() ? 4 : 0) +
    (v.localService ? 2 : 0) +
    (gender === 'female' && FEMALE.test(v.name) ? 3 : 0) +
    (gender === 'male' && MALE.test(v.name) && !FEMALE.test(v.name) ? 3 : 0);
  return [...candidates].sort((a, b) => score(b) - score(a))[0];
}

/** The Web Speech API backend, or null where the browser has no voice for any language. */
export function createWebSpeechBackend(
  synth: SpeechSynthesis | undefined = globalThis.speechSynthesis,
): SpeechBackend | null {
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return null;
  return {
    kind: 'web-speech',
    speak(line: LineToSpeak, events: LineEvents) {
      const voice = pickVoice(synth.getVoices(), line.lang, line.gender);
      if (!voice) {
        events.onError();
        return () => {};
      }
      const utterance = new SpeechSynthesisUtterance(line.text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.pitch = line.pitch;
      utterance.rate = line.rate;
      let started = 0;
      let done = false;
      utterance.onstart = () => {
        started = performance.now();
      };
      utterance.onboundary = (e) => {
        if (e.name === 'word' || e.name === undefined)
          events.onBoundary(e.charIndex, (performance.now() - (started || performance.now())) / 1000);
      };
      utterance.onend = () => {
        if (!done) {
          done = true;
          events.onEnd();
        }
      };
      utterance.onerror = (e) => {
        // "interrupted"/"canceled" come from our own cancel(); anything else is a real failure.
        if (done || e.error === 'interrupted' || e.error === 'canceled') return;
        done = true;
        events.onError();
      };
      synth.speak(utterance);
      return () => {
        done = true;
        synth.cancel();
      };
    },
  };
}

/** Whether any installed voice speaks this language (voices may load late: call again on `voiceschanged`). */
export function hasVoiceFor(lang: string, synth: SpeechSynthesis | undefined = globalThis.speechSynthesis): boolean {
  return !!synth && pickVoice(synth.getVoices(), lang, 'any') !== undefined;
}
