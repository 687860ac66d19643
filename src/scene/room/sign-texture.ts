import { CanvasTexture, SRGBColorSpace } from 'three';

/**
 * The service sign's face, drawn once on a canvas with the system sans-serif font (no font is
 * fetched). German first, English beneath, as everywhere in the product.
 */
export function signTexture(): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = 1024;
  canvas.height = 256;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    ctx.fillStyle = '#2f3b45';
    ctx.fillRect(0, 0, 1024, 256);
    ctx.fillStyle = '#f0a35e';
    ctx.fillRect(0, 226, 1024, 30);
    ctx.fillStyle = '#ffffff';
    ctx.textAlign = 'center';
    ctx.font = '600 104px system-ui, "DejaVu Sans", sans-serif';
    ctx.fillText('Kundenservice', 512, 122);
    ctx.fillStyle = '#c9d3da';
    ctx.font = '400 52px system-ui, "DejaVu Sans", sans-serif';
    ctx.fillText('Customer Service · Reparatur-Annahme', 512, 196);
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  return texture;
}
