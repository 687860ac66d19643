import { MeshStandardMaterial } from 'three';

/**
 * One standard material for many merged surfaces that differed only in colour, roughness,
 * metalness and a self-lit glow: each vertex carries its colour (`color`) and its
 * `surface` = (roughness, metalness, emissive strength), so walls, wood, stone, brass and a lit
 * screen can share one draw call and look as they did with a material each. The emissive glow is
 * the vertex colour times the strength (a screen lit in its own colour).
 */
export function surfaceMaterial(): MeshStandardMaterial {
  const material = new MeshStandardMaterial({ vertexColors: true, roughness: 1, metalness: 0 });
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nattribute vec3 surface;\nvarying vec3 vSurface;')
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvSurface = surface;');
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nvarying vec3 vSurface;')
      .replace('#include <roughnessmap_fragment>', '#include <roughnessmap_fragment>\nroughnessFactor = vSurface.x;')
      .replace('#include <metalnessmap_fragment>', '#include <metalnessmap_fragment>\nmetalnessFactor = vSurface.y;')
      .replace(
        '#include <emissivemap_fragment>',
        '#include <emissivemap_fragment>\ntotalEmissiveRadiance += diffuseColor.rgb * vSurface.z;',
      );
  };
  material.customProgramCacheKey = () => 'counterpart-surface';
  return material;
}
