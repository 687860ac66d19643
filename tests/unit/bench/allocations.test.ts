import { describe, expect, it } from 'vitest';
import { type HeapNode, Sums, tallyHeapProfile } from '../../../scripts/bench/allocations';

/** A heap profile node; `url` stands for its original source here (the resolver below returns it). */
const node = (functionName: string, url: string, selfSize: number, children: HeapNode[] = []): HeapNode => ({
  callFrame: { functionName, url, lineNumber: 0, columnNumber: 0 },
  selfSize,
  children,
});

describe('allocation tally', () => {
  it('counts a task entered through the frame loop apart from one an event started', () => {
    const head = node('(root)', '', 0, [
      // R3F's loop → the app's useFrame callback → a native allocator (charged to its caller).
      node('loop', 'node_modules/@react-three/fiber/dist/index.js', 10, [
        node('update', 'src/scene/avatar/rig.ts', 100, [node('Float32Array', '', 40)]),
      ]),
      // A timer (a word boundary) → the speech store → a selector.
      node('onboundary', 'src/speech/web-speech.ts', 0, [
        node('setState', 'node_modules/zustand/esm/vanilla.mjs', 300),
      ]),
      // A native task without a script at its top: its script callee decides.
      node('(V8 API)', '', 0, [node('render', 'node_modules/three/build/three.module.js', 7)]),
    ]);
    const sums = { loop: new Sums(), events: new Sums() };
    tallyHeapProfile(head, (url) => url, sums);
    expect(sums.loop.total).toBe(157);
    expect(sums.events.total).toBe(300);
    expect(sums.loop.groups.get('src/scene/avatar')).toBe(140);
    expect(sums.loop.sites.get('src/scene/avatar/rig.ts update')).toBe(140);
    expect(sums.events.groups.get('zustand')).toBe(300);
    expect(sums.loop.groups.get('three')).toBe(7);
  });
});
