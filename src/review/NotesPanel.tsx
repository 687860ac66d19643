import { useState } from 'react';
import type { TrainerNote } from '../core/recording/schema';
import type { Locale } from '../core/scenario/vocabulary';
import { reviewStore, useReview } from './review-store';
import { REVIEW_TEXTS } from './review-texts';
import { formatDuration } from './session-list';
import { text } from '../i18n/define-texts';

export interface NotesPanelProps {
  locale: Locale;
  notes: readonly TrainerNote[];
}

const STATUS_TEXT = { saved: 'noteSaved', failed: 'noteFailed', invalid: 'noteInvalid' } as const;

/**
 * The trainer's notes on this session, each pinned to a moment (click to go there), and a form
 * that pins a new one to the playhead's moment. Notes are plain text, shown as text.
 */
export function NotesPanel({ locale, notes }: NotesPanelProps) {
  const status = useReview((s) => s.noteStatus);
  const [draft, setDraft] = useState('');
  const [author, setAuthor] = useState('trainer');
  const { seek, addNote } = reviewStore.getState();
  return (
    <section className="review-notes" aria-label={text(REVIEW_TEXTS, 'notes', locale)}>
      <h2>{text(REVIEW_TEXTS, 'notes', locale)}</h2>
      {notes.length === 0 ? (
        <p className="review-muted">{text(REVIEW_TEXTS, 'noNotes', locale)}</p>
      ) : (
        <ul>
          {notes.map((n) => (
            <li key={`${n.atMs}-${n.createdAt}-${n.author}`}>
              <button type="button" onClick={() => seek(n.atMs)}>
                <span className="review-when">{formatDuration(n.atMs)}</span> <span className="review-who">{n.author}</span>
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
          {text(REVIEW_TEXTS, 'noteText', locale)}
          <textarea value={draft} maxLength={4000} rows={3} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <label>
          {text(REVIEW_TEXTS, 'noteAuthor', locale)}
          <input value={author} maxLength={64} onChange={(e) => setAuthor(e.target.value)} />
        </label>
        <button type="submit" disabled={status === 'saving' || draft.trim() === ''}>
          {text(REVIEW_TEXTS, 'noteSave', locale)}
        </button>
        {status in STATUS_TEXT && (
          <p role="status" className="review-muted">
            {text(REVIEW_TEXTS, STATUS_TEXT[status as keyof typeof STATUS_TEXT], locale)}
          </p>
        )}
      </form>
    </section>
  );
}
