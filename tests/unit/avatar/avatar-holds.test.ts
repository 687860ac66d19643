import { describe, expect, it } from 'vitest';
import { createAvatarHolds } from '../../../src/scene/avatar/avatar-holds';

/** Deferred runs collected by hand, so each test says when "one task later" is. */
function manual() {
  const queue: (() => void)[] = [];
  return {
    defer: (run: () => void) => queue.push(run),
    flush: () => {
      for (const run of queue.splice(0)) run();
    },
  };
}

describe('avatar holds', () => {
  it('frees a model one task after its only holder lets go', () => {
    const tasks = manual();
    const holds = createAvatarHolds(tasks.defer);
    const freed: string[] = [];
    holds.hold('/a.vrm');
    holds.release('/a.vrm', () => freed.push('/a.vrm'));
    expect(freed).toEqual([]);
    tasks.flush();
    expect(freed).toEqual(['/a.vrm']);
    expect(holds.holders('/a.vrm')).toBe(0);
  });

  it('keeps a model that the warm-up hands to the stage in one commit', () => {
    const tasks = manual();
    const holds = createAvatarHolds(tasks.defer);
    let freed = 0;
    holds.hold('/a.vrm'); // the menu's warm-up
    holds.release('/a.vrm', () => freed++); // the warm-up unmounts …
    holds.hold('/a.vrm'); // … and the stage mounts in the same commit
    tasks.flush();
    expect(freed).toBe(0);
    expect(holds.holders('/a.vrm')).toBe(1);
  });

  it('keeps a model while a second holder has it, and frees it once after both let go', () => {
    const tasks = manual();
    const holds = createAvatarHolds(tasks.defer);
    let freed = 0;
    holds.hold('/a.vrm');
    holds.hold('/a.vrm');
    holds.release('/a.vrm', () => freed++);
    tasks.flush();
    expect(freed).toBe(0);
    holds.release('/a.vrm', () => freed++);
    // Held and let go again before the first check ran: still freed once.
    holds.hold('/a.vrm');
    holds.release('/a.vrm', () => freed++);
    tasks.flush();
    expect(freed).toBe(1);
  });

  it('frees the old model when the menu moves on to another customer, and only that one', () => {
    const tasks = manual();
    const holds = createAvatarHolds(tasks.defer);
    const freed: string[] = [];
    holds.hold('/a.vrm');
    holds.release('/a.vrm', () => freed.push('/a.vrm'));
    holds.hold('/b.vrm');
    tasks.flush();
    expect(freed).toEqual(['/a.vrm']);
    expect(holds.holders('/b.vrm')).toBe(1);
  });
});
