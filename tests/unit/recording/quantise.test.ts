import { describe, expect, it } from 'vitest';
import {
  MAX_POSITION_MM,
  quantiseMetres,
  quantiseQuaternion,
  ROTATION_SCALE,
} from '../../../src/core/recording/quantise';

describe('quantisation', () => {
  it('stores positions in whole millimetres, clamped, with garbage as 0', () => {
    expect(quantiseMetres(1.6504)).toBe(1650);
    expect(quantiseMetres(-0.0006)).toBe(-1);
    expect(quantiseMetres(1e6)).toBe(MAX_POSITION_MM);
    expect(quantiseMetres(Number.NaN)).toBe(0);
  });

  it('normalises the quaternion before scaling', () => {
    const out: number[] = [];
    quantiseQuaternion(0, 0, 0, 2, null, out);
    expect(out).toEqual([0, 0, 0, ROTATION_SCALE]);
  });

  it('keeps consecutive samples in one hemisphere, so q and −q do not jump', () => {
    const prev = [0, 0, 0, ROTATION_SCALE];
    const out: number[] = [];
    const h = Math.SQRT1_2;
    quantiseQuaternion(0, -h, 0, -h, prev, out);
    expect(out).toEqual([0, Math.round(h * ROTATION_SCALE), 0, Math.round(h * ROTATION_SCALE)]);
  });

  it('turns a zero or broken quaternion into no rotation', () => {
    const out: number[] = [];
    quantiseQuaternion(0, 0, 0, 0, null, out);
    expect(out).toEqual([0, 0, 0, ROTATION_SCALE]);
    quantiseQuaternion(Number.NaN, 0, 0, 1, null, out);
    expect(out).toEqual([0, 0, 0, ROTATION_SCALE]);
  });
});
