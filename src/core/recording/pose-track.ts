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
      throw new PoseTrackError(`${part}.t`, {
        de: `Probe ${i + 1} geht in der Zeit zurück`,
        en: `sample ${i + 1} goes back in time`,
      });
  }
  for (const column of ['x', 'y', 'z'] as const) {
    for (const v of out[column])
      if (Math.abs(v) > MAX_POSITION_MM)
        throw new PoseTrackError(`${part}.${column}`, {
          de: 'eine Position liegt außerhalb des Bereichs',
          en: 'a position is out of range',
        });
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

/** The decoded track as growable columns again, to record on from where it ends (a resumed session). */
export function rawTrackOf(decoded: DecodedPoseTrack): RawPoseTrack {
  const convert = (s: DecodedStream): RawStream => {
    const out = {} as RawStream;
    for (const column of POSE_COLUMNS) {
      // A push loop: twice as fast as Array.from on typed arrays, and the result stays a packed array.
      const values: number[] = [];
      const from = s[column];
      for (let i = 0; i < from.length; i++) values.push(from[i] as number);
      out[column] = values;
    }
    return out;
  };
  return { head: convert(decoded.head), left: convert(decoded.left), right: convert(decoded.right) };
}

// The alphabet of delta-column.ts (base64url); a test holds the two encoders to the same text.
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * One column of `encodeDeltaColumn`, written as it grows. Base64 turns every 3 bytes into 4
 * characters on its own, so the text of the complete groups never changes once written; only the
 * last 0–2 bytes wait for the next values.
 */
class ColumnAppender {
  private text = '';
  private tail: number[] = [];
  private count = 0;
  private previous = 0;

  /** Continues a stored column: its text, its values (already checked to decode to exactly these). */
  static resuming(text: string, values: readonly number[]): ColumnAppender {
    const out = new ColumnAppender();
    const partial = text.length % 4;
    out.text = partial === 0 ? text : text.slice(0, -partial);
    if (partial > 0) {
      // 2 characters hold one byte, 3 hold two.
      const sextets = Array.from(text.slice(-partial), (c) => BASE64URL.indexOf(c));
      const [s0 = 0, s1 = 0, s2 = 0] = sextets;
      out.tail.push(((s0 << 2) | (s1 >> 4)) & 255);
      if (partial === 3) out.tail.push(((s1 << 4) | (s2 >> 2)) & 255);
    }
    out.count = values.length;
    out.previous = values[values.length - 1] ?? 0;
    return out;
  }

  /** Encodes values[count…] and returns the whole column's text. */
  append(values: readonly number[]): string {
    const bytes = this.tail;
    for (let i = this.count; i < values.length; i++) {
      const value = values[i] as number;
      const delta = value - this.previous;
      this.previous = value;
      let zigzag = delta >= 0 ? delta * 2 : -delta * 2 - 1;
      while (zigzag >= 128) {
        bytes.push((zigzag % 128) + 128);
        zigzag = Math.floor(zigzag / 128);
      }
      bytes.push(zigzag);
    }
    this.count = values.length;
    const whole = bytes.length - (bytes.length % 3);
    let chunk = '';
    for (let i = 0; i < whole; i += 3)
      chunk += group(bytes[i] as number, bytes[i + 1] as number, bytes[i + 2] as number, 3);
    this.text += chunk;
    this.tail = bytes.slice(whole);
    const rest = this.tail.length;
    return rest === 0 ? this.text : this.text + group(this.tail[0] as number, this.tail[1] ?? 0, 0, rest);
  }
}

/** Base64url of up to three bytes, `n` of them real (n + 1 characters for a partial group). */
function group(a: number, b: number, c: number, n: number): string {
  const s = BASE64URL.charAt(a >> 2) + BASE64URL.charAt(((a & 3) << 4) | (b >> 4));
  if (n === 1) return s;
  if (n === 2) return s + BASE64URL.charAt(((b & 15) << 2) | (c >> 6));
  return s + BASE64URL.charAt(((b & 15) << 2) | (c >> 6)) + BASE64URL.charAt(c & 63);
}

/**
 * Encodes a growing raw track incrementally: each call encodes only the samples added since the
 * one before, so a track saved after every turn costs what the turn recorded, not the whole
 * session (a 30-minute track takes ≈ 150 ms to encode from scratch). Gives exactly what
 * `encodePoseTrack` gives for the same samples. The raw track must only grow (append, never edit).
 */
export class PoseTrackEncoder {
  private columns: Record<PosePart, Record<PoseColumn, ColumnAppender>> = {
    head: appenders(() => new ColumnAppender()),
    left: appenders(() => new ColumnAppender()),
    right: appenders(() => new ColumnAppender()),
  };

  /** Continues a stored track whose decoded samples are `raw` (see `rawTrackOf`), without encoding them again. */
  static resuming(track: PoseTrack, raw: RawPoseTrack): PoseTrackEncoder {
    const part = (p: PosePart) => appenders((column) => ColumnAppender.resuming(track[p][column], raw[p][column]));
    const out = new PoseTrackEncoder();
    out.columns = { head: part('head'), left: part('left'), right: part('right') };
    return out;
  }

  encode(raw: RawPoseTrack, rateHz: number): PoseTrack {
    const stream = (part: PosePart): EncodedStream => {
      const out = { count: raw[part].t.length } as EncodedStream;
      for (const column of POSE_COLUMNS) out[column] = this.columns[part][column].append(raw[part][column]);
      return out;
    };
    return {
      rateHz,
      positionScale: POSITION_SCALE,
      rotationScale: ROTATION_SCALE,
      head: stream('head'),
      left: stream('left'),
      right: stream('right'),
    };
  }
}

function appenders(make: (column: PoseColumn) => ColumnAppender): Record<PoseColumn, ColumnAppender> {
  const out = {} as Record<PoseColumn, ColumnAppender>;
  for (const column of POSE_COLUMNS) out[column] = make(column);
  return out;
}
