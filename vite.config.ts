import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { scenesPlugin } from './scripts/vite-plugin-scenes';

export default defineConfig({
  plugins: [react(), scenesPlugin()],
  server: { port: 5173, host: true },
  preview: { port: 4173 },
  build: { target: 'es2022', sourcemap: true },
});
