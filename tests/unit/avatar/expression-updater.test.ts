import {
  VRMExpression,
  VRMExpressionManager,
  VRMExpressionMaterialColorBind,
  VRMExpressionMorphTargetBind,
} from '@pixiv/three-vrm';
import { BoxGeometry, Color, Mesh, MeshStandardMaterial } from 'three';
import { describe, expect, it } from 'vitest';
import { ExpressionUpdater } from '../../../src/scene/avatar/expression-updater';

const TARGETS = 6;

/** A face of two primitives with six morph targets, expressions of every override group, one material bind. */
function face() {
  const primitives = [0, 1].map(() => {
    const mesh = new Mesh(new BoxGeometry(), new MeshStandardMaterial());
    mesh.morphTargetInfluences = new Array(TARGETS).fill(0);
    return mesh;
  });
  const material = new MeshStandardMaterial({ color: 0x808080 });
  const manager = new VRMExpressionManager();
  const expression = (name: string, index: number, weight = 1) => {
    const e = new VRMExpression(name);
    e.addBind(new VRMExpressionMorphTargetBind({ primitives, index, weight }));
    manager.registerExpression(e);
    return e;
  };
  const aa = expression('aa', 0);
  const oh = expression('oh', 0, 0.5); // a second bind on the same target adds up
  const blink = expression('blink', 1);
  const lookLeft = expression('lookLeft', 2);
  const angry = expression('angry', 3);
  angry.overrideMouth = 'blend';
  angry.overrideBlink = 'block';
  angry.addBind(new VRMExpressionMaterialColorBind({ material, type: 'color', targetValue: new Color(1, 0, 0) }));
  const surprised = expression('surprised', 4);
  surprised.isBinary = true;
  surprised.overrideLookAt = 'blend';
  return { primitives, material, manager, all: { aa, oh, blink, lookLeft, angry, surprised } };
}

type Face = ReturnType<typeof face>;
type Weights = Partial<Record<keyof Face['all'], number>>;

function pose(f: Face, weights: Weights) {
  for (const [name, e] of Object.entries(f.all)) e.weight = weights[name as keyof Weights] ?? 0;
}

const state = (f: Face) => ({
  influences: f.primitives.map((m) => [...(m.morphTargetInfluences ?? [])]),
  color: f.material.color.toArray(),
});

describe('ExpressionUpdater', () => {
  const frames: Weights[] = [
    { aa: 0.8, oh: 0.4, blink: 1, lookLeft: 0.5 },
    { aa: 0.6, angry: 0.7, blink: 0.9, lookLeft: 0.3 },
    { aa: 1, angry: 1, blink: 1, surprised: 0.6, lookLeft: 1 },
    { surprised: 1, lookLeft: 0.8, oh: 1 },
    {},
  ];

  it('gives the same morph weights and material colours as three-vrm’s update, frame after frame', () => {
    const library = face();
    const ours = face();
    const updater = new ExpressionUpdater(ours.manager);
    for (const weights of frames) {
      pose(library, weights);
      pose(ours, weights);
      library.manager.update();
      updater.update();
      const expected = state(library);
      const got = state(ours);
      for (let p = 0; p < expected.influences.length; p++) {
        for (let t = 0; t < TARGETS; t++)
          expect(got.influences[p]?.[t]).toBeCloseTo(expected.influences[p]?.[t] ?? Number.NaN, 10);
      }
      for (let c = 0; c < 3; c++) expect(got.color[c]).toBeCloseTo(expected.color[c] ?? Number.NaN, 10);
    }
  });

  it('applies the overrides: an angry face halves the mouth and shuts off blinking', () => {
    const f = face();
    const updater = new ExpressionUpdater(f.manager);
    pose(f, { aa: 0.8, blink: 1, angry: 0.5 });
    updater.update();
    const [first] = f.primitives;
    expect(first?.morphTargetInfluences?.[0]).toBeCloseTo(0.4, 10); // mouth × (1 − 0.5)
    expect(first?.morphTargetInfluences?.[1]).toBe(0); // blink blocked
    expect(first?.morphTargetInfluences?.[3]).toBeCloseTo(0.5, 10);
    expect(f.material.color.r).toBeGreaterThan(f.material.color.g);
  });

  it('clears last frame’s weights before applying this frame’s', () => {
    const f = face();
    const updater = new ExpressionUpdater(f.manager);
    pose(f, { aa: 1, surprised: 1 });
    updater.update();
    pose(f, { surprised: 0.4 }); // binary: at or under one half counts as 0
    updater.update();
    expect(f.primitives[1]?.morphTargetInfluences?.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
  });
});
