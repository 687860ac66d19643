import { BoxGeometry, type BufferGeometry, DirectionalLight, Layers, Mesh, PerspectiveCamera } from 'three';
import { describe, expect, it } from 'vitest';
import { LAYOUT } from '../../../src/scene/layout';
import { mergeSurfaces } from '../../../src/scene/room/merge-surfaces';
import {
  counterGeometry,
  LAMP_GLOW,
  roomFurniture,
  roomShell,
  roomSurfaces,
} from '../../../src/scene/room/merged-room';
import { castOnly, seeCasters } from '../../../src/scene/room/shadow-casters';
import { surfaceMaterial } from '../../../src/scene/room/surface-material';

describe('merged room geometry', () => {
  it('carries each part’s colour and surface (roughness, metalness, glow) per vertex', () => {
    const a = new BoxGeometry(1, 1, 1);
    const b = new BoxGeometry(1, 1, 1);
    b.translate(3, 0, 0);
    const merged = mergeSurfaces([
      { geometry: a, color: '#ff0000', roughness: 0.9 },
      { geometry: b, color: '#0000ff', roughness: 0.2, metalness: 0.8, emissive: 0.5 },
    ]);
    const surface = merged.getAttribute('surface');
    const color = merged.getAttribute('color');
    const perBox = 36; // 12 triangles, not indexed
    expect(merged.getAttribute('position').count).toBe(2 * perBox);
    expect(surface.getX(0)).toBeCloseTo(0.9);
    expect(surface.getY(0)).toBe(0);
    expect(surface.getZ(0)).toBe(0);
    expect(surface.getX(perBox)).toBeCloseTo(0.2);
    expect(surface.getY(perBox)).toBeCloseTo(0.8);
    expect(surface.getZ(perBox)).toBeCloseTo(0.5);
    expect(color.getX(0)).toBeCloseTo(1);
    expect(color.getZ(perBox)).toBeCloseTo(1);
    expect(Object.keys(merged.attributes).sort()).toEqual(['color', 'normal', 'position', 'surface']);
  });

  it('builds the shell, the furniture and the counter with the surface attribute the material reads', () => {
    for (const g of [roomShell(), roomFurniture(), counterGeometry()]) {
      expect(g.getAttribute('surface').count).toBe(g.getAttribute('position').count);
      g.computeBoundingBox();
      expect(g.boundingBox?.isEmpty()).toBe(false);
    }
    // The stone top is the only slightly metallic part of the counter, the bell's dome the most.
    const metal = counterGeometry().getAttribute('surface');
    let most = 0;
    for (let i = 0; i < metal.count; i++) most = Math.max(most, metal.getY(i));
    expect(most).toBeCloseTo(0.9);
  });

  it('draws shell and furniture as one geometry, every vertex of both kept', () => {
    for (const kind of ['repair', 'pharmacy'] as const) {
      const shell = roomShell();
      const furniture = roomFurniture(kind);
      const surfaces = roomSurfaces(furniture);
      const count = (g: BufferGeometry) => g.getAttribute('position').count;
      expect(count(surfaces)).toBe(count(shell) + count(furniture));
      // The furniture follows the shell, unchanged: its last vertex is the merged one's last.
      const last = count(surfaces) - 1;
      const f = furniture.getAttribute('position');
      const s = surfaces.getAttribute('position');
      expect([s.getX(last), s.getY(last), s.getZ(last)]).toEqual([
        f.getX(f.count - 1),
        f.getY(f.count - 1),
        f.getZ(f.count - 1),
      ]);
    }
  });

  it('puts the shadow-only furniture where the shadow pass sees it and no camera does', () => {
    const caster = new Mesh(roomFurniture());
    castOnly(caster);
    const light = new DirectionalLight();
    seeCasters(light);
    const camera = new PerspectiveCamera();
    expect(caster.layers.test(light.shadow.camera.layers)).toBe(true);
    expect(caster.layers.test(camera.layers)).toBe(false);
    // three's XR cameras take the camera's layers plus the eye layers 1 and 2.
    const eye = new Layers();
    eye.mask = camera.layers.mask | 0b110;
    expect(caster.layers.test(eye)).toBe(false);
    // The shadow pass still sees layer 0, where the counter casts.
    expect(new Mesh().layers.test(light.shadow.camera.layers)).toBe(true);
  });

  it('hangs nine glowing lamp panels just under the ceiling, inside the shell’s one draw call', () => {
    const shell = roomShell();
    const surface = shell.getAttribute('surface');
    const position = shell.getAttribute('position');
    const glowing = new Set<string>();
    for (let i = 0; i < surface.count; i++) {
      if (surface.getZ(i) !== LAMP_GLOW) continue;
      expect(position.getY(i)).toBeGreaterThan(LAYOUT.room.height - 0.05);
      expect(position.getY(i)).toBeLessThan(LAYOUT.room.height);
      // One key per lamp: its centre's grid cell (lamps are 0.9 × 0.5 m, 1.6 / 1.8 m apart).
      glowing.add(`${Math.round(position.getX(i) / 1.6)},${Math.round((position.getZ(i) + 0.4) / 1.8)}`);
    }
    expect(glowing.size).toBe(9);
  });

  it('surfaceMaterial patches the standard shader where three’s chunks still exist', () => {
    const material = surfaceMaterial();
    const shader = {
      vertexShader: '#include <common>\n#include <begin_vertex>',
      fragmentShader:
        '#include <common>\n#include <roughnessmap_fragment>\n#include <metalnessmap_fragment>\n#include <emissivemap_fragment>',
      uniforms: {},
    };
    material.onBeforeCompile(shader as never, undefined as never);
    expect(shader.vertexShader).toContain('vSurface = surface;');
    expect(shader.fragmentShader).toContain('roughnessFactor = vSurface.x;');
    expect(shader.fragmentShader).toContain('metalnessFactor = vSurface.y;');
    expect(shader.fragmentShader).toContain('vSurface.z');
  });
});
