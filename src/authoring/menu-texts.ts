import { defineTexts } from '../i18n/define-texts';

/** The few texts of the trainer's scenarios that the start menu shows (the page's own are in authoring-texts.ts). */
export const OWN_SCENARIO_MENU = defineTexts({
  ownScenario: { de: 'eigenes Szenario', en: 'own scenario' },
  scenariosPage: { de: 'Eigene Szenarien', en: 'Own scenarios' },
});
