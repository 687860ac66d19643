import type { Localized } from '../scenario/schema';

/** What the scene measured about the trainee's body language; every field is optional. */
export interface BodyLanguageInput {
  /** Where the figures come from: a headset's head pose, or the desktop camera direction. */
  source: 'headset' | 'desktop';
  /** Share (0–1) of the customer's speaking time with the trainee's head turned to the customer's face. */
  eyeContact?: number;
  /** Change in head distance to the customer (m); negative = leaned in. */
  distanceChange?: number;
  /** Nods per minute of customer speech. */
  nodsPerMinute?: number;
}

export interface BodyLanguageItem {
  key: 'eyeContact' | 'distance' | 'nodding' | 'latency';
  measured: boolean;
  value: number | null;
  verdict: Localized;
}

const NOT_MEASURED: Localized = { de: 'nicht gemessen', en: 'not measured' };

/**
 * Body-language figures for the debrief. They are reported, not folded into the three scores:
 * a desktop trainee has no head pose to measure, and no figure is ever invented.
 */
export function bodyLanguageItems(
  input: BodyLanguageInput | undefined,
  medianLatencyMs: number | null,
): BodyLanguageItem[] {
  const items: BodyLanguageItem[] = [];
  const eye = input?.eyeContact;
  items.push(
    eye === undefined
      ? { key: 'eyeContact', measured: false, value: null, verdict: NOT_MEASURED }
      : {
          key: 'eyeContact',
          measured: true,
          value: eye,
          verdict:
            eye >= 0.6
              ? {
                  de: 'Sie haben den Kunden beim Zuhören angesehen.',
                  en: 'You looked at the customer while listening.',
                }
              : {
                  de: 'Sie haben oft weggesehen, während der Kunde sprach.',
                  en: 'You often looked away while the customer spoke.',
                },
        },
  );
  const distance = input?.distanceChange;
  items.push(
    distance === undefined
      ? { key: 'distance', measured: false, value: null, verdict: NOT_MEASURED }
      : {
          key: 'distance',
          measured: true,
          value: distance,
          verdict:
            Math.abs(distance) < 0.15
              ? {
                  de: 'Sie haben einen ruhigen, gleichbleibenden Abstand gehalten.',
                  en: 'You kept a calm, steady distance.',
                }
              : distance < 0
                ? {
                    de: 'Sie sind nähergekommen – bei aufgebrachten Kunden wirkt das bedrängend.',
                    en: 'You moved closer – with an upset customer that can feel pushy.',
                  }
                : {
                    de: 'Sie sind zurückgewichen – das kann unsicher wirken.',
                    en: 'You stepped back – that can look unsure.',
                  },
        },
  );
  const nods = input?.nodsPerMinute;
  items.push(
    nods === undefined
      ? { key: 'nodding', measured: false, value: null, verdict: NOT_MEASURED }
      : {
          key: 'nodding',
          measured: true,
          value: nods,
          verdict:
            nods >= 2
              ? { de: 'Ihr Nicken hat aktives Zuhören signalisiert.', en: 'Your nodding signalled active listening.' }
              : {
                  de: 'Kaum Nicken – ein Nicken zeigt, dass Sie zuhören.',
                  en: 'Hardly any nodding – a nod shows you are listening.',
                },
        },
  );
  items.push(
    medianLatencyMs === null
      ? { key: 'latency', measured: false, value: null, verdict: NOT_MEASURED }
      : {
          key: 'latency',
          measured: true,
          value: medianLatencyMs,
          verdict:
            medianLatencyMs < 1500
              ? {
                  de: 'Sehr schnelle Antworten – lesen Sie alle Möglichkeiten?',
                  en: 'Very quick answers – do you read all the options?',
                }
              : medianLatencyMs <= 12000
                ? { de: 'Zügige, überlegte Antworten.', en: 'Prompt, considered answers.' }
                : { de: 'Langes Zögern vor den Antworten.', en: 'Long hesitation before answering.' },
        },
  );
  return items;
}
