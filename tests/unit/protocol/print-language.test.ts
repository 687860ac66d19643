import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { PrintProtocol } from '../../../src/app/print/PrintProtocol';
import { printModelOf } from '../../../src/app/print/print-model';
import { createRecording } from '../../../src/core/recording/create';
import { PoseRecorder } from '../../../src/core/recording/pose-recorder';
import { setLocale } from '../../../src/i18n/locale';
import { playScript } from '../../support/play';
import { scenarioFrom } from '../../support/scenarios';

afterEach(() => setLocale('de'));

describe('the printed protocol', () => {
  const scenario = scenarioFrom('scenes/angry-repair-returned.yaml');

  it('is in the session’s language, whatever language the menu shows', () => {
    const run = playScript(scenario, ['not_responsible', 'threaten_to_end'], { locale: 'de' });
    const recording = createRecording({
      id: '3f0e9a52-6c1d-4b7e-9a8f-000000000001',
      pseudonym: 'blau-7',
      startedAt: '2026-03-14T09:30:00.000Z',
      log: run.log,
      endMs: 60_000,
      poses: new PoseRecorder().encode(),
      sensing: null,
    });
    // The trainer's menu is English; the session ran in German.
    setLocale('en');
    const html = renderToStaticMarkup(
      createElement(PrintProtocol, {
        recording,
        model: printModelOf(recording, scenario, recording.locale),
        locale: recording.locale,
      }),
    );
    expect(html).toContain('lang="de"');
    expect(html).toContain('Szenario');
    expect(html).toContain('Pseudonym');
    expect(html).not.toMatch(/>Scenario<|>Transcript<|>Outcome</);
    expect(html).toContain(scenario.title.de.slice(0, 12));
  });
});
