import { type VRM, VRMLoaderPlugin, VRMUtils } from '@pixiv/three-vrm';
import { Loader, type LoadingManager } from 'three';
import {
  type GLTF,
  GLTFLoader,
  type GLTFLoaderPlugin,
  type GLTFParser,
} from 'three/examples/jsm/loaders/GLTFLoader.js';
import { separateMorphMaterials } from './separate-morph-materials';

/** A loaded avatar, or why there is none: a failed load is a value, not an exception. */
export type AvatarLoadResult = { vrm: VRM; problem: null } | { vrm: null; problem: string };

/**
 * Loads a VRM (0.x or 1.0) through GLTFLoader and prepares it for the scene. It never rejects:
 * inside R3F's canvas an error caught by a boundary is still reported as an uncaught error, so a
 * missing or broken file resolves to `{ vrm: null }`, logs one `console.warn`, and the avatar shows
 * a placeholder. Uses the default loading manager, so drei's `useProgress` counts it.
 */
export class VrmAvatarLoader extends Loader<AvatarLoadResult> {
  private readonly gltf: GLTFLoader;

  constructor(manager?: LoadingManager) {
    super(manager);
    this.gltf = new GLTFLoader(this.manager);
  }

  /** Registers a GLTFLoader plugin; `withVrmPlugin` (the `useLoader` extension) adds three-vrm's. */
  register(callback: (parser: GLTFParser) => GLTFLoaderPlugin): this {
    this.gltf.register(callback);
    return this;
  }

  override load(
    url: string,
    onLoad: (data: AvatarLoadResult) => void,
    onProgress?: (event: ProgressEvent) => void,
  ): void {
    this.gltf
      .setPath(this.path)
      .setResourcePath(this.resourcePath)
      .setCrossOrigin(this.crossOrigin)
      .setRequestHeader(this.requestHeader);
    this.gltf.setWithCredentials(this.withCredentials);
    this.gltf.load(
      url,
      (gltf) => onLoad(prepareAvatar(gltf, url)),
      onProgress,
      (error) => onLoad(failed(url, error instanceof Error ? error.message : String(error))),
    );
  }
}

/** One plugin factory for the app's lifetime: GLTFLoader ignores a callback it already has, so reloads do not stack plugins. */
function createVrmPlugin(parser: GLTFParser): GLTFLoaderPlugin {
  return new VRMLoaderPlugin(parser);
}

/** The `useLoader` extension that teaches the loader VRM. */
export function withVrmPlugin(loader: VrmAvatarLoader): void {
  loader.register(createVrmPlugin);
}

/**
 * Clean-up three-vrm recommends, in its order: drop vertices no face uses (smaller morph
 * textures), share one skeleton, merge morphs per expression, turn VRM 0.x models to face +z.
 * Frustum culling goes off because skinned bounds are computed in the bind pose and gestures
 * move the hands out of them (the customer is always in view anyway). A material shared by meshes
 * with different morphs gets a copy per morph layout (./separate-morph-materials.ts).
 */
function prepareAvatar(gltf: GLTF, url: string): AvatarLoadResult {
  const vrm = gltf.userData.vrm as VRM | undefined;
  if (!vrm) return failed(url, 'the file has no VRM data (no VRMC_vrm or VRM extension)');
  try {
    VRMUtils.removeUnnecessaryVertices(gltf.scene);
    if (typeof VRMUtils.combineSkeletons === 'function') VRMUtils.combineSkeletons(gltf.scene);
    if (typeof VRMUtils.combineMorphs === 'function') VRMUtils.combineMorphs(vrm);
    VRMUtils.rotateVRM0(vrm);
    separateMorphMaterials(vrm);
    vrm.scene.traverse((object) => {
      object.frustumCulled = false;
    });
  } catch (error) {
    VRMUtils.deepDispose(gltf.scene);
    return failed(url, error instanceof Error ? error.message : String(error));
  }
  return { vrm, problem: null };
}

function failed(url: string, problem: string): AvatarLoadResult {
  console.warn(`Customer avatar: could not load ${url} (${problem}). Showing a placeholder instead.`);
  return { vrm: null, problem };
}
