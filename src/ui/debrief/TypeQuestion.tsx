import './debrief-lines.css';
import type { Scenario } from '../../core/scenario/schema';
import { CUSTOMER_TYPES, type CustomerType, type Locale } from '../../core/scenario/vocabulary';
import type { TypeRecognitionItem } from '../../core/scoring/type-recognition';
import { CUSTOMER_TYPE_LABELS, TYPE_QUESTION } from '../../core/scoring/type-recognition';
import type { SessionLog } from '../../core/session/log';
import { DEBRIEF_TEXTS } from '../../i18n/debrief-texts';
import { useText } from '../../i18n/use-text';
import { answerCustomerType } from '../../recording/answer-type';

export interface TypeQuestionProps {
  scenario: Scenario;
  log: SessionLog;
  item: TypeRecognitionItem | undefined;
  locale: Locale;
}

/** The five types of the article first, „anderer“ last. */
const OPTIONS: readonly CustomerType[] = CUSTOMER_TYPES;

/**
 * „Welcher Kundentyp war das?“ — asked in the debrief after an assessment (the menu did not name
 * the type). Six buttons; once answered, the scored line with the type's signs, on its own and
 * never part of the overall score. The answer can be changed; the last one counts.
 */
export function TypeQuestion({ scenario, log, item, locale }: TypeQuestionProps) {
  const text = useText(DEBRIEF_TEXTS);
  return (
    <section
      className="type-question"
      aria-label={TYPE_QUESTION[locale]}
      data-answered={item ? (item.correct ? 'correct' : 'wrong') : undefined}
    >
      <h2>{TYPE_QUESTION[locale]}</h2>
      <p className="type-question-hint">{text('typeQuestionHint')}</p>
      <div className="type-options">
        {OPTIONS.map((type) => (
          <button
            key={type}
            type="button"
            data-type={type}
            aria-pressed={item?.answer === type}
            className={item && type === item.actual ? 'type-actual' : undefined}
            onClick={() => answerCustomerType(scenario, log, type)}
          >
            {CUSTOMER_TYPE_LABELS[type][locale]}
          </button>
        ))}
      </div>
      {item && <TypeRecognitionLine item={item} locale={locale} />}
    </section>
  );
}

/** The scored line: recognised or not, and the type's signs — shown in the debrief and the review. */
export function TypeRecognitionLine({ item, locale }: { item: TypeRecognitionItem; locale: Locale }) {
  const text = useText(DEBRIEF_TEXTS);
  return (
    <div className="type-result" data-item="type-recognition" role="status">
      <p className="type-result-head">
        <span className="score-label">{text('typeRecognition')}</span>{' '}
        <strong className="type-result-verdict" data-correct={item.correct}>
          {text(item.correct ? 'typeRight' : 'typeWrong')}
        </strong>
        <small className="type-result-apart">{text('typeApart')}</small>
      </p>
      <p className="type-result-feedback">{item.feedback[locale]}</p>
    </div>
  );
}
