import type { Locale } from '../core/scenario/vocabulary';
import type { BodyLanguageInput, BodyLanguageItem } from '../core/scoring/body-language';
import { SENSING, type SensingTotals } from '../core/sensing/totals';
import { defineTexts, text } from '../i18n/define-texts';
import { intlLocale } from '../i18n/format';
import { useText } from '../i18n/use-text';

export interface BodyLanguageListProps {
  items: BodyLanguageItem[];
  locale: Locale;
  /** What the scene measured (its source decides the explanations); undefined when nothing was. */
  input?: BodyLanguageInput | undefined;
  /** The sensing totals behind it: how long the customer spoke while it was measured. */
  sensing?: SensingTotals | null;
}

/** The figures' names, what each means by where it was measured, and where the figures come from. */
const BODY_TEXTS = defineTexts({
  eyeContact: { de: 'Blickkontakt', en: 'Eye contact' },
  distance: { de: 'Abstand', en: 'Distance' },
  nodding: { de: 'Nicken', en: 'Nodding' },
  latency: { de: 'Antwortzeit', en: 'Response time' },
  headsetOnly: {
    de: 'Am Bildschirm nicht messbar – nur mit Headset.',
    en: 'Cannot be measured on a screen – only with a headset.',
  },
  eyeContactHeadset: {
    de: 'Anteil der Redezeit des Kunden, in der Ihr Kopf zu seinem Gesicht gewandt war (bis etwa 15° daneben).',
    en: 'Share of the customer’s speaking time in which your head was turned to his or her face (within about 15°).',
  },
  eyeContactDesktop: {
    de: 'Am Bildschirm aus der Blickrichtung der Kamera abgeleitet: Anteil der Redezeit, in der das Gesicht des Kunden in der Mitte Ihrer Ansicht war. Wohin Ihre Augen sahen, misst das nicht.',
    en: 'On a screen this is derived from the camera direction: the share of the speaking time with the customer’s face in the middle of your view. It cannot tell where your eyes were looking.',
  },
  distanceHeadset: {
    de: 'Wie sich der Abstand Ihres Kopfes zum Gesicht des Kunden gegenüber den ersten Sekunden verändert hat: minus = näher gekommen, plus = zurückgewichen.',
    en: 'How your head’s distance to the customer’s face changed from the first seconds: minus = moved closer, plus = stepped back.',
  },
  distanceHeadsetShort: { de: 'Zu wenig Redezeit für einen Vergleich.', en: 'Too little speaking time to compare.' },
  noddingHeadset: {
    de: 'Kopfnicken pro Minute, während der Kunde sprach – ein Zeichen aktiven Zuhörens.',
    en: 'Nods per minute while the customer spoke – a sign of active listening.',
  },
  latencyExplained: {
    de: 'Typische Zeit (Median) vom Erscheinen der Antworten bis zu Ihrer Wahl.',
    en: 'Typical time (median) from the answers appearing to your choice.',
  },
  notMeasured: {
    de: 'Nicht gemessen: Der Kunde hat zu kurz gesprochen (unter {min} s), um Ihre Körpersprache beim Zuhören zu beurteilen.',
    en: 'Not measured: the customer spoke too briefly (under {min} s) to judge your body language while listening.',
  },
  measuredHeadset: {
    de: 'Mit dem Headset gemessen, während der Kunde sprach ({s} s).',
    en: 'Measured with the headset while the customer spoke ({s} s).',
  },
  desktopNotCounted: {
    de: 'Die {s} s am Bildschirm zählen hier nicht.',
    en: 'The {s} s on the screen do not count here.',
  },
  measuredDesktop: {
    de: 'Am Bildschirm gemessen, während der Kunde sprach ({s} s). Ohne Headset gibt es keine Kopfbewegung: Der Blickkontakt ist aus der Blickrichtung der Kamera abgeleitet (wohin Sie die Ansicht gedreht haben), Abstand und Nicken werden nicht gemessen.',
    en: 'Measured on the screen while the customer spoke ({s} s). Without a headset there is no head movement: eye contact is derived from the camera direction (where you turned the view), distance and nodding are not measured.',
  },
});

type BodyTextKey = keyof typeof BODY_TEXTS;

/** What each figure means, by where it came from. */
const EXPLAIN = {
  eyeContact: { headset: 'eyeContactHeadset', desktop: 'eyeContactDesktop' },
  distance: { headset: 'distanceHeadset', headsetShort: 'distanceHeadsetShort', desktop: 'headsetOnly' },
  nodding: { headset: 'noddingHeadset', desktop: 'headsetOnly' },
  latency: 'latencyExplained',
} as const satisfies Record<string, BodyTextKey | Record<string, BodyTextKey>>;

const EXPLAIN_STYLE = { display: 'block', marginTop: '0.15rem' } as const;

function figure(item: BodyLanguageItem, locale: Locale): string {
  if (item.value === null) return '–';
  const n = (v: number, digits = 0) => v.toLocaleString(intlLocale(locale), { maximumFractionDigits: digits });
  switch (item.key) {
    case 'eyeContact':
      return `${n(item.value * 100)} %`;
    case 'distance':
      return `${item.value > 0 ? '+' : ''}${n(item.value, 2)} m`;
    case 'nodding':
      return `${n(item.value, 1)}/min`;
    case 'latency':
      return `${n(item.value / 1000, 1)} s`;
  }
}

function explanation(item: BodyLanguageItem, source: BodyLanguageInput['source'] | undefined): BodyTextKey | null {
  if (item.key === 'latency') return EXPLAIN.latency;
  if (!source) return null;
  if (item.key === 'eyeContact') return EXPLAIN.eyeContact[source];
  if (item.key === 'distance')
    return source === 'headset' && !item.measured ? EXPLAIN.distance.headsetShort : EXPLAIN.distance[source];
  return EXPLAIN.nodding[source];
}

/** Where the figures come from, in one sentence (or why there are none). */
function measurementNote(
  input: BodyLanguageInput | undefined,
  sensing: SensingTotals | null | undefined,
  locale: Locale,
): string {
  const s = (ms: number) => Math.round(ms / 1000).toLocaleString(intlLocale(locale));
  if (!input) return text(BODY_TEXTS, 'notMeasured', locale, { min: s(SENSING.minListenMs) });
  const own = sensing?.[input.source].listenMs ?? 0;
  if (input.source === 'headset') {
    const desktop = sensing?.desktop.listenMs ?? 0;
    const base = text(BODY_TEXTS, 'measuredHeadset', locale, { s: s(own) });
    if (desktop < 1000) return base;
    return `${base} ${text(BODY_TEXTS, 'desktopNotCounted', locale, { s: s(desktop) })}`;
  }
  return text(BODY_TEXTS, 'measuredDesktop', locale, { s: s(own) });
}

/** Body-language figures with what each means; those not measured say so instead of showing a number. */
export function BodyLanguageList({ items, locale, input, sensing }: BodyLanguageListProps) {
  const bodyText = useText(BODY_TEXTS);
  return (
    <>
      <p className="body-language-note" data-source={input?.source ?? 'none'}>
        {measurementNote(input, sensing, locale)}
      </p>
      <dl className="body-language">
        {items.map((item) => {
          const explained = explanation(item, input?.source);
          return (
            <div key={item.key} data-key={item.key} data-measured={item.measured}>
              <dt>{bodyText(item.key)}</dt>
              <dd>
                <span className="figure">{figure(item, locale)}</span> {item.verdict[locale]}
                {explained && (
                  <small className="body-language-explain" style={EXPLAIN_STYLE}>
                    {bodyText(explained)}
                  </small>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}
