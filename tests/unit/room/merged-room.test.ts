import { BoxGeometry } from 'three';
import { describe, expect, it } from 'vitest';
import { LAYOUT } from '../../../src/scene/layout';
import { mergeSurfaces } from '../../../src/scene/room/merge-surfaces';
import { counterGeometry, LAMP_GLOW, roomFurniture, roomShell } from '../../../src/scene/room/merged-room';
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
