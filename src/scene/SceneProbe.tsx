import type { VRMHumanBoneName } from '@pixiv/three-vrm';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { type Camera, type Object3D, Raycaster, type Scene, Vector3, type WebGLRenderer } from 'three';
import type { Intent } from '../core/dialogue/types';
import type { SensingTotals } from '../core/sensing/totals';
import { speechStore } from '../speech/speech-store';
import { sessionStore } from '../state/session';
import { upcomingCustomerStore } from '../state/upcoming-customer';
import { type AvatarDebugSnapshot, readAvatarBone, readAvatarDebug } from './avatar/avatar-debug';
import { type DrawCensusRow, drawCallCensus } from './draw-call-census';
import { FRAME_ORDER } from './frame-order';
import { PANEL_NAMES } from './panels/object-name';
import { type PointerWalk, pointerWalk } from './pointer-walk';

/** Figures the browser tests and the bench read: draw calls and triangles of the last frame, live GPU resources. */
export interface SceneFigures {
  calls: number;
  triangles: number;
  geometries: number;
  textures: number;
  /** Compiled shader programs the renderer holds. */
  programs: number;
  frames: number;
  /** Of `frames`, those drawn while the customer was saying a beat's lines (the bench's speaking state). */
  speakingFrames: number;
  /** Whether the customer is saying a beat's lines now. */
  speaking: boolean;
  /** Frames drawn since the current line (beat and line index) began. */
  lineFrames: number;
}

declare global {
  interface Window {
    __counterpartScene?: {
      figures(): SceneFigures;
      avatar(): AvatarDebugSnapshot | null;
      /** Where a named object's centre appears on screen (CSS pixels), e.g. "choice-2"; null when absent. */
      screenPoint(name: string): { x: number; y: number } | null;
      /** A named object's centre in world space (metres), e.g. to aim an emulated controller at it; null when absent. */
      worldPoint(name: string): { x: number; y: number; z: number } | null;
      /** A humanoid bone of the customer in world space (metres), e.g. "leftHand"; null when absent. */
      bone(name: VRMHumanBoneName): { x: number; y: number; z: number } | null;
      /** A named object's userData, e.g. what the "service-sign" reads; null when absent. */
      userData(name: string): Record<string, unknown> | null;
      /** The next frame's draw calls by scene part, the shadow pass apart (src/scene/draw-call-census.ts). */
      drawCalls(): Promise<DrawCensusRow[]>;
      /** The avatar the menu's warm-up holds parsed and compiled (src/scene/avatar/CustomerWarmup.tsx), or null. */
      preparedCustomer(): string | null;
      /** The session log's intents so far. */
      intents(): Intent[];
      /** The body-language sensor's totals as last published (see src/core/sensing/totals.ts). */
      sensing(): SensingTotals | null;
      /** The customer's head and hands and every panel's rectangle, as each eye (or the desktop camera) sees them. */
      layout(): LayoutView[];
      /** How much of the scene the XR pointer rays walk per frame, and how much of it lies inside `part` (./pointer-walk.ts). */
      pointerWalk(part: string): PointerWalk;
    };
  }
}

/** A point or rectangle in normalised device coordinates (−1..1, y up) of one view. */
export interface NdcPoint {
  x: number;
  y: number;
  /** False when the point lies behind the camera. */
  inFront: boolean;
  /** True when the service counter stands between this view's eye and the point (hands hanging behind it). */
  behindCounter: boolean;
}
export interface NdcRect {
  name: string;
  left: number;
  right: number;
  bottom: number;
  top: number;
}
/** What one camera (the desktop's, or one eye of a headset) sees of the customer and the panels. */
export interface LayoutView {
  points: Record<string, NdcPoint>;
  panels: NdcRect[];
}

/** The customer's parts a trainee must see: head bone, a point at the crown, both hands. */
const BODY: readonly VRMHumanBoneName[] = ['head', 'leftHand', 'rightHand'];
const CROWN_ABOVE_HEAD_BONE = 0.15;
const CORNERS = [
  [-0.5, -0.5],
  [0.5, -0.5],
  [0.5, 0.5],
  [-0.5, 0.5],
] as const;

const raycaster = new Raycaster();

function toNdc(world: Vector3, camera: Camera, counter: Object3D | undefined): NdcPoint {
  const inFront = world.clone().applyMatrix4(camera.matrixWorldInverse).z < 0;
  const p = world.clone().project(camera);
  let behindCounter = false;
  if (counter) {
    // Read, never recompute: getWorldPosition would rebuild an XR eye camera's matrixWorld without the XR origin.
    const eye = new Vector3().setFromMatrixPosition(camera.matrixWorld);
    const towards = world.clone().sub(eye);
    raycaster.set(eye, towards.clone().normalize());
    raycaster.far = towards.length();
    behindCounter = raycaster.intersectObject(counter, true).length > 0;
  }
  return { x: p.x, y: p.y, inFront, behindCounter };
}

/**
 * A uikit element's screen rectangle: its matrixWorld maps the unit square (±0.5) onto the drawn
 * panel (uikit's Component.updateWorldMatrix), so the four corners are projected.
 */
function panelRect(object: Object3D, name: string, camera: Camera): NdcRect {
  const rect = { name, left: Infinity, right: -Infinity, bottom: Infinity, top: -Infinity };
  // uikit computes an element's matrixWorld only when asked (its own updateWorldMatrix).
  object.updateWorldMatrix(true, false);
  for (const [x, y] of CORNERS) {
    const p = new Vector3(x, y, 0).applyMatrix4(object.matrixWorld).project(camera);
    rect.left = Math.min(rect.left, p.x);
    rect.right = Math.max(rect.right, p.x);
    rect.bottom = Math.min(rect.bottom, p.y);
    rect.top = Math.max(rect.top, p.y);
  }
  return rect;
}

/** Test-only: each view's customer points and panel rectangles (called rarely, so it may allocate). */
function layoutViews(gl: WebGLRenderer, scene: Scene, camera: Camera): LayoutView[] {
  const cameras: Camera[] = gl.xr.isPresenting ? gl.xr.getCamera().cameras : [camera];
  const world: Record<string, Vector3> = {};
  for (const bone of BODY) {
    const v = new Vector3();
    if (readAvatarBone(bone, v)) world[bone] = v;
  }
  if (world.head) world.crown = world.head.clone().setY(world.head.y + CROWN_ABOVE_HEAD_BONE);
  return cameras.map((view) => {
    const points: Record<string, NdcPoint> = {};
    const counter = scene.getObjectByName('service-counter');
    for (const [name, v] of Object.entries(world)) points[name] = toNdc(v, view, counter);
    const panels: NdcRect[] = [];
    for (const name of Object.values(PANEL_NAMES)) {
      // traverse, not traverseVisible: uikit hides the Object3D of a container without a background of its own.
      scene.traverse((object) => {
        if (object.name === name) panels.push(panelRect(object, name, view));
      });
    }
    return { points, panels };
  });
}

/**
 * Publishes renderer figures on `window.__counterpartScene` when the page runs with `?probe`.
 * Frame callbacks run before the render and renderer.info is reset only when a render starts, so
 * this reads the previous frame's figures — into a reused object, allocating nothing per frame.
 * (A positive useFrame priority would take over R3F's render loop, hence the default.)
 */
export function SceneProbe() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const last = useRef<SceneFigures>({
    calls: 0,
    triangles: 0,
    geometries: 0,
    textures: 0,
    programs: 0,
    frames: 0,
    speakingFrames: 0,
    speaking: false,
    lineFrames: 0,
  });
  const line = useRef({ beat: '', index: -2 });
  useEffect(() => {
    if (!new URLSearchParams(window.location.search).has('probe')) return;
    // Memory counts are read live (a menu in on-demand rendering may draw no frame for a while).
    window.__counterpartScene = {
      figures: () => ({
        ...last.current,
        geometries: gl.info.memory.geometries,
        textures: gl.info.memory.textures,
        programs: gl.info.programs?.length ?? 0,
      }),
      avatar: readAvatarDebug,
      drawCalls: () => drawCallCensus(gl),
      preparedCustomer: () => upcomingCustomerStore.getState().prepared,
      intents: () => sessionStore.getState().run?.log.intents ?? [],
      sensing: () => sessionStore.getState().sensing,
      screenPoint: (name) => {
        const object = scene.getObjectByName(name);
        if (!object) return null;
        // uikit draws backgrounds instanced elsewhere, so a bounding box of the object is empty; its origin is its centre.
        const centre = object.getWorldPosition(new Vector3()).project(camera);
        const rect = gl.domElement.getBoundingClientRect();
        return { x: rect.left + ((centre.x + 1) / 2) * rect.width, y: rect.top + ((1 - centre.y) / 2) * rect.height };
      },
      layout: () => layoutViews(gl, scene, camera),
      pointerWalk: (part) => pointerWalk(scene, part),
      worldPoint: (name) => {
        const object = scene.getObjectByName(name);
        if (!object) return null;
        const { x, y, z } = object.getWorldPosition(new Vector3());
        return { x, y, z };
      },
      userData: (name) => scene.getObjectByName(name)?.userData ?? null,
      bone: (name) => {
        const at = new Vector3();
        return readAvatarBone(name, at) ? { x: at.x, y: at.y, z: at.z } : null;
      },
    };
    return () => {
      window.__counterpartScene = undefined;
    };
  }, [gl, scene, camera]);
  useFrame(() => {
    const f = last.current;
    f.calls = gl.info.render.calls;
    f.triangles = gl.info.render.triangles;
    f.geometries = gl.info.memory.geometries;
    f.textures = gl.info.memory.textures;
    f.frames += 1;
    const speech = speechStore.getState();
    f.speaking = speech.speaking;
    if (f.speaking) f.speakingFrames += 1;
    if (speech.beatKey !== line.current.beat || speech.lineIndex !== line.current.index) {
      line.current.beat = speech.beatKey;
      line.current.index = speech.lineIndex;
      f.lineFrames = 0;
    } else f.lineFrames += 1;
  }, FRAME_ORDER.scene);
  return null;
}
