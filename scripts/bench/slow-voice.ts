/**
 * A stand-in for the Web Speech API, installed in the bench's pages before the app runs: one
 * German and one English voice that say each word for SECONDS_PER_WORD, with a boundary event
 * per word as a real voice sends them. Headless Chromium has no voices (the app would time lines
 * from their text), and a real voice's line lasts a few seconds, which at the bench's one or two
 * software-rendered frames a second is a handful of frames, most of them the line's set-up. The
 * slow voice keeps a line going long enough to measure the steady frames of a speaking customer
 * through the same path a headset with a voice takes (boundaries drive the lip-sync). The bench
 * can hold a line (HOLD_FLAG) until it has measured its frames. A string,
 * not a function: tsx would wrap inner functions in a helper the page lacks.
 */
export const SECONDS_PER_WORD = 2;

/**
 * While this window property is true, a line the slow voice says does not end: its words start
 * over (boundaries and all, so the lip-sync keeps running). The bench sets it while it measures
 * a speaking window (frame-windows.ts), so a window never takes in the line's end — the answers
 * appearing, buttons swapped — which is an event, not a frame of the customer speaking.
 */
export const HOLD_FLAG = '__benchHoldLine';

export const SLOW_VOICE_SCRIPT = `(() => {
  const voices = [
    { name: 'Bench Anna', lang: 'de-DE', localService: true, default: true, voiceURI: 'bench-de' },
    { name: 'Bench Kate', lang: 'en-GB', localService: true, default: false, voiceURI: 'bench-en' },
  ];
  let timers = [];
  const clear = () => { for (const t of timers) clearTimeout(t); timers = []; };
  class Utterance {
    constructor(text) { this.text = text ?? ''; this.lang = ''; this.voice = null; this.pitch = 1; this.rate = 1; }
  }
  const synth = {
    speaking: false,
    pending: false,
    paused: false,
    onvoiceschanged: null,
    getVoices: () => voices,
    addEventListener() {},
    removeEventListener() {},
    pause() {},
    resume() {},
    cancel() { clear(); synth.speaking = false; },
    speak(u) {
      clear();
      synth.speaking = true;
      const words = [...u.text.matchAll(/\\S+/g)].map((m) => m.index);
      const step = ${SECONDS_PER_WORD * 1000};
      const end = () => { clear(); synth.speaking = false; u.onend && u.onend({ charIndex: u.text.length, name: 'end' }); };
      // One round of the line's words; while the bench holds the line (${HOLD_FLAG}), another
      // round follows, and a word of a repeated round ends the line as soon as the hold is let go.
      const round = (repeat) => {
        words.forEach((charIndex, i) => {
          timers.push(setTimeout(() => {
            if (repeat && !window.${HOLD_FLAG}) end();
            else if (u.onboundary) u.onboundary({ charIndex, name: 'word' });
          }, i * step));
        });
        timers.push(setTimeout(() => (window.${HOLD_FLAG} && words.length > 0 ? round(true) : end()), words.length * step));
      };
      timers.push(setTimeout(() => u.onstart && u.onstart({ charIndex: 0, name: 'start' }), 0));
      round(false);
    },
  };
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
  window.SpeechSynthesisUtterance = Utterance;
})();`;
