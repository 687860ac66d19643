import { VRMExpression, VRMExpressionManager } from '@pixiv/three-vrm';
import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../../src/core/math/seeded-random';
import type { MouthWeights } from '../../../src/core/speech/visemes';
import { createAvatarCues } from '../../../src/scene/avatar/avatar-cues';
import { FaceAnimator } from '../../../src/scene/avatar/face-animator';

function manager(names: string[]) {
  const m = new VRMExpressionManager();
  for (const name of names) m.registerExpression(new VRMExpression(name));
  return m;
}

describe('the face animator’s lip-sync', () => {
  it('puts each shape of this frame’s mouth on its expression, a little under full', () => {
    const m = manager(['aa', 'ih', 'ou', 'ee', 'oh', 'blink']);
    const face = new FaceAnimator(m, new SeededRandom('face'));
    const cues = createAvatarCues();
    cues.speaking = true;
    const frames: MouthWeights[] = [
      { aa: 1, ih: 0, ou: 0, ee: 0, oh: 0 },
      { aa: 0.2, ih: 0.5, ou: 0.1, ee: 0.3, oh: 0.7 },
      { aa: 0, ih: 0, ou: 0, ee: 0, oh: 0 },
    ];
    for (const frame of frames) {
      face.update(1 / 90, cues, (out) => Object.assign(out, frame));
      for (const [shape, weight] of Object.entries(frame)) {
        expect(m.getExpression(shape)?.weight, shape).toBeCloseTo(weight * 0.9, 6);
        expect(face.mouth[shape as keyof MouthWeights], shape).toBeCloseTo(weight * 0.9, 6);
      }
    }
  });

  it('leaves out the shapes a model does not have', () => {
    const m = manager(['aa', 'oh']);
    const face = new FaceAnimator(m, new SeededRandom('face'));
    face.update(1 / 90, createAvatarCues(), (out) => Object.assign(out, { aa: 0.5, ih: 1, ou: 1, ee: 1, oh: 0.25 }));
    expect(m.getExpression('aa')?.weight).toBeCloseTo(0.45, 6);
    expect(m.getExpression('oh')?.weight).toBeCloseTo(0.225, 6);
    expect(m.getExpression('ih')).toBeNull();
  });
});
