import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../support/scenarios';

describe('npm run play', { timeout: 60_000 }, () => {
  it("prints the trainee's choices, the reasons and each score's explanation in both languages", () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/play-path.ts', 'angry-repair-returned', 'let_him_talk', 'mirror_feelings'],
      {
        cwd: repoPath(''),
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(r.status).toBe(0);
    // The choice with its tone and techniques, then the feedback the debrief shows for it.
    expect(r.stdout).toMatch(/▸ \[opening\] let_him_talk: „Oh nein .*“ \(einfühlsam, aktives Zuhören/);
    expect(r.stdout).toMatch(/warum: Sie erkennen seinen Ärger an/);
    expect(r.stdout).toMatch(/▸ \[opening\] let_him_talk: „Oh no.*“ \(empathetic, active listening/);
    expect(r.stdout).toMatch(/why: \S+/);
    // Each score is followed by its reasons.
    expect(r.stdout).toMatch(/Ton \d+ – .*\n\s+· Ihre Antworten klangen/);
    expect(r.stdout).toMatch(/structure \d+ – .*\n\s+· (Done|Missing): /);
  });
});
