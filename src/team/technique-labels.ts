import { defineTexts } from '../i18n/define-texts';

/** The techniques of src/core/scenario/vocabulary.ts in words, for the team's figures. */
export const TECHNIQUE_LABELS = defineTexts({
  active_listening: { de: 'Aktiv zuhören', en: 'Active listening' },
  empathy: { de: 'Verständnis zeigen', en: 'Empathy' },
  open_question: { de: 'Offene Frage', en: 'Open question' },
  closed_question: { de: 'Geschlossene Frage', en: 'Closed question' },
  neutral_summary: { de: 'Sachlich zusammenfassen', en: 'Neutral summary' },
  stay_calm: { de: 'Ruhig bleiben', en: 'Stay calm' },
  keep_distance: { de: 'Abstand wahren', en: 'Keep distance' },
  alternatives: { de: 'Alternativen anbieten', en: 'Offer alternatives' },
  individual_solution: { de: 'Individuelle Lösung', en: 'Individual solution' },
  binding_next_steps: { de: 'Verbindliche nächste Schritte', en: 'Binding next steps' },
  transparency: { de: 'Transparenz', en: 'Transparency' },
  focus_conversation: { de: 'Gespräch fokussieren', en: 'Focus the conversation' },
  boundary_setting: { de: 'Grenzen setzen', en: 'Set boundaries' },
  escalate_to_supervisor: { de: 'An Vorgesetzte übergeben', en: 'Escalate to a supervisor' },
  end_relationship: { de: 'Geschäftsbeziehung beenden', en: 'End the relationship' },
  documentation: { de: 'Dokumentieren', en: 'Documentation' },
});
