import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const YOGA_BINARY = /yoga-layout\/dist\/binaries\/yoga-wasm-base64-esm\.js$/;
/** Emscripten's single-file build keeps the module as a data URI in one variable: `H="data:…;base64,…"`. */
const INLINE_WASM = /(\b[\w$]+)="data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/;

/**
 * Production builds only: uikit's layout engine (yoga) ships its WebAssembly as base64 inside
 * JavaScript — 49 KB gzip that the browser must decode before it can compile. This writes the
 * module out as a `.wasm` file beside the chunks (29 KB gzip, compiled while it streams in: the
 * emscripten loader fetches a file name it is given instead of decoding a data URI) and leaves 10 KB of glue.
 * The build fails if a yoga update changes the loader's shape, instead of shipping it unchanged.
 */
export function yogaWasmPlugin(): Plugin {
  return {
    name: 'counterpart:yoga-wasm',
    apply: 'build',
    transform(code, id) {
      if (!YOGA_BINARY.test(id)) return null;
      const found = INLINE_WASM.exec(code);
      if (!found)
        this.error(
          `${id}: no inline WebAssembly found; check scripts/vite-plugin-yoga-wasm.ts against this yoga-layout version`,
        );
      const [inline, variable, base64] = found as unknown as [string, string, string];
      const binary = Buffer.from(base64, 'base64');
      const fileName = `assets/yoga-${createHash('sha256').update(binary).digest('hex').slice(0, 8)}.wasm`;
      this.emitFile({ type: 'asset', fileName, source: binary });
      // The loader resolves a plain file name against its own chunk's URL (emscripten's
      // scriptDirectory, from import.meta.url); chunks live in assets/ too, beside the file.
      const named = `${variable}=${JSON.stringify(fileName.slice('assets/'.length))}`;
      return { code: code.replace(inline, named), map: null };
    },
  };
}
