import type { Object3D } from 'three';

/**
 * The layer of meshes drawn only into the shadow map. The room's shell and furniture are one
 * visible mesh that receives shadows (one draw call per view); only the furniture may cast them
 * (the ceiling would shade the room), so a copy of it on this layer casts, and the cameras never
 * draw it. three's shadow pass uses the light's shadow-camera layers once any layer besides 0 is
 * enabled there (Lighting.tsx enables this one). Layers 1 and 2 are three's per-eye layers in
 * WebXR, so this is 5.
 */
export const SHADOW_CASTERS_LAYER = 5;

/** Puts an object on the shadow-casters layer only (a ref callback). */
export function castOnly(object: Object3D | null): void {
  object?.layers.set(SHADOW_CASTERS_LAYER);
}

/** Lets a shadow-casting light's shadow pass see the shadow-casters layer besides layer 0 (a ref callback). */
export function seeCasters(light: { shadow: { camera: Object3D } } | null): void {
  light?.shadow.camera.layers.enable(SHADOW_CASTERS_LAYER);
}
