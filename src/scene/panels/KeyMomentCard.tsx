import { Container, Text } from '@react-three/uikit';
import type { Locale } from '../../core/scenario/vocabulary';
import type { KeyMoment } from '../../core/scoring/key-moments';
import { DEBRIEF_TEXTS } from '../../i18n/debrief-texts';
import { KEY_MOMENT_LABELS, UI } from '../../i18n/ui-texts';
import { useText } from '../../i18n/use-text';
import { COLORS, TEXT } from './theme';

export interface KeyMomentCardProps {
  moment: KeyMoment;
  locale: Locale;
}

const QUOTES = { de: ['„', '“'], en: ['“', '”'] } as const;

/** In 3D only the gist fits: the start of a long answer, cut at a word, with an ellipsis. */
const BRIEF_CHARS = 110;
function brief(text: string): string {
  if (text.length <= BRIEF_CHARS) return text;
  const cut = text.slice(0, BRIEF_CHARS);
  // A no-break space: uikit wraps only at plain spaces, so the ellipsis stays on the word's line.
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), BRIEF_CHARS * 0.6)).replace(/[\s,;:–-]+$/, '')}\u00a0…`;
}

/** One moment that mattered: what the trainee said and, where there was one, the better answer. */
export function KeyMomentCard({ moment, locale }: KeyMomentCardProps) {
  const momentText = useText(KEY_MOMENT_LABELS);
  const uiText = useText(UI);
  const debriefText = useText(DEBRIEF_TEXTS);
  const [open, close] = QUOTES[locale];
  const stripe = moment.kind === 'strong' ? COLORS.good : COLORS.weak;
  return (
    <Container flexDirection="row" borderRadius={12} backgroundColor={COLORS.sand}>
      <Container width={6} flexShrink={0} borderLeftRadius={12} backgroundColor={stripe} />
      <Container flexGrow={1} flexShrink={1} flexDirection="column" gap={5} paddingX={14} paddingY={10}>
        <Text fontSize={TEXT.label} fontWeight="bold" color={stripe}>
          {`${momentText(moment.kind)}${moment.count > 1 ? ` (${debriefText('repeatedShort', { n: moment.count })})` : ''}`}
        </Text>
        {moment.chosen && (
          <Text fontSize={TEXT.label} lineHeight={1.3} color={COLORS.ink} wordBreak="break-word">
            {`${uiText('youSaid')}: ${open}${brief(moment.chosen.text[locale])}${close}`}
          </Text>
        )}
        {moment.better && (
          <Container borderRadius={8} paddingX={10} paddingY={6} backgroundColor={COLORS.betterTint}>
            <Text fontSize={TEXT.label} lineHeight={1.3} color={COLORS.goodInk} wordBreak="break-word">
              {`${uiText('better')}: ${open}${brief(moment.better.text[locale])}${close}`}
            </Text>
          </Container>
        )}
      </Container>
    </Container>
  );
}
