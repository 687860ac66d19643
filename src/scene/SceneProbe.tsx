import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Vector3 } from 'three';
import type { SensingTotals } from '../core/sensing/totals';
import type { Intent } from '../core/dialogue/types';
import { sessionStore } from '../state/session';
import { type AvatarDebugSnapshot, readAvatarDebug } from './avatar/avatar-debug';
import { FRAME_ORDER } from './frame-order';

/** Figures the browser tests and the bench read: draw calls and triangles of the last frame, live GPU resources. */
export interface SceneFigures {
  calls: number;
  triangles: number;
  geometries: number;
  textures: number;
  /** Compiled shader programs the renderer holds. */
  programs: number;
  frames: number;
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
      /** The session log's intents so far. */
      intents(): Intent[];
      /** The body-language sensor's totals as last published (see src/core/sensing/totals.ts). */
      sensing(): SensingTotals | null;
    };
  }
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
  const last = useRef<SceneFigures>({ calls: 0, triangles: 0, geometries: 0, textures: 0, programs: 0, frames: 0 });
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
      worldPoint: (name) => {
        const object = scene.getObjectByName(name);
        if (!object) return null;
        const { x, y, z } = object.getWorldPosition(new Vector3());
        return { x, y, z };
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
  }, FRAME_ORDER.scene);
  return null;
}
