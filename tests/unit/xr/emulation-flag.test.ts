import { describe, expect, it } from 'vitest';
import { wantsEmulatedHeadset, withoutEmulatedHeadset } from '../../../src/xr/session/emulation-flag';

describe('leaving the emulated headset', () => {
  it('drops only the emulator switch, keeping scenario, language and route', () => {
    const out = withoutEmulatedHeadset(
      'http://localhost:5173/?scenario=angry-repair-returned&xr=iwer&lang=en#/history',
    );
    expect(out).toBe('http://localhost:5173/?scenario=angry-repair-returned&lang=en#/history');
    expect(wantsEmulatedHeadset(new URL(out).search)).toBe(false);
  });

  it('leaves a plain address plain', () => {
    expect(withoutEmulatedHeadset('http://localhost:5173/?xr=iwer')).toBe('http://localhost:5173/');
  });
});
