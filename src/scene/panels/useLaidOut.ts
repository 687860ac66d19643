import { useFrame } from '@react-three/fiber';
import { useRef, useState } from 'react';
import { FRAME_ORDER } from '../frame-order';

/** The part of a uikit element this reads: its laid-out size in panel pixels, once yoga has run. */
interface Sized {
  size: { value: readonly [number, number] | undefined };
}

/**
 * False until the element's laid-out size has stayed the same for `frames` drawn frames. uikit
 * lays a new panel out over several frames (text waits for its font and measurement), and in
 * between it draws what is already sized: the answers' number badges floated bare over the
 * counter before their cards appeared. Keep the element `visibility="hidden"` until this is true.
 * Per frame it compares two numbers and allocates nothing; it sets state once.
 */
export function useLaidOut(frames = 2): [(element: Sized | null) => void, boolean] {
  const element = useRef<Sized | null>(null);
  const last = useRef({ width: -1, height: -1, steady: 0 });
  const [laidOut, setLaidOut] = useState(false);
  useFrame(() => {
    if (laidOut) return;
    const size = element.current?.size.value;
    const l = last.current;
    if (!size || size[0] <= 0 || size[1] <= 0) return;
    if (size[0] === l.width && size[1] === l.height) l.steady += 1;
    else {
      l.width = size[0];
      l.height = size[1];
      l.steady = 0;
    }
    if (l.steady >= frames) setLaidOut(true);
  }, FRAME_ORDER.scene);
  const ref = useRef((e: Sized | null) => {
    element.current = e;
  }).current;
  return [ref, laidOut];
}
