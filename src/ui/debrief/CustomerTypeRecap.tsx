import './debrief-lines.css';
import type { CustomerType, Locale } from '../../core/scenario/vocabulary';
import { CUSTOMER_TYPE_LABELS, CUSTOMER_TYPE_SIGNS } from '../../core/scoring/type-recognition';
import { DEBRIEF_TEXTS } from '../../i18n/debrief-texts';
import { useText } from '../../i18n/use-text';

/**
 * In practice the menu names the type, so the debrief does not ask for it (the answer would test
 * reading the menu, not the customer); it recalls the type's signs and strategy instead.
 */
export function CustomerTypeRecap({ type, locale }: { type: CustomerType; locale: Locale }) {
  const text = useText(DEBRIEF_TEXTS);
  return (
    <section className="type-recap" aria-label={text('customerType')}>
      <p>
        <strong>
          {text('customerType')}: {CUSTOMER_TYPE_LABELS[type][locale]}
        </strong>{' '}
        {CUSTOMER_TYPE_SIGNS[type][locale]}
      </p>
    </section>
  );
}
