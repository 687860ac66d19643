import type { Locale } from '../core/scenario/vocabulary';
import type { BodyLanguageItem } from '../core/scoring/body-language';

export interface BodyLanguageListProps {
  items: BodyLanguageItem[];
  locale: Locale;
}

const LABELS = {
  eyeContact: { de: 'Blickkontakt', en: 'Eye contact' },
  distance: { de: 'Abstand', en: 'Distance' },
  nodding: { de: 'Nicken', en: 'Nodding' },
  latency: { de: 'Antwortzeit', en: 'Response time' },
} as const;

function figure(item: BodyLanguageItem, locale: Locale): string {
  if (item.value === null) return '–';
  const n = (v: number, digits = 0) => v.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: digits });
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

/** Body-language figures; those not measured say so instead of showing a number. */
export function BodyLanguageList({ items, locale }: BodyLanguageListProps) {
  return (
    <dl className="body-language">
      {items.map((item) => (
        <div key={item.key} data-measured={item.measured}>
          <dt>{LABELS[item.key][locale]}</dt>
          <dd>
            <span className="figure">{figure(item, locale)}</span> {item.verdict[locale]}
          </dd>
        </div>
      ))}
    </dl>
  );
}
