import { useProgress } from '@react-three/drei';
import { useEffect } from 'react';
import { type LoadingState, loadingStore } from '../state/loading-store';

type Progress = Pick<LoadingState, 'active' | 'progress' | 'loaded' | 'total'>;
const report = ({ active, progress, loaded, total }: Progress) =>
  loadingStore.setState({ active, progress, loaded, total });

/** Copies three's loading progress (through drei's `useProgress` store) into the app's loading store. */
export function LoadingReporter() {
  useEffect(() => {
    loadingStore.setState({ scene: 'ready' });
    report(useProgress.getState());
    return useProgress.subscribe(report);
  }, []);
  return null;
}
