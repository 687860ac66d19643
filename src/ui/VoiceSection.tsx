import type { Locale } from '../core/scenario/vocabulary';
import { VOICE_STATUS_TEXT, type VoiceFeedback } from '../core/voice/feedback';
import { useText } from '../i18n/use-text';
import { VOICE_TEXT } from '../voice/voice-texts';

const DIGITS: Record<string, number> = { 'syll/s': 1, Hz: 0, st: 1, dBFS: 1, s: 1 };

/** A measure with its unit in the reader's language ("4,2 Silben/s", "4.2 syll./s"). */
export function formatted(value: number, unit: string, locale: Locale): string {
  return `${value.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: DIGITS[unit] ?? 1, minimumFractionDigits: DIGITS[unit] ?? 1 })} ${unit === 'syll/s' ? (locale === 'de' ? 'Silben/s' : 'syll./s') : unit === 'st' ? (locale === 'de' ? 'Halbtöne' : 'semitones') : unit}`;
}

/**
 * The debrief's „Stimme“ section: one row per measure with its value (also as data-measure /
 * data-value for trainers' exports and tests), the verdict relative to the trainee's own voice,
 * and advice where there is some.
 */
export function VoiceSection({ feedback, locale }: { feedback: VoiceFeedback; locale: Locale }) {
  const voiceText = useText(VOICE_TEXT);
  return (
    <section className="voice-feedback" aria-label={voiceText('voice')} data-voice-status={feedback.status}>
      <h2>{voiceText('voice')}</h2>
      <dl className="body-language">
        {feedback.items.map((item) => (
          <div key={item.id} data-measure={item.id} data-value={item.value ?? undefined} data-kind={item.kind}>
            <dt>{item.label[locale]}</dt>
            <dd>
              {item.value !== null && <span className="figure">{formatted(item.value, item.unit, locale)}</span>}
              {item.relative && <span className="relative">({item.relative[locale]}) </span>}
              <span className="verdict">{item.verdict[locale]}</span>
              {item.advice && (
                <span className="advice">
                  {' '}
                  – {voiceText('advice')}: {item.advice[locale]}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {feedback.moments.length > 0 && (
        <ul className="voice-moments">
          {feedback.moments.map((m) => (
            <li key={m.atMs} data-voice-moment={m.atMs}>
              {formatClock(m.atMs)} – {m.what[locale]}
            </li>
          ))}
        </ul>
      )}
      {feedback.syllableCheck && (
        <p
          className="voice-syllables"
          data-syllables-counted={feedback.syllableCheck.counted}
          data-syllables-wording={feedback.syllableCheck.wording}
        >
          {feedback.syllableCheck.text[locale]}
        </p>
      )}
      <p className="voice-privacy">{VOICE_STATUS_TEXT[feedback.status][locale]}</p>
    </section>
  );
}

function formatClock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
