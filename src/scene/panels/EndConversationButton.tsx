import { Text } from '@react-three/uikit';
import { useState } from 'react';
import { SESSION_TEXT } from '../../i18n/session-texts';
import { useText } from '../../i18n/use-text';
import { sessionStore } from '../../state/session';
import { PanelButton } from './PanelButton';
import { COLORS, TEXT } from './theme';

const abandon = () => sessionStore.getState().abandon();

/**
 * The pause row's "End conversation" in the scene (pointed at with a ray in the headset). It asks
 * first, in place — the same two steps as the desktop's pause screen — because an ended
 * conversation is kept only as abandoned.
 */
export function EndConversationButton() {
  const sessionText = useText(SESSION_TEXT);
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <PanelButton
        name="end-conversation"
        label={sessionText('endConversation')}
        variant="quiet"
        onClick={() => setAsking(true)}
      />
    );
  return (
    <>
      <Text fontSize={TEXT.button} fontWeight="bold" color={COLORS.weak}>
        {sessionText('endQuestionShort')}
      </Text>
      <PanelButton name="end-confirm" label={sessionText('endYes')} variant="primary" onClick={abandon} />
      <PanelButton name="end-cancel" label={sessionText('endNo')} onClick={() => setAsking(false)} />
    </>
  );
}
