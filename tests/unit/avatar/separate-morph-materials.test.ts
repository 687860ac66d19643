import { type VRM, VRMExpression, VRMExpressionManager, VRMExpressionMaterialColorBind } from '@pixiv/three-vrm';
import { BoxGeometry, Color, Float32BufferAttribute, Group, Mesh, MeshStandardMaterial } from 'three';
import { describe, expect, it } from 'vitest';
import { separateMorphMaterials } from '../../../src/scene/avatar/separate-morph-materials';

/** A face with two morph targets and a body without, sharing one material, as the generated customers do. */
function sharedMaterialAvatar() {
  const material = new MeshStandardMaterial({ name: 'Skin and cloth', color: 0xffffff });
  const face = new Mesh(new BoxGeometry(), material);
  const count = face.geometry.getAttribute('position').count * 3;
  face.geometry.morphAttributes.position = [
    new Float32BufferAttribute(new Float32Array(count), 3),
    new Float32BufferAttribute(new Float32Array(count), 3),
  ];
  const body = new Mesh(new BoxGeometry(), material);
  const hat = new Mesh(new BoxGeometry(), material);
  const scene = new Group();
  scene.add(face, body, hat);
  const blush = new VRMExpression('blush');
  blush.addBind(new VRMExpressionMaterialColorBind({ material, type: 'color', targetValue: new Color(1, 0, 0) }));
  const expressionManager = new VRMExpressionManager();
  expressionManager.registerExpression(blush);
  const vrm = { scene, materials: [material], expressionManager } as unknown as VRM;
  return { vrm, material, face, body, hat, blush };
}

describe('separateMorphMaterials', () => {
  it('gives the meshes without morphs their own copy, shared among them', () => {
    const { vrm, material, face, body, hat } = sharedMaterialAvatar();
    expect(separateMorphMaterials(vrm)).toBe(1);
    expect(face.material).toBe(material);
    expect(body.material).not.toBe(material);
    expect(hat.material).toBe(body.material);
    expect((body.material as MeshStandardMaterial).name).toBe('Skin and cloth');
    expect(vrm.materials).toContain(body.material);
  });

  it('carries the expression binds over to the copy', () => {
    const { vrm, body, blush } = sharedMaterialAvatar();
    separateMorphMaterials(vrm);
    blush.weight = 1;
    blush.applyWeight();
    expect((body.material as MeshStandardMaterial).color.getHexString()).toBe('ff0000');
  });

  it('leaves an avatar alone whose meshes share no material across morph layouts', () => {
    const { vrm, face, body } = sharedMaterialAvatar();
    body.material = new MeshStandardMaterial();
    vrm.scene.remove(vrm.scene.children[2] as Mesh);
    const before = [face.material, body.material];
    expect(separateMorphMaterials(vrm)).toBe(0);
    expect([face.material, body.material]).toEqual(before);
  });
});
