/**
 * Accumulates vertices (position, normal, linear colour, up to four bone weights)
 * and triangles for one glTF primitive, then packs them into a compact
 * BufferGeometry: 16-bit colours (8-bit loses dark hair and skin tones in linear
 * space), 8-bit joint indices and 8-bit weights (a quarter of the float size,
 * which keeps each avatar under 1 MB).
 */
import { BufferAttribute, BufferGeometry, type Color, type Vector3 } from 'three';
import type { VrmBoneName } from '../bone-names';

export type BoneWeights = ReadonlyArray<readonly [VrmBoneName, number]>;

export interface Vertex {
  position: Vector3;
  normal: Vector3;
  color: Color;
  bones: BoneWeights;
}

const MAX_INFLUENCES = 4;

export class MeshBuilder {
  private readonly positions: number[] = [];
  private readonly normals: number[] = [];
  private readonly colors: number[] = [];
  private readonly boneWeights: BoneWeights[] = [];
  private readonly indices: number[] = [];

  get vertexCount(): number {
    return this.boneWeights.length;
  }

  get triangleCount(): number {
    return this.indices.length / 3;
  }

  addVertex(v: Vertex): number {
    const n = v.normal.lengthSq() > 0 ? v.normal.clone().normalize() : v.normal.clone().set(0, 1, 0);
    this.positions.push(v.position.x, v.position.y, v.position.z);
    this.normals.push(n.x, n.y, n.z);
    this.colors.push(v.color.r, v.color.g, v.color.b);
    this.boneWeights.push(v.bones);
    return this.boneWeights.length - 1;
  }

  addTriangle(a: number, b: number, c: number): void {
    this.indices.push(a, b, c);
  }

  /** Positions of the vertices added so far (morph targets reuse the topology). */
  positionArray(): Float32Array {
    return new Float32Array(this.positions);
  }

  toGeometry(jointIndex: (bone: VrmBoneName) => number): BufferGeometry {
    const count = this.vertexCount;
    const colors = new Uint16Array(count * 4);
    const joints = new Uint8Array(count * 4);
    const weights = new Uint8Array(count * 4);
    for (let i = 0; i < count; i++) {
      for (let c = 0; c < 3; c++) {
        colors[i * 4 + c] = Math.round(Math.min(1, Math.max(0, this.colors[i * 3 + c] ?? 0)) * 65535);
      }
      colors[i * 4 + 3] = 65535;
      packInfluences(this.boneWeights[i] ?? [], jointIndex, joints, weights, i * 4);
    }
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(new Float32Array(this.positions), 3));
    geometry.setAttribute('normal', new BufferAttribute(new Float32Array(this.normals), 3));
    geometry.setAttribute('color', new BufferAttribute(colors, 4, true));
    geometry.setAttribute('skinIndex', new BufferAttribute(joints, 4));
    geometry.setAttribute('skinWeight', new BufferAttribute(weights, 4, true));
    const IndexArray = count > 65535 ? Uint32Array : Uint16Array;
    geometry.setIndex(new BufferAttribute(new IndexArray(this.indices), 1));
    return geometry;
  }
}

/**
 * Keeps the four strongest influences, merged per bone, quantised to bytes that
 * sum to exactly 255 (glTF requires normalised weights; rounding alone can miss).
 */
function packInfluences(
  influences: BoneWeights,
  jointIndex: (bone: VrmBoneName) => number,
  joints: Uint8Array,
  weights: Uint8Array,
  offset: number,
): void {
  const merged = new Map<VrmBoneName, number>();
  for (const [bone, w] of influences) if (w > 0) merged.set(bone, (merged.get(bone) ?? 0) + w);
  const strongest = [...merged.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const kept = strongest.slice(0, MAX_INFLUENCES);
  const total = kept.reduce((sum, [, w]) => sum + w, 0);
  if (kept.length === 0 || total === 0) throw new Error('vertex without bone weights');
  const bytes = kept.map(([, w]) => Math.round((w / total) * 255));
  bytes[0] = (bytes[0] ?? 0) + 255 - bytes.reduce((sum, b) => sum + b, 0);
  kept.forEach(([bone], k) => {
    const byte = bytes[k] ?? 0;
    // A weight that rounds to zero must not name a joint (the glTF validator warns).
    joints[offset + k] = byte > 0 ? jointIndex(bone) : 0;
    weights[offset + k] = byte;
  });
}
