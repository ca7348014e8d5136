import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from app://galley/ under Electron and from the web host's root, so asset paths are relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // jieba's dictionary (the proofreader's word model) is one 5 MB chunk, loaded only by the proofreading worker.
    chunkSizeWarningLimit: 6000,
  },
});
