import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/scoring/report';
import { setLocale } from '../../../src/i18n/locale';
import { TimelineLegend } from '../../../src/review/TimelineLegend';
import { timelineMarkers } from '../../../src/review/timeline-markers';
import { CappedNote } from '../../../src/ui/debrief/CappedNote';
import { goldenMoves } from '../../support/golden-paths';
import { playScript } from '../../support/play';
import { scenarioFrom } from '../../support/scenarios';

/** Rendered to markup without a browser: what the debrief's and the review's new lines say. */
const scenario = scenarioFrom('scenes/angry-repair-returned.yaml');
const reportOf = (path: string) =>
  buildReport(scenario, playScript(scenario, goldenMoves('angry-repair-returned', path)).log);
const text = (html: string) => html.replace(/<[^>]+>/g, '');
afterEach(() => setLocale('de'));

describe('the unsolved cap in the debrief', () => {
  it('says the overall score is capped, why, and what the three scores would average', () => {
    // A friendly sales pitch instead of facts: pleasant scores, the customer leaves, the concern unsolved.
    const suspicious = scenarioFrom('scenes/suspicious-warranty-fee.yaml');
    const report = buildReport(
      suspicious,
      playScript(suspicious, goldenMoves('suspicious-warranty-fee', 'wrong-moment-sales')).log,
    );
    const mean = Math.round((report.tone.score + report.structure.score + report.escalation.score) / 3);
    expect(report.overall.capped).toBeDefined();
    expect(mean).toBeGreaterThan(35);
    expect(report.overall.score).toBe(35);
    const de = text(renderToStaticMarkup(createElement(CappedNote, { report, locale: 'de' })));
    expect(de).toContain('begrenzt auf 35');
    expect(de).toContain('Das Anliegen blieb ungelöst');
    expect(de).toContain(`ergäben im Schnitt ${mean}.`);
    setLocale('en');
    const en = text(renderToStaticMarkup(createElement(CappedNote, { report, locale: 'en' })));
    expect(en).toContain('capped at 35');
    expect(en).toContain(`would average ${mean}.`);
  });

  it('does not claim a cap that changed nothing: a mean below 35 only says why it is critical', () => {
    const report = reportOf('worst');
    expect(report.overall.capped).toBeDefined();
    expect(report.overall.score).toBeLessThan(35);
    const de = text(renderToStaticMarkup(createElement(CappedNote, { report, locale: 'de' })));
    expect(de).toContain('Das Anliegen blieb ungelöst');
    expect(de).not.toContain('begrenzt auf');
    expect(de).not.toContain('im Schnitt');
  });

  it('says nothing when the concern was solved', () => {
    expect(renderToStaticMarkup(createElement(CappedNote, { report: reportOf('best'), locale: 'de' }))).toBe('');
  });
});

describe('the review timeline legend', () => {
  it('names each lane with its mark and how many there are, so an empty lane reads as none', () => {
    const report = reportOf('worst');
    const choices = [
      { at: 5000, ordinal: 1, text: 'a' },
      { at: 9000, ordinal: 2, text: 'b' },
    ];
    const markers = timelineMarkers(choices, report, []);
    const html = renderToStaticMarkup(createElement(TimelineLegend, { markers }));
    const lanes = text(html);
    expect(lanes).toContain('Antwort des Trainees (2)');
    expect(lanes).toContain(`Schlüsselmoment der Auswertung (${report.keyMoments.length})`);
    expect(lanes).toContain('Trainer-Notiz (0)');
    for (const kind of ['choice', 'moment', 'mood-peak', 'note']) expect(html).toContain(`review-marker-${kind}`);
    setLocale('en');
    expect(text(renderToStaticMarkup(createElement(TimelineLegend, { markers })))).toContain('Trainer note (0)');
  });
});
