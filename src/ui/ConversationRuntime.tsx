import { useKeyboardIntents } from '../input/useKeyboardIntents';
import { useDeadlineTicker } from './useDeadlineTicker';
import { useSpeechDirector } from './useSpeechDirector';

/**
 * What runs a conversation besides what shows it: keys become store actions, the customer's lines
 * are spoken (and lip-synced through the live drive), and a decision's deadline is watched. Mounted
 * while a conversation is on screen, beside the views (the DOM mirror and the 3D panels), which
 * only render; renders nothing.
 */
export function ConversationRuntime() {
  useKeyboardIntents();
  useSpeechDirector();
  useDeadlineTicker();
  return null;
}
