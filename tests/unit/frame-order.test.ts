import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRAME_ORDER } from '../../src/scene/frame-order';
import { repoPath } from '../support/scenarios';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The source of each `useFrame(` call up to its matching closing parenthesis. */
function frameCalls(text: string): string[] {
  const calls: string[] = [];
  for (let i = text.indexOf('useFrame('); i >= 0; i = text.indexOf('useFrame(', i + 1)) {
    let depth = 0;
    let j = i + 'useFrame'.length;
    for (; j < text.length; j++) {
      if (text[j] === '(') depth++;
      else if (text[j] === ')' && --depth === 0) break;
    }
    calls.push(text.slice(i, j + 1));
  }
  return calls;
}

describe('one frame order', () => {
  const calls = files(repoPath('src')).flatMap((file) => {
    // Comments mention useFrame( too; only code counts.
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    return frameCalls(code).map((call) => [file.slice(file.indexOf('src/')), call] as const);
  });

  it('finds the frame callbacks', () => {
    expect(calls.length).toBeGreaterThanOrEqual(9);
  });

  it.each(calls)('%s takes its priority from FRAME_ORDER', (_file, call) => {
    expect(call).toMatch(/,\s*FRAME_ORDER\.\w+\s*\)$/);
  });

  it('has no positive priority (that would stop R3F rendering)', () => {
    for (const priority of Object.values(FRAME_ORDER)) expect(priority).toBeLessThanOrEqual(0);
  });
});
