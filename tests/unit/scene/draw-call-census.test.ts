import { BoxGeometry, Group, InstancedMesh, Mesh, MeshBasicMaterial } from 'three';
import { describe, expect, it } from 'vitest';
import { partOf } from '../../../src/scene/draw-call-census';
import { PANEL_PLACES } from '../../../src/scene/panels/object-name';

/** uikit's way: a root object with its instanced backgrounds hanging off it, unnamed. */
function uikitRootIn(place: Group): InstancedMesh {
  const root = new Group();
  const backgrounds = new InstancedMesh(new BoxGeometry(), new MeshBasicMaterial(), 4);
  root.add(backgrounds);
  place.add(root);
  return backgrounds;
}

describe('the draw-call census', () => {
  it('counts uikit’s unnamed instanced meshes as panels by the group they are placed in', () => {
    for (const name of [PANEL_PLACES.conversation, PANEL_PLACES.comfort, PANEL_PLACES.voice]) {
      const place = new Group();
      place.name = name;
      expect(partOf(uikitRootIn(place))).toBe('panels');
    }
    // Outside those groups the census can only say what it is.
    expect(partOf(uikitRootIn(new Group()))).toBe('other:instanced:?');
  });

  it('names the scene parts by their nearest named ancestor', () => {
    const room = new Group();
    room.name = 'room';
    const customer = new Group();
    customer.name = 'customer';
    const shell = new Mesh();
    room.add(shell);
    const face = new Mesh();
    customer.add(face);
    expect(partOf(shell)).toBe('room');
    expect(partOf(face)).toBe('customer');
  });
});
