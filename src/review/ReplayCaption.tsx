import type { TranscriptEntry } from './replay-model';
import { useReview } from './review-store';

export interface ReplayCaptionProps {
  transcript: readonly TranscriptEntry[];
}

/**
 * The line the customer is saying at the playhead, as a caption over the 3D view (the replay
 * has no voice: lip-sync and this caption carry the words). Hidden while the customer is silent.
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
