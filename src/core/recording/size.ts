import { exportRecording } from '../exchange/export';
import type { Recording } from './schema';

/** Bytes of a text in UTF-8, without an encoder (the core has no TextEncoder guarantee in every runtime). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one 4-byte character.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export interface RecordingSize {
  /** The exported file (UTF-8 bytes). */
  bytes: number;
  /** Of that, the pose track's columns. */
  poseBytes: number;
  minutes: number;
  bytesPerMinute: number;
}

/** How big a recording's exported file is, and how that scales with the session's length. */
export function measureRecordingSize(recording: Recording): RecordingSize {
  const bytes = utf8Length(exportRecording(recording));
  const poseBytes = utf8Length(JSON.stringify(recording.poses));
  const minutes = recording.timings.durationMs / 60_000;
  return { bytes, poseBytes, minutes, bytesPerMinute: minutes > 0 ? Math.round(bytes / minutes) : bytes };
}

/** Exported file bytes per minute of session clock — the figure the issue asks to keep small. */
export function recordingBytesPerMinute(recording: Recording): number {
  return measureRecordingSize(recording).bytesPerMinute;
}
