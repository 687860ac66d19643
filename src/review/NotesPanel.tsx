import { useState } from 'react';
import type { TrainerNote } from '../core/recording/schema';
import { useText } from '../i18n/use-text';
import { reviewStore, useReview } from './review-store';
import { REVIEW_TEXTS } from './review-texts';
import { formatDuration } from './session-list';

export interface NotesPanelProps {
  notes: readonly TrainerNote[];
}

const STATUS_TEXT = { saved: 'noteSaved', failed: 'noteFailed', invalid: 'noteInvalid' } as const;

/**
 * The trainer's notes on this session, each pinned to a moment (click to go there), and a form
 * that pins a new one to the playhead's moment. Notes are plain text, shown as text.
 */
export function NotesPanel({ notes }: NotesPanelProps) {
  const reviewText = useText(REVIEW_TEXTS);
  const status = useReview((s) => s.noteStatus);
  const [draft, setDraft] = useState('');
  const [author, setAuthor] = useState('trainer');
  const { seek, addNote } = reviewStore.getState();
  return (
    <section className="review-notes" aria-label={reviewText('notes')}>
      <h2>{reviewText('notes')}</h2>
      {notes.length === 0 ? (
        <p className="review-muted">{reviewText('noNotes')}</p>
      ) : (
        <ul>
          {notes.map((n) => (
            <li key={`${n.atMs}-${n.createdAt}-${n.author}`}>
              <button type="button" onClick={() => seek(n.atMs)}>
                <span className="review-when">{formatDuration(n.atMs)}</span>{' '}
                <span className="review-who">{n.author}</span>
                <span className="review-said">{n.text}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void addNote(draft, author).then(() => {
            if (reviewStore.getState().noteStatus === 'saved') setDraft('');
          });
        }}
      >
        <label>
          {reviewText('noteText')}
          <textarea value={draft} maxLength={4000} rows={3} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <label>
          {reviewText('noteAuthor')}
          <input value={author} maxLength={64} onChange={(e) => setAuthor(e.target.value)} />
        </label>
        <button type="submit" disabled={status === 'saving' || draft.trim() === ''}>
          {reviewText('noteSave')}
        </button>
        {status in STATUS_TEXT && (
          <p role="status" className="review-muted">
            {reviewText(STATUS_TEXT[status as keyof typeof STATUS_TEXT])}
          </p>
        )}
      </form>
    </section>
  );
}
