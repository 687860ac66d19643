import { Container, Text } from '@react-three/uikit';
import { scenarioText } from '../../core/dialogue/text';
import type { EndingRating } from '../../core/scoring/ending-rating';
import { uncappedOverall } from '../../core/scoring/report';
import { CRITICAL_CAP } from '../../core/scoring/weights';
import { DEBRIEF_TEXTS } from '../../i18n/debrief-texts';
import { PROTOCOL_UI } from '../../i18n/protocol-texts';
import { SESSION_TEXT } from '../../i18n/session-texts';
import { DIFFICULTY_LABELS, OUTCOME_LABELS, UI } from '../../i18n/ui-texts';
import { useText } from '../../i18n/use-text';
import { useRunProtocol } from '../../state/protocol-store';
import { sessionStore, useSession } from '../../state/session';
import { useXrPresence } from '../../state/xr-presence';
import { PANEL_FONT_FAMILIES } from './fonts';
import { KeyMomentCard } from './KeyMomentCard';
import { MoodLines } from './MoodLines';
import { objectName, PANEL_NAMES } from './object-name';
import { PanelButton } from './PanelButton';
import { ScoreRow } from './ScoreRow';
import { TypeQuestionRow } from './TypeQuestionRow';
import { COLORS, ON_TOP, PIXEL_SIZE, TEXT } from './theme';

export interface DebriefPanelProps {
  /** How many key moments fit; the DOM debrief lists them all. */
  moments?: number;
}

/** The ending's chip, coloured by how good the ending is (the core's rating), not by its kind. */
const RATING_COLORS: Record<EndingRating, string> = { good: COLORS.good, mixed: COLORS.mixed, poor: COLORS.weak };

const retry = () => sessionStore.getState().retry();
const backToMenu = () => sessionStore.getState().backToMenu();

/**
 * The end of a session, readable at arm's length: the overall score and the three scores with
 * bars and verdicts, the protocol's score once written on the desktop (a hint to do so before), the customer's mood over time, the first key moments (what was said, what
 * was better), and the way on. Reasons and body language stay in the DOM debrief.
 */
export function DebriefPanel({ moments = 2 }: DebriefPanelProps) {
  const outcomeText = useText(OUTCOME_LABELS);
  const protocolText = useText(PROTOCOL_UI);
  const uiText = useText(UI);
  const debriefText = useText(DEBRIEF_TEXTS);
  const levelText = useText(DIFFICULTY_LABELS);
  const mode = useSession((s) => s.settings.mode);
  const log = useSession((s) => s.run?.log);
  const report = useSession((s) => s.report);
  const inHeadset = useXrPresence((s) => s.session != null);
  const scenario = useSession((s) => s.scenario);
  const locale = useSession((s) => s.settings.locale);
  const runId = useSession((s) => s.runId);
  const abandoned = useSession((s) => s.abandoned);
  const sessionText = useText(SESSION_TEXT);
  // The protocol is typed in the DOM debrief; in the headset this panel only points there.
  const { check } = useRunProtocol(runId);
  if (!report || !scenario || !log) return null;
  const scores = [
    { key: 'tone', item: report.tone },
    { key: 'structure', item: report.structure },
    { key: 'escalation', item: report.escalation },
  ] as const;
  return (
    <Container
      ref={objectName(PANEL_NAMES.debrief)}
      pixelSize={PIXEL_SIZE}
      width={700}
      flexDirection="column"
      gap={16}
      padding={24}
      borderRadius={22}
      backgroundColor={COLORS.paper}
      fontFamilies={PANEL_FONT_FAMILIES}
      {...ON_TOP}
    >
      <Container flexDirection="row" alignItems="center" gap={14}>
        <Container flexGrow={1} flexShrink={1} flexDirection="column" gap={2}>
          <Text fontSize={TEXT.title} fontWeight="bold" color={COLORS.accent}>
            {uiText('feedback')}
          </Text>
          <Text fontSize={TEXT.label} color={COLORS.muted} wordBreak="break-word">
            {`${scenarioText(scenario, scenario.title, locale)} · ${debriefText('difficulty')}: ${levelText(report.difficulty)}`}
          </Text>
        </Container>
        {abandoned && (
          <Container flexShrink={0} paddingX={14} paddingY={6} borderRadius={1000} backgroundColor={COLORS.muted}>
            <Text fontSize={TEXT.label} fontWeight="bold" color={COLORS.accentInk}>
              {sessionText('abandonedTitle')}
            </Text>
          </Container>
        )}
        {!abandoned && report.outcome && (
          <Container
            flexShrink={0}
            paddingX={14}
            paddingY={6}
            borderRadius={1000}
            backgroundColor={RATING_COLORS[report.endingRating ?? 'mixed']}
          >
            <Text fontSize={TEXT.label} fontWeight="bold" color={COLORS.accentInk}>
              {outcomeText(report.outcome)}
            </Text>
          </Container>
        )}
      </Container>
      <Container flexDirection="row" gap={24}>
        <Container width={300} flexShrink={0} flexDirection="column" gap={12}>
          <ScoreRow
            label={uiText('overall')}
            score={report.overall.score}
            verdict={report.overall.verdict[locale]}
            emphasis
          />
          {report.overall.capped && (
            <Text fontSize={TEXT.label} lineHeight={1.3} color={COLORS.weak} wordBreak="break-word">
              {uncappedOverall(report) > report.overall.score
                ? debriefText('cappedShort', { cap: CRITICAL_CAP, mean: uncappedOverall(report) })
                : debriefText('unsolvedShort', { cap: CRITICAL_CAP })}
            </Text>
          )}
          {scores.map(({ key, item }) => (
            <ScoreRow key={key} label={uiText(key)} score={item.score} verdict={item.verdict[locale]} />
          ))}
          {check ? (
            <ScoreRow label={protocolText('documentation')} score={check.score} verdict={check.verdict[locale]} />
          ) : (
            <Text fontSize={TEXT.label} color={COLORS.muted} wordBreak="break-word">
              {protocolText(inHeadset ? 'headsetHint' : 'desktopHint')}
            </Text>
          )}
          <Text marginTop={6} fontSize={TEXT.label} fontWeight="bold" color={COLORS.muted}>
            {uiText('moodChart')}
          </Text>
          <MoodLines timeline={report.moodTimeline} width={300} />
        </Container>
        <Container flexGrow={1} flexShrink={1} flexDirection="column" gap={10}>
          <Text fontSize={TEXT.label} fontWeight="bold" color={COLORS.muted}>
            {uiText('keyMoments')}
          </Text>
          {report.keyMoments.length === 0 && (
            <Text fontSize={TEXT.body} color={COLORS.muted}>
              {uiText('noMoments')}
            </Text>
          )}
          {report.keyMoments.slice(0, moments).map((m) => (
            <KeyMomentCard key={`${m.at}-${m.node}`} moment={m} locale={locale} />
          ))}
        </Container>
      </Container>
      {/* In the headset the type question is answered here; the DOM debrief asks the same. */}
      {mode === 'assessment' && (
        <TypeQuestionRow scenario={scenario} log={log} item={report.typeRecognition} locale={locale} />
      )}
      <Container flexDirection="row" justifyContent="flex-end" gap={12}>
        <PanelButton name="debrief-menu" label={uiText('backToMenu')} onClick={backToMenu} />
        <PanelButton name="debrief-retry" label={uiText('tryAgain')} variant="primary" onClick={retry} />
      </Container>
    </Container>
  );
}
