import { useStore } from 'zustand';
import { useSession } from '../../state/session';
import { LAYOUT } from '../layout';
import { counterSignText } from './counter-sign';
import { signOverride, signSource } from './sign-override';
import { signTexture } from './sign-texture';
import { useDisposable } from './useDisposable';

/**
 * The sign on the back wall, above the right-hand shelves (LAYOUT.sign): the scenario's counter (or the default service
 * desk) in the session's language — the menu's before a session starts; in a replay the recorded
 * session's (signOverride). One textured plane, so
 * a different text costs a new texture, never another draw call.
 */
export function ServiceSign() {
  const liveCounter = useSession((s) => s.scenario?.counter);
  const liveLocale = useSession((s) => s.run?.log.locale ?? s.settings.locale);
  const override = useStore(signOverride, (s) => s.source);
  const { counter, locale } = signSource(override, { counter: liveCounter, locale: liveLocale });
  const { sign, purpose } = counterSignText(counter, locale);
  const texture = useDisposable(() => signTexture(sign, purpose), [sign, purpose]);
  return (
    <mesh
      position={[LAYOUT.sign.x, LAYOUT.sign.y, LAYOUT.room.backWallZ + 0.03]}
      name="service-sign"
      userData={{ sign, purpose }}
    >
      <planeGeometry args={[1.8, 0.45]} />
      <meshStandardMaterial map={texture} roughness={0.6} />
    </mesh>
  );
}
