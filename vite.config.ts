import basicSsl from '@vitejs/plugin-basic-ssl';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { profilePlugin } from './scripts/vite-plugin-profile.ts';
import { scenesPlugin } from './scripts/vite-plugin-scenes.ts';
import { threeCataloguePlugin } from './scripts/vite-plugin-three-catalogue.ts';
import { yogaWasmPlugin } from './scripts/vite-plugin-yoga-wasm.ts';

// WebXR needs a secure context: a headset on the LAN reaches the dev server over HTTPS only.
// `npm run dev:https` serves a self-signed certificate (the headset browser asks once to accept it).
const https = process.env.COUNTERPART_HTTPS === '1';

export default defineConfig({
  plugins: [
    react(),
    scenesPlugin(),
    profilePlugin(),
    threeCataloguePlugin(),
    yogaWasmPlugin(),
    ...(https ? [basicSsl({ name: 'counterpart-dev' })] : []),
  ],
  server: { port: 5173, host: true },
  preview: { port: 4173 },
  build: { target: 'es2022', sourcemap: true },
});
