import { useState } from 'react';
import type { TrainerNote } from '../core/recording/schema';
import type { Locale } from '../core/scenario/vocabulary';
import { reviewStore, useReview } from './review-store';
import { rt } from './review-texts';
import { formatDuration } from './session-list';

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
  const [text, setText] = useState('');
  const [author, setAuthor] = useState('trainer');
  const { seek, addNote } = reviewStore.getState();
  return (
    <section className="review-notes" aria-label={rt('notes', locale)}>
      <h2>{rt('notes', locale)}</h2>
      {notes.length === 0 ? (
        <p className="review-muted">{rt('noNotes', locale)}</p>
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
          void addNote(text, author).then(() => {
            if (reviewStore.getState().noteStatus === 'saved') setText('');
          });
        }}
      >
        <label>
          {rt('noteText', locale)}
          <textarea value={text} maxLength={4000} rows={3} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          {rt('noteAuthor', locale)}
          <input value={author} maxLength={64} onChange={(e) => setAuthor(e.target.value)} />
        </label>
        <button type="submit" disabled={status === 'saving' || text.trim() === ''}>
          {rt('noteSave', locale)}
        </button>
        {status in STATUS_TEXT && (
          <p role="status" className="review-muted">
            {rt(STATUS_TEXT[status as keyof typeof STATUS_TEXT], locale)}
          </p>
        )}
      </form>
    </section>
  );
}
