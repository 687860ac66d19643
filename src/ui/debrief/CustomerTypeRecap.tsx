import './debrief-lines.css';
import { dt } from '../../app/debrief-texts';
import { CUSTOMER_TYPE_LABELS, CUSTOMER_TYPE_SIGNS } from '../../core/scoring/type-recognition';
import type { CustomerType, Locale } from '../../core/scenario/vocabulary';

/**
 * In practice the menu names the type, so the debrief does not ask for it (the answer would test
 * reading the menu, not the customer); it recalls the type's signs and strategy instead.
 */
export function CustomerTypeRecap({ type, locale }: { type: CustomerType; locale: Locale }) {
  return (
    <section className="type-recap" aria-label={dt('customerType', locale)}>
      <p>
        <strong>
          {dt('customerType', locale)}: {CUSTOMER_TYPE_LABELS[type][locale]}
        </strong>{' '}
        {CUSTOMER_TYPE_SIGNS[type][locale]}
      </p>
    </section>
  );
}
