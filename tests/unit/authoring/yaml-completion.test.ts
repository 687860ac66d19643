import { CompletionContext } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { scenarioCompletion } from '../../../src/authoring/yaml-completion';

/** The labels offered with the cursor at `|`. */
function offered(text: string, explicit = false): string[] {
  const pos = text.indexOf('|');
  const state = EditorState.create({ doc: text.replace('|', '') });
  return scenarioCompletion(new CompletionContext(state, pos, explicit))?.options.map((o) => o.label) ?? [];
}

describe('completion in the scenario editor', () => {
  it('offers the fixed values of tone, customer type, gesture, avatar and techniques', () => {
    expect(offered('nodes:\n  a:\n    responses:\n      - tone: emp|')).toContain('empathetic');
    expect(offered('customer:\n  type: |', true)).toContain('talkative');
    expect(offered('customer:\n  avatar: |', true)).toEqual([
      'angry',
      'commuter',
      'demanding',
      'elderly-woman',
      'furious',
      'indecisive',
      'regular',
      'returning',
      'student',
      'suspicious',
      'talkative',
      'threatening',
    ]);
    expect(offered('    say:\n      - gesture: sh|')).toContain('shrug');
    expect(offered('      - techniques: [empathy, op|')).toContain('open_question');
    expect(offered('        techniques:\n          - act|')).toContain('active_listening');
  });

  it('offers the field names of the place the cursor is in', () => {
    expect(offered('customer:\n  vo|')).toContain('voice');
    expect(offered('customer:\n  vo|')).not.toContain('responses');
    expect(offered('nodes:\n  opening:\n    time|')).toContain('timeLimit');
    expect(offered('nodes:\n  opening:\n    responses:\n      - id: a\n        feed|')).toContain('feedback');
    expect(offered('form|')).toContain('format');
  });

  it('offers nothing inside comments or free text', () => {
    expect(offered('# ton|')).toEqual([]);
    expect(offered('title:\n  de: Ein Kunde ko|')).toEqual([]);
  });
});
