import { Container, Text } from '@react-three/uikit';
import type { Scenario } from '../../core/scenario/schema';
import { CUSTOMER_TYPES, type Locale } from '../../core/scenario/vocabulary';
import { CUSTOMER_TYPE_LABELS, TYPE_QUESTION, type TypeRecognitionItem } from '../../core/scoring/type-recognition';
import type { SessionLog } from '../../core/session/log';
import { DEBRIEF_TEXTS } from '../../i18n/debrief-texts';
import { useText } from '../../i18n/use-text';
import { answerCustomerType } from '../../recording/answer-type';
import { PanelButton } from './PanelButton';
import { COLORS, TEXT } from './theme';

export interface TypeQuestionRowProps {
  scenario: Scenario;
  log: SessionLog;
  item: TypeRecognitionItem | undefined;
  locale: Locale;
}

/**
 * „Welcher Kundentyp war das?“ on the 3D debrief, so a trainee in the headset answers it there:
 * six buttons until answered, then the scored line (never part of the overall score).
 */
export function TypeQuestionRow({ scenario, log, item, locale }: TypeQuestionRowProps) {
  const text = useText(DEBRIEF_TEXTS);
  if (item) {
    return (
      <Container
        flexDirection="column"
        gap={4}
        paddingX={14}
        paddingY={10}
        borderRadius={12}
        backgroundColor={COLORS.sand}
      >
        <Text
          fontSize={TEXT.label}
          fontWeight="bold"
          color={item.correct ? COLORS.goodInk : COLORS.weak}
          wordBreak="break-word"
        >
          {`${text('typeRecognition')}: ${text(item.correct ? 'typeRight' : 'typeWrong')} – ${CUSTOMER_TYPE_LABELS[item.actual][locale]}`}
        </Text>
        <Text fontSize={TEXT.label} color={COLORS.muted} wordBreak="break-word">
          {text('typeApart')}
        </Text>
      </Container>
    );
  }
  return (
    <Container
      flexDirection="column"
      gap={8}
      paddingX={14}
      paddingY={10}
      borderRadius={12}
      backgroundColor={COLORS.sand}
    >
      <Text fontSize={TEXT.body} fontWeight="bold" color={COLORS.ink}>
        {TYPE_QUESTION[locale]}
      </Text>
      <Container flexDirection="row" flexWrap="wrap" gap={8}>
        {CUSTOMER_TYPES.map((type) => (
          <PanelButton
            key={type}
            name={`type-${type}`}
            label={CUSTOMER_TYPE_LABELS[type][locale]}
            fontSize={TEXT.label}
            onClick={() => answerCustomerType(scenario, log, type)}
          />
        ))}
      </Container>
    </Container>
  );
}
