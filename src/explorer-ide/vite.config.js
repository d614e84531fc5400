// Bundles GraphiQL (and its Monaco editor workers) into plain files that the API embeds and serves under /ide/.
// The build of src/OpenData.Api runs this with IDE_OUT_DIR set to its obj folder; nothing built is committed.
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/ide/',
  logLevel: 'warn',
  build: {
    outDir: process.env.IDE_OUT_DIR || 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 8000,
    rollupOptions: {
      // framer-motion's "use client" markers mean nothing outside a React server build: do not print them.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
