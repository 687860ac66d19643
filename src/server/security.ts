import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers for the app and the API. The Content-Security-Policy allows only this origin,
 * plus what the app needs: 'wasm-unsafe-eval' to compile yoga's WebAssembly (uikit layout), blob:
 * workers and media (three's loaders, recorded audio), data: images and fonts, inline style
 * attributes (React sets `style`). No inline scripts, no other origins, no framing.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
  workerSrc: ["'self'", 'blob:'],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  mediaSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'", 'data:', 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
} as const;

export async function installSecurityHeaders(app: FastifyInstance, tls: boolean): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...CONTENT_SECURITY_POLICY, upgradeInsecureRequests: tls ? [] : null },
    },
    // The app loads nothing cross-origin; COEP would only get in the way of blob: media.
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: tls ? { maxAge: 15552000, includeSubDomains: false } : false,
  });
}
