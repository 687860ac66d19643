import type { Localized } from '../scenario/schema';
import { ColumnError, decodeDeltaColumn, encodeDeltaColumn } from './delta-column';
import { POSE_PARTS, type Pose, type PosePart } from './pose';
import { MAX_POSITION_MM, POSITION_SCALE, quantiseMetres, quantiseQuaternion, ROTATION_SCALE } from './quantise';

/** The columns of one tracked part; `t` is the session clock (ms), the rest fixed-point units. */
export const POSE_COLUMNS = ['t', 'x', 'y', 'z', 'qx', 'qy', 'qz', 'qw'] as const;
export type PoseColumn = (typeof POSE_COLUMNS)[number];

/** A part's samples as growable integer columns, while recording. */
export type RawStream = Record<PoseColumn, number[]>;
export type RawPoseTrack = Record<PosePart, RawStream>;

/** A part's samples as stored: the sample count and each column delta-encoded (see delta-column.ts). */
export type EncodedStream = { count: number } & Record<PoseColumn, string>;

/** The stored pose track. Hands have their own timeline: a hand out of view simply has no samples. */
export interface PoseTrack {
  rateHz: number;
  positionScale: number;
  rotationScale: number;
  head: EncodedStream;
  left: EncodedStream;
  right: EncodedStream;
}

/** A part's samples decoded for seeking. */
export type DecodedStream = { count: number } & Record<PoseColumn, Int32Array>;

export interface DecodedPoseTrack {
  rateHz: number;
  positionScale: number;
  rotationScale: number;
  head: DecodedStream;
  left: DecodedStream;
  right: DecodedStream;
}

/** A pose track that cannot be decoded; `field` names the column, e.g. `left.qx`. */
export class PoseTrackError extends Error {
  constructor(
    readonly field: string,
    readonly reason: Localized,
  ) {
    super(`${field}: ${reason.en}`);
  }
}

export function emptyStream(): RawStream {
  return { t: [], x: [], y: [], z: [], qx: [], qy: [], qz: [], qw: [] };
}

export function emptyRawTrack(): RawPoseTrack {
  return { head: emptyStream(), left: emptyStream(), right: emptyStream() };
}

const scratch = [0, 0, 0, 0];
const previous = [0, 0, 0, 0];

/** Appends one pose, quantised, to a stream (times must not go backwards; the caller sees to that). */
export function appendPose(stream: RawStream, timeMs: number, pose: Pose): void {
  const n = stream.t.length;
  let prev: number[] | null = null;
  if (n > 0) {
    previous[0] = stream.qx[n - 1] as number;
    previous[1] = stream.qy[n - 1] as number;
    previous[2] = stream.qz[n - 1] as number;
    previous[3] = stream.qw[n - 1] as number;
    prev = previous;
  }
  quantiseQuaternion(pose.qx, pose.qy, pose.qz, pose.qw, prev, scratch);
  stream.t.push(Math.round(timeMs));
  stream.x.push(quantiseMetres(pose.x));
  stream.y.push(quantiseMetres(pose.y));
  stream.z.push(quantiseMetres(pose.z));
  stream.qx.push(scratch[0] as number);
  stream.qy.push(scratch[1] as number);
  stream.qz.push(scratch[2] as number);
  stream.qw.push(scratch[3] as number);
}

function encodeStream(stream: RawStream): EncodedStream {
  const count = stream.t.length;
  const out = { count } as EncodedStream;
  for (const column of POSE_COLUMNS) out[column] = encodeDeltaColumn(stream[column], count);
  return out;
}

export function encodePoseTrack(raw: RawPoseTrack, rateHz: number): PoseTrack {
  return {
    rateHz,
    positionScale: POSITION_SCALE,
    rotationScale: ROTATION_SCALE,
    head: encodeStream(raw.head),
    left: encodeStream(raw.left),
    right: encodeStream(raw.right),
  };
}

function decodeStream(part: PosePart, stream: EncodedStream, rotationScale: number): DecodedStream {
  const out = { count: stream.count } as DecodedStream;
  for (const column of POSE_COLUMNS) {
    try {
      out[column] = decodeDeltaColumn(stream[column], stream.count);
    } catch (error) {
      if (error instanceof ColumnError) throw new PoseTrackError(`${part}.${column}`, error.reason);
      throw error;
    }
  }
  for (let i = 0; i < stream.count; i++) {
    if ((out.t[i] as number) < 0)
      throw new PoseTrackError(`${part}.t`, {
        de: `Probe ${i + 1} liegt vor dem Sitzungsbeginn`,
        en: `sample ${i + 1} lies before the session start`,
      });
    if (i > 0 && (out.t[i] as number) < (out.t[i - 1] as number))
      throw new PoseTrackError(`${part}.t`, { de: `Probe ${i + 1} geht in der Zeit zurück`, en: `sample ${i + 1} goes back in time` });
  }
  for (const column of ['x', 'y', 'z'] as const) {
    for (const v of out[column])
      if (Math.abs(v) > MAX_POSITION_MM)
        throw new PoseTrackError(`${part}.${column}`, { de: 'eine Position liegt außerhalb des Bereichs', en: 'a position is out of range' });
  }
  const limit = Math.ceil(rotationScale * 1.01);
  for (const column of ['qx', 'qy', 'qz', 'qw'] as const) {
    for (const v of out[column])
      if (Math.abs(v) > limit)
        throw new PoseTrackError(`${part}.${column}`, {
          de: 'ein Drehungswert liegt außerhalb des Bereichs',
          en: 'a rotation component is out of range',
        });
  }
  return out;
}

/** Decodes and checks a stored track; throws PoseTrackError naming the first broken column. */
export function decodePoseTrack(track: PoseTrack): DecodedPoseTrack {
  const parts = {} as Record<PosePart, DecodedStream>;
  for (const part of POSE_PARTS) parts[part] = decodeStream(part, track[part], track.rotationScale);
  return { rateHz: track.rateHz, positionScale: track.positionScale, rotationScale: track.rotationScale, ...parts };
}

/** Converts a raw track to the decoded form without the text round trip (for live review). */
export function decodeRawTrack(raw: RawPoseTrack, rateHz: number): DecodedPoseTrack {
  const convert = (s: RawStream): DecodedStream => {
    const out = { count: s.t.length } as DecodedStream;
    for (const column of POSE_COLUMNS) out[column] = Int32Array.from(s[column]);
    return out;
  };
  return {
    rateHz,
    positionScale: POSITION_SCALE,
    rotationScale: ROTATION_SCALE,
    head: convert(raw.head),
    left: convert(raw.left),
    right: convert(raw.right),
  };
}
