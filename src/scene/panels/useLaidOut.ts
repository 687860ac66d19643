import { useFrame } from '@react-three/fiber';
import { useRef, useState } from 'react';
import { FRAME_ORDER } from '../frame-order';

/** The part of a uikit element this reads: its laid-out size in panel pixels, once yoga has run. */
interface Sized {
  size: { value: readonly [number, number] | undefined };
}

/** No content has been laid out yet. */
const NOTHING = Symbol('nothing laid out');

/**
 * False until the element's laid-out size has stayed the same for `frames` drawn frames since
 * `content` last changed. uikit lays a new panel out over several frames (text waits for its font
 * and measurement), and in between it draws what is already sized: the answers' number badges
 * floated bare over the counter before their cards appeared. Keep the element
 * `visibility="hidden"` until this is true. A panel that stays mounted and gets new content (the
 * answer sheet, one decision after another) passes something that identifies the content, and is
 * hidden again until the new content has settled. Per frame it compares two numbers and allocates
 * nothing; it sets state once per content.
 */
export function useLaidOut(frames = 2, content: unknown = null): [(element: Sized | null) => void, boolean] {
  const element = useRef<Sized | null>(null);
  const last = useRef({ width: -1, height: -1, steady: 0, content: NOTHING as unknown });
  const [laidOutContent, setLaidOutContent] = useState<unknown>(NOTHING);
  const laidOut = laidOutContent === content;
  useFrame(() => {
    if (laidOut) return;
    const l = last.current;
    if (l.content !== content) {
      l.content = content;
      l.width = -1;
      l.height = -1;
      l.steady = 0;
    }
    const size = element.current?.size.value;
    if (!size || size[0] <= 0 || size[1] <= 0) return;
    if (size[0] === l.width && size[1] === l.height) l.steady += 1;
    else {
      l.width = size[0];
      l.height = size[1];
      l.steady = 0;
    }
    if (l.steady >= frames) setLaidOutContent(content);
  }, FRAME_ORDER.scene);
  const ref = useRef((e: Sized | null) => {
    element.current = e;
  }).current;
  return [ref, laidOut];
}
