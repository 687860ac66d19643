import { useEffect, useRef } from 'react';
import type { Locale } from '../core/scenario/vocabulary';
import { text } from '../i18n/define-texts';
import { OUTCOME_LABELS } from '../i18n/ui-texts';
import { useText } from '../i18n/use-text';
import type { TranscriptEntry } from './replay-model';
import { reviewStore, useReview } from './review-store';
import { REVIEW_TEXTS } from './review-texts';
import { formatDuration } from './session-list';

export interface TranscriptPanelProps {
  /** The review's language (labels); the rows are in the recording's language. */
  locale: Locale;
  transcript: readonly TranscriptEntry[];
  customerName: string;
}

function who(entry: TranscriptEntry, locale: Locale, customerName: string): string {
  if (entry.kind === 'customer') return customerName;
  if (entry.kind === 'ending') return text(REVIEW_TEXTS, 'ending', locale);
  return text(REVIEW_TEXTS, 'trainee', locale);
}

function said(entry: TranscriptEntry, locale: Locale): string {
  switch (entry.kind) {
    case 'customer':
    case 'trainee':
      return entry.text;
    case 'interrupt':
      return text(REVIEW_TEXTS, 'interrupted', locale);
    case 'timeout':
      return text(REVIEW_TEXTS, 'timedOut', locale);
    case 'ending':
      return `${text(OUTCOME_LABELS, entry.outcome, locale)} – ${entry.text}`;
  }
}

/**
 * What was said, in order, beside the player: the row at the playhead is marked and scrolled into
 * view as playback moves on; clicking a row seeks there. Every text is rendered as text.
 */
export function TranscriptPanel({ locale, transcript, customerName }: TranscriptPanelProps) {
  const reviewText = useText(REVIEW_TEXTS);
  const current = useReview((s) => s.cursor.transcriptIndex);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const row = list.current?.children[current];
    if (row instanceof HTMLElement) row.scrollIntoView({ block: 'nearest' });
  }, [current]);
  const seek = reviewStore.getState().seek;
  return (
    <section className="review-transcript" aria-label={reviewText('transcript')}>
      <h2>{reviewText('transcript')}</h2>
      <ol ref={list}>
        {transcript.map((entry, i) => (
          // The transcript of an opened session never changes; the index is the row's identity.
          <li key={i} data-kind={entry.kind} aria-current={i === current ? 'true' : undefined}>
            <button type="button" onClick={() => seek(entry.at)}>
              <span className="review-when">{formatDuration(entry.at)}</span>
              <span className="review-who">{who(entry, locale, customerName)}</span>
              <span className="review-said">{said(entry, locale)}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
