import type { TranscriptEntry } from './replay-model';
import { useReview } from './review-store';

export interface ReplayCaptionProps {
  transcript: readonly TranscriptEntry[];
}

/**
 * The line the customer is saying at the playhead, as a caption over the 3D view (it carries the
 * words where the replay's voice is off or unavailable). Hidden while the customer is silent.
 */
export function ReplayCaption({ transcript }: ReplayCaptionProps) {
  const row = useReview((s) => (s.cursor.lineIndex >= 0 ? s.cursor.transcriptIndex : -1));
  const entry = transcript[row];
  if (entry?.kind !== 'customer') return null;
  return (
    <p className="review-caption" data-emotion={entry.emotion}>
      {entry.text}
    </p>
  );
}
