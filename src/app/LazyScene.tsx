import { Component, lazy, type ReactNode, Suspense } from 'react';
import type { TrainingSceneProps } from '../scene/TrainingScene';
import { loadingStore } from '../state/loading-store';
import { vrSupportKnown } from '../xr/session/vr-support';

/**
 * The 3D scene (three, R3F, uikit, three-vrm: most of the app's JavaScript) is a chunk of its own.
 * Its download starts as this module is evaluated, so it loads while the trainee reads the start
 * menu, which needs none of it. The scene mounts once the browser has said whether it offers VR
 * (and the XR layer is in where it does), so it is not rebuilt inside <XR> a moment later.
 */
const scene = Promise.all([import('../scene/TrainingScene'), vrSupportKnown]).then(([m]) => ({
  default: m.TrainingScene,
}));
const TrainingScene = lazy(() => scene);

/** A scene chunk that failed to load (a dropped connection) says so instead of taking the app down. */
class SceneBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    console.warn('Counterpart: the 3D scene failed', error);
    loadingStore.setState({ scene: 'failed' });
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

export function LazyScene(props: TrainingSceneProps) {
  return (
    <SceneBoundary>
      <Suspense fallback={null}>
        <TrainingScene {...props} />
      </Suspense>
    </SceneBoundary>
  );
}
