import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_FLOW_DEPTH, MAX_INDENT, tooDeeplyNested } from '../../../src/core/scenario/nesting';
import { repoPath } from '../../support/scenarios';

describe('the nesting guard before the YAML parser', () => {
  it('lets every bundled scenario and the valid fixture through', () => {
    for (const file of [
      'scenes/angry-repair-returned.yaml',
      'scenes/threat-end-relationship.yaml',
      'tests/fixtures/scenes/valid/minimal.yaml',
    ]) {
      expect(tooDeeplyNested(readFileSync(repoPath(file), 'utf8'))).toBeUndefined();
    }
  });

  it('refuses deep flow brackets and names the line', () => {
    expect(tooDeeplyNested(`a: 1\nb: ${'['.repeat(MAX_FLOW_DEPTH + 1)}`)).toEqual({ line: 2 });
    expect(tooDeeplyNested(`b: ${'['.repeat(MAX_FLOW_DEPTH)}${']'.repeat(MAX_FLOW_DEPTH)}`)).toBeUndefined();
  });

  it('refuses deep indentation, with spaces or block dashes', () => {
    expect(tooDeeplyNested(`a:\n${' '.repeat(MAX_INDENT + 1)}b: 1`)).toEqual({ line: 2 });
    expect(tooDeeplyNested(`a:\n${'- '.repeat(MAX_INDENT)}x`)).toEqual({ line: 2 });
  });
});
