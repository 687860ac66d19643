/**
 * `npm run play -- SCENARIO-ID MOVE...`: plays a path through a scenario (response ids, or
 * "interrupt" / "timeout") and prints, in both languages, the conversation, the trainee's choices
 * with the reasons the debrief gives for them (feedback), the ending, each score with its
 * explanation, and the key moments — the quickest way for an author to see what a path feels
 * like and to write a golden transcript (tests/golden/).
 */
import { fill, placeholderValues } from '../src/core/dialogue/text';
import type { Localized } from '../src/core/scenario/schema';
import { TECHNIQUE_TEXT, TONE_TEXT } from '../src/core/scenario/vocabulary-labels';
import { readConversation } from '../src/core/scoring/acts';
import { buildReport } from '../src/core/scoring/report';
import { playScript } from '../tests/support/play';
import { scenarioFrom } from '../tests/support/scenarios';

const [id, ...moves] = process.argv.slice(2);
if (!id) {
  console.log('usage: npm run play -- SCENARIO-ID [MOVE...]');
  process.exit(1);
}

const WORDS = {
  de: {
    you: 'Sie',
    ending: 'Ende',
    none: 'noch keines – wartet bei',
    scores: 'Bewertung',
    overall: 'gesamt',
    tone: 'Ton',
    structure: 'Struktur',
    escalation: 'Eskalation',
    why: 'warum',
    interrupt: 'unterbrochen',
    timeout: 'Zeit abgelaufen',
    moment: 'Schlüsselmoment',
    better: 'besser',
    mood: 'Stimmung',
  },
  en: {
    you: 'You',
    ending: 'ending',
    none: 'none yet – waiting at',
    scores: 'scores',
    overall: 'overall',
    tone: 'tone',
    structure: 'structure',
    escalation: 'escalation',
    why: 'why',
    interrupt: 'interrupted',
    timeout: 'time ran out',
    moment: 'key moment',
    better: 'better',
    mood: 'mood',
  },
} as const;

try {
  const scenario = scenarioFrom(`scenes/${id}.yaml`);
  for (const locale of ['de', 'en'] as const) {
    const w = WORDS[locale];
    const text = (t: Localized | undefined) => (t ? fill(t[locale], placeholderValues(scenario, locale)) : '');
    const run = playScript(scenario, moves, { locale });
    const report = buildReport(scenario, run.log);
    const { acts } = readConversation(scenario, run.log);
    console.log(`\n— ${locale}`);
    for (const line of run.said) console.log(`  » ${line}`);
    console.log(`\n  ${w.you}:`);
    for (const act of acts) {
      const mood = `${w.mood} ${act.moodBefore.anger}/${act.moodBefore.trust}/${act.moodBefore.patience} → ${act.moodAfter.anger}/${act.moodAfter.trust}/${act.moodAfter.patience}`;
      const node = scenario.nodes[act.node];
      if (act.kind === 'response') {
        const r = act.response;
        const how = [TONE_TEXT[r.tone][locale], ...r.techniques.map((t) => TECHNIQUE_TEXT[t][locale])].join(', ');
        console.log(`  ▸ [${act.node}] ${r.id}: „${text(r.text)}“ (${how}; ${mood})`);
        console.log(`      ${w.why}: ${text(r.feedback)}`);
        if (r.moment) console.log(`      ${text(r.moment.why)}`);
      } else if (act.kind === 'interrupt') {
        console.log(`  ▸ [${act.node}] ${w.interrupt} (${mood})`);
        console.log(`      ${w.why}: ${text(node?.interrupt?.feedback)}`);
      } else {
        console.log(`  ▸ [${act.node}] ${w.timeout} (${mood})`);
        if (node?.onTimeout?.feedback) console.log(`      ${w.why}: ${text(node.onTimeout.feedback)}`);
      }
    }
    console.log(
      `\n  ${w.ending}: ${run.state.ending ? `${run.state.ending.node} (${run.state.ending.outcome})` : `${w.none} "${run.state.beat.node}"`}`,
    );
    console.log(
      `  ${w.scores}: ${w.overall} ${report.overall.score} – ${report.overall.verdict[locale]}${report.overall.capped ? ` (${report.overall.capped[locale]})` : ''}`,
    );
    for (const key of ['tone', 'structure', 'escalation'] as const) {
      const item = report[key];
      console.log(`    ${w[key]} ${item.score} – ${item.verdict[locale]}`);
      for (const reason of item.reasons) console.log(`      · ${reason[locale]}`);
    }
    for (const m of report.keyMoments) {
      console.log(`  ${w.moment}: ${m.kind} [${m.node}]${m.chosen ? ` „${m.chosen.text[locale]}“` : ''}`);
      if (m.better) console.log(`      ${w.better}: „${m.better.text[locale]}“ – ${m.better.feedback[locale]}`);
    }
  }
} catch (err) {
  console.log(`error: ${(err as Error).message}`);
  process.exit(1);
}
