import { BoxGeometry, Group, Mesh, MeshStandardMaterial, SkinnedMesh, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { mergeControllerModel } from '../../../src/xr/controller/merge-controller-model';

/** A controller like the profiles' models: a body and a button under a transform node the profile animates. */
function controllerModel() {
  const material = new MeshStandardMaterial();
  const root = new Group();
  root.position.set(0.3, 1.2, -0.2);
  const body = new Mesh(new BoxGeometry(0.1, 0.1, 0.1), material);
  body.name = 'controller_mesh';
  const buttonValue = new Group();
  buttonValue.name = 'x_button_pressed_value';
  buttonValue.position.set(0, 0.06, 0);
  const button = new Mesh(new BoxGeometry(0.02, 0.01, 0.02), material);
  button.name = 'x_button';
  buttonValue.add(button);
  root.add(body, buttonValue);
  return { root, body, button, buttonValue, material };
}

/** Where a merged vertex ends up in the world, skinned by its part's bone. */
function skinnedWorld(mesh: SkinnedMesh, vertex: number): Vector3 {
  // The renderer updates the whole scene before it draws; the bones are the mesh's siblings.
  (mesh.parent ?? mesh).updateMatrixWorld(true);
  mesh.skeleton.update();
  const v = new Vector3();
  mesh.getVertexPosition(vertex, v);
  return v.applyMatrix4(mesh.matrixWorld);
}

describe('mergeControllerModel', () => {
  it('draws the parts as one skinned mesh in the same place, and hides the originals', () => {
    const { root, body, button } = controllerModel();
    const merged = mergeControllerModel(root);
    expect(merged).toBeInstanceOf(SkinnedMesh);
    expect(body.visible).toBe(false);
    expect(button.visible).toBe(false);
    const drawn: Mesh[] = [];
    root.traverseVisible((o) => {
      if (o instanceof Mesh) drawn.push(o);
    });
    expect(drawn).toEqual([merged]);
    // The button's first vertex is the body's vertex count further on; it sits where the button did.
    const first = body.geometry.getAttribute('position').count;
    const expected = new Vector3().fromBufferAttribute(button.geometry.getAttribute('position'), 0);
    button.updateWorldMatrix(true, false);
    expected.applyMatrix4(button.matrixWorld);
    expect(skinnedWorld(merged as SkinnedMesh, first).distanceTo(expected)).toBeLessThan(1e-6);
  });

  it('keeps the button animation: moving the profile node moves the merged button vertices', () => {
    const { root, body, buttonValue } = controllerModel();
    const merged = mergeControllerModel(root) as SkinnedMesh;
    const first = body.geometry.getAttribute('position').count;
    const before = skinnedWorld(merged, first);
    const bodyBefore = skinnedWorld(merged, 0);
    buttonValue.position.y -= 0.004; // pressed
    buttonValue.updateMatrix();
    const after = skinnedWorld(merged, first);
    expect(after.y - before.y).toBeCloseTo(-0.004, 6);
    expect(skinnedWorld(merged, 0).distanceTo(bodyBefore)).toBeLessThan(1e-9);
  });

  it('merges once, and leaves models with several materials alone', () => {
    const { root } = controllerModel();
    const merged = mergeControllerModel(root);
    expect(mergeControllerModel(root)).toBe(merged);
    expect(root.children.filter((c) => c instanceof SkinnedMesh)).toHaveLength(1);

    const mixed = controllerModel();
    (mixed.button as Mesh).material = new MeshStandardMaterial();
    expect(mergeControllerModel(mixed.root)).toBeNull();
    expect(mixed.body.visible).toBe(true);
  });
});
