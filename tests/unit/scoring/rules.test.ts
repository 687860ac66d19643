import { describe, expect, it } from 'vitest';
import type { Response } from '../../../src/core/scenario/schema';
import type { Tone } from '../../../src/core/scenario/vocabulary';
import type { Act } from '../../../src/core/scoring/acts';
import { cueFor, responseMerit } from '../../../src/core/scoring/merit';
import { scoreStructure } from '../../../src/core/scoring/structure';
import { scoreTone } from '../../../src/core/scoring/tone';

const mood = { anger: 50, trust: 50, patience: 50 };
function response(tone: Tone, techniques: Response['techniques'] = [], effects: Response['effects'] = {}): Response {
  return {
    id: tone,
    text: { de: tone, en: tone },
    tone,
    techniques,
    effects,
    next: 'x',
    feedback: { de: '-', en: '-' },
  };
}
function said(tone: Tone, techniques: Response['techniques'] = []): Act {
  return {
    kind: 'response',
    node: 'n',
    at: 0,
    latencyMs: null,
    response: response(tone, techniques),
    moodBefore: mood,
    moodAfter: mood,
  };
}

describe('tone rules', () => {
  it('averages the tones', () => {
    expect(scoreTone([said('empathetic'), said('dismissive')]).score).toBe(55);
  });
  it('caps the score after an aggressive answer', () => {
    const acts = [said('empathetic'), said('empathetic'), said('empathetic'), said('empathetic'), said('aggressive')];
    expect(scoreTone(acts).score).toBe(50);
    expect(scoreTone(acts.slice(0, 4)).score).toBe(100);
  });
});

describe('structure rules', () => {
  const all = ['acknowledge', 'clarify', 'summarise', 'offer', 'commit'] as const;
  it('gives full marks for all five steps in the right order', () => {
    const acts = [
      said('empathetic', ['empathy']),
      said('factual', ['open_question']),
      said('factual', ['neutral_summary']),
      said('factual', ['alternatives']),
      said('factual', ['binding_next_steps']),
    ];
    expect(scoreStructure(acts, all).score).toBe(100);
  });
  it('deducts for a solution before the feeling was acknowledged', () => {
    const acts = [
      said('factual', ['alternatives']),
      said('empathetic', ['empathy']),
      said('factual', ['open_question']),
      said('factual', ['neutral_summary']),
      said('factual', ['binding_next_steps']),
    ];
    expect(scoreStructure(acts, all).score).toBe(100 - 15 - 10);
  });
  it('only counts the steps a scenario expects', () => {
    const acts = [said('empathetic', ['empathy']), said('assertive', ['boundary_setting', 'binding_next_steps'])];
    expect(scoreStructure(acts, ['acknowledge', 'commit']).score).toBe(100);
  });
});

describe('merit and cues', () => {
  it('weighs mood effects and tone', () => {
    // −anger + trust + ½ patience + (tone score − 50) / 5
    expect(responseMerit(response('empathetic', [], { anger: -10, trust: 5, patience: 4 }))).toBe(10 + 5 + 2 + 10);
    expect(responseMerit(response('aggressive', [], { anger: 10 }))).toBe(-10 - 10);
  });
  it('cues the best answer as good, a weaker one as mixed and a harmful one as poor', () => {
    const good = { ...response('empathetic', [], { anger: -20 }), id: 'good' };
    const meh = { ...response('apologetic', [], { anger: -2 }), id: 'meh' };
    const bad = { ...response('aggressive', [], { anger: 20 }), id: 'bad' };
    const node = { say: [], responses: [good, bad, meh] } as never;
    expect(cueFor(node, 'good')).toBe('good');
    expect(cueFor(node, 'meh')).toBe('mixed');
    expect(cueFor(node, 'bad')).toBe('poor');
  });
});
