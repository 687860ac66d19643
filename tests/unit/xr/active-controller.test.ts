import { describe, expect, it } from 'vitest';
import { activeHandAfter } from '../../../src/xr/controller/active-controller';

const controller = (handedness: XRHandedness) => ({ handedness, hand: undefined });

describe('the controller that shows the ray', () => {
  it('moves to the controller whose trigger was pulled', () => {
    expect(activeHandAfter('right', controller('left'))).toBe('left');
    expect(activeHandAfter('left', controller('right'))).toBe('right');
    expect(activeHandAfter('right', controller('right'))).toBe('right');
  });

  it('stays put for a pinching hand or a controller without handedness', () => {
    const hand = { handedness: 'left' as XRHandedness, hand: {} as XRHand };
    expect(activeHandAfter('right', hand)).toBe('right');
    expect(activeHandAfter('left', controller('none'))).toBe('left');
  });
});
