import { CanvasTexture, RepeatWrapping, SRGBColorSpace } from 'three';

/** Oak floor boards drawn once on a small canvas and repeated: detail without a downloaded texture. */
export function floorTexture(): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = 256;
  canvas.height = 256;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    const tones = ['#a07f61', '#9a795b', '#a5846a', '#94745a'];
    for (let row = 0; row < 8; row++) {
      // Boards are staggered per row like a real floor; the pattern is fixed, not random.
      const offset = (row * 97) % 256;
      for (let col = -1; col < 2; col++) {
        ctx.fillStyle = tones[(row + col + 4) % tones.length] as string;
        ctx.fillRect(offset + col * 256, row * 32, 256, 32);
        ctx.fillStyle = 'rgba(60, 40, 25, 0.35)';
        ctx.fillRect(offset + col * 256, row * 32, 2, 32);
      }
      ctx.fillStyle = 'rgba(60, 40, 25, 0.3)';
      ctx.fillRect(0, row * 32, 256, 1.5);
    }
  }
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.wrapS = RepeatWrapping;
  texture.wrapT = RepeatWrapping;
  texture.repeat.set(4, 5);
  texture.anisotropy = 8;
  return texture;
}
