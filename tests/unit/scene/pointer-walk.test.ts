import { Group, Mesh, Object3D } from 'three';
import { describe, expect, it } from 'vitest';
import { INERT } from '../../../src/scene/inert';
import { pointerWalk } from '../../../src/scene/pointer-walk';

/** A customer of `bones` nested nodes under a named root, and a panel beside it. */
function scene(inert: boolean, bones = 50) {
  const root = new Group();
  const customer = new Group();
  customer.name = 'customer';
  if (inert) Object.assign(customer, INERT);
  let parent: Object3D = customer;
  for (let i = 0; i < bones; i++) {
    const bone = new Object3D();
    parent.add(bone);
    parent = bone;
  }
  const panel = new Group();
  panel.add(new Mesh());
  root.add(customer, panel);
  return root;
}

describe('the pointer rays’ walk through the scene', () => {
  it('visits every object of a part that is not marked inert', () => {
    expect(pointerWalk(scene(false), 'customer')).toEqual({ visited: 54, total: 54, inside: 51 });
  });

  it('stops at the root of an inert part and still reaches the rest', () => {
    expect(pointerWalk(scene(true), 'customer')).toEqual({ visited: 4, total: 54, inside: 1 });
  });
});
