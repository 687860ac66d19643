import type { FontFamilies } from '@react-three/uikit';

const base = import.meta.env.BASE_URL;

/**
 * The panels' one font family, Regular and Bold as weights of it (`fontWeight="bold"` picks the
 * second atlas). Generated from assets/fonts by scripts/fonts/generate-msdf-font.ts; a module-level
 * constant, so uikit's font cache sees the same URLs on every render.
 */
export const PANEL_FONT_FAMILIES: FontFamilies = {
  openSans: {
    normal: `${base}fonts/open-sans-regular.json`,
    bold: `${base}fonts/open-sans-bold.json`,
  },
};
