import { CanvasTexture, SRGBColorSpace } from 'three';

const WIDTH = 1024;
const HEIGHT = 256;
/** Side margin the lines keep (px of the canvas). */
const MARGIN = 48;

/**
 * The service sign's face, drawn on a canvas with the system sans-serif font (no font is
 * fetched): the counter's name large, its purpose beneath, in one language — the session's.
 * A line too long for the board is drawn smaller rather than cut.
 */
export function signTexture(sign: string, purpose: string): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    ctx.fillStyle = '#2f3b45';
    ctx.fillRect(0, 0, WIDTH, HEIGHT);
    ctx.fillStyle = '#f0a35e';
    ctx.fillRect(0, 226, WIDTH, 30);
    ctx.textAlign = 'center';
    const line = (text: string, weight: number, size: number, y: number, colour: string) => {
      ctx.font = `${weight} ${size}px system-ui, "DejaVu Sans", sans-serif`;
      const width = ctx.measureText(text).width;
      const fitted = width > WIDTH - 2 * MARGIN ? Math.floor((size * (WIDTH - 2 * MARGIN)) / width) : size;
      ctx.font = `${weight} ${fitted}px system-ui, "DejaVu Sans", sans-serif`;
      ctx.fillStyle = colour;
      ctx.fillText(text, WIDTH / 2, y);
    };
    line(sign, 600, 104, 122, '#ffffff');
    line(purpose, 400, 52, 196, '#c9d3da');
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  return texture;
}
