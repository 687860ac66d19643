import { type KeyFactInput, type ScenarioProtocol, scenarioProtocolSchema } from '../../../src/core/protocol/key-facts';
import { goldenMoves } from '../../support/golden-paths';

/**
 * A frozen copy of the key facts of scenes/angry-repair-returned.yaml (its `protocol:` field), so
 * the checker's own tests do not move when a trainer edits the scenario's keywords. Both
 * agreement endings book the replacement for Saturday and a call on Friday.
 */
const AGREED = ['resolved_replacement', 'follow_up_agreed'];

const facts: KeyFactInput[] = [
  {
    id: 'fault_again',
    part: 'concern',
    label: { de: 'Gerät nach der Reparatur wieder defekt (E21)', en: 'machine broken again after the repair (E21)' },
    keywords: {
      de: ['wieder kaputt', 'wieder defekt', 'erneut defekt', 'E21', 'pumpt nicht ab', 'Pumpendefekt'],
      en: ['broken again', 'faulty again', 'E21', "won't drain", 'pump fault'],
    },
  },
  {
    id: 'repair_history',
    part: 'concern',
    label: { de: 'erst vor einer Woche aus der Reparatur zurück', en: 'back from repair only a week ago' },
    keywords: { de: ['Reparatur', 'repariert'], en: ['repair', 'repaired'] },
  },
  {
    id: 'lost_day_off',
    part: 'concern',
    required: false,
    label: { de: 'Urlaubstag für den verspäteten Techniker', en: 'day off lost to the late technician' },
    keywords: { de: ['Urlaub', 'Techniker zu spät'], en: ['day off', 'leave', 'technician late'] },
  },
  {
    id: 'replacement',
    part: 'agreement',
    endings: AGREED,
    label: { de: 'Austauschgerät, geliefert und angeschlossen', en: 'replacement machine, delivered and installed' },
    keywords: {
      de: ['Austausch', 'neue Maschine', 'neues Gerät', 'Neugerät'],
      en: ['replacement', 'new machine', 'swap'],
    },
  },
  {
    id: 'saturday_slot',
    part: 'agreement',
    endings: AGREED,
    label: { de: 'Termin Samstag 9–12 Uhr', en: 'slot on Saturday 9–12' },
    keywords: { de: ['Samstag'], en: ['Saturday'] },
  },
  {
    id: 'friday_call',
    part: 'agreement',
    endings: AGREED,
    required: false,
    label: { de: 'persönlicher Rückruf am Freitag', en: 'personal call on Friday' },
    keywords: { de: ['Rückruf', 'Freitag anrufen', 'Freitag'], en: ['call', 'ring', 'Friday'] },
  },
];

export const ANGRY_REPAIR_PROTOCOL: ScenarioProtocol = scenarioProtocolSchema.parse({ facts, followUpEndings: AGREED });

export const PATHS = {
  best: goldenMoves('angry-repair-returned', 'best'),
  followUp: [
    'calm_down',
    'own_it_and_listen',
    'same_fault_closed',
    'summarise_facts',
    'small_voucher',
    'offer_two_options',
    'ask_preferred_slot',
    'confirm_binding',
  ],
  undecided: [
    'let_him_talk',
    'mirror_feelings',
    'same_fault_closed',
    'summarise_facts',
    'honest_no_repeat',
    'offer_two_options',
    'standard_window',
  ],
  worst: ['not_responsible', 'threaten_to_end'],
  handedOver: ['calm_down', 'fetch_supervisor'],
};
