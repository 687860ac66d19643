import { describe, expect, it } from 'vitest';
import { sumAnimationFrames, type TraceEvent } from '../../../scripts/bench/frame-cpu';

const frame = (pid: number, tid: number, dur: number, tdur?: number): TraceEvent => ({
  name: 'FireAnimationFrame',
  ph: 'X',
  pid,
  tid,
  dur,
  ...(tdur !== undefined && { tdur }),
});

describe('animation frames in CPU time', () => {
  it('sums wall and CPU time of the thread that draws the frames', () => {
    const events: TraceEvent[] = [
      frame(7, 1, 5000, 2000),
      frame(7, 1, 6000, 2500),
      frame(7, 1, 4000, 1500),
      // Another renderer's single frame (a menu iframe, a devtools page): not the page's thread.
      frame(9, 1, 90_000, 80_000),
      // Not a frame: a timer's task on the same thread.
      { name: 'TimerFire', ph: 'X', pid: 7, tid: 1, dur: 70_000, tdur: 70_000 },
      // A frame's begin mark without durations.
      { name: 'FireAnimationFrame', ph: 'I', pid: 7, tid: 1 },
    ];
    expect(sumAnimationFrames(events)).toEqual({ frames: 3, wallUs: 15_000, cpuUs: 6000 });
  });

  it('counts only frames that carry a thread time', () => {
    expect(sumAnimationFrames([frame(7, 1, 5000), frame(7, 1, 5000, 1000)])).toEqual({
      frames: 1,
      wallUs: 5000,
      cpuUs: 1000,
    });
  });

  it('gives nothing for a trace without frames', () => {
    expect(sumAnimationFrames([])).toEqual({ frames: 0, wallUs: 0, cpuUs: 0 });
  });
});
