/**
 * The panels' look, matched to the DOM app (src/app/styles.css): warm paper, dark ink, a rust
 * accent. Lengths are in panel pixels; every panel root sets PIXEL_SIZE, so 1 px is 1 mm.
 */
export const PIXEL_SIZE = 0.001;

/**
 * Every panel root draws after the room, the customer and the controllers, without testing depth
 * (uikit passes both settings down to each element). uikit's panels write no depth, so with a
 * depth test a room surface sorted after a panel drew straight through it (a shelf board struck
 * through the subtitle), and a customer's hand reaching over the counter poked through the
 * debrief. The layout keeps panels clear of the customer, so drawing them on top hides nothing
 * the trainee needs; the XR pointer's ray and cursor are ordered above this (src/xr/session/xr-store.ts).
 */
export const PANEL_RENDER_ORDER = 10;
export const ON_TOP = { depthTest: false, renderOrder: PANEL_RENDER_ORDER } as const;

export const COLORS = {
  paper: '#fffdf9',
  sand: '#f6f1ea',
  sandHover: '#f1e2d3',
  line: '#e3d9cc',
  ink: '#2b2622',
  muted: '#6d645b',
  accent: '#b3541e',
  accentHover: '#9a4518',
  accentInk: '#fffdf9',
  good: '#2b8a3e',
  goodInk: '#1f6b30',
  fair: '#e8a317',
  mixed: '#a76b00',
  weak: '#c92a2a',
  betterTint: '#eef6ee',
  mood: { anger: '#d9480f', trust: '#2b8a3e', patience: '#1c7ed6' },
} as const;

/** Text sizes (mm), chosen for a Quest 2 at the panels' distances (0.6–1.2 m). */
export const TEXT = {
  subtitle: 25,
  speaker: 18,
  answer: 19,
  /** The answers' compact cards, 0.7 m away and read at a glance down. */
  choice: 17,
  label: 15,
  button: 17,
  body: 16,
  title: 26,
} as const;

/** The score bands of the DOM debrief, so a bar has the same colour in both. */
export function bandColor(score: number): string {
  if (score >= 70) return COLORS.good;
  if (score >= 50) return COLORS.fair;
  return COLORS.weak;
}
