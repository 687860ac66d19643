/**
 * How the customer's lines are paced: the live speech director waits these times, and the
 * trainer's replay lays the recorded lines out with the same ones (the recording keeps only the
 * engine's intents, not when each line began), so both say a beat alike.
 */

/** A short breath between two lines of one beat. */
export const BETWEEN_LINES_MS = 250;
/** A moment after the last line to take it in, before the engine moves on (the choices appear). */
export const SETTLE_MS = 500;
