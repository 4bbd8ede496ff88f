// Builds the analyst's web app into web/dist (served by `r2p serve`). No CDN, no inline script or
// style (the server's CSP forbids 'unsafe-inline'); `npm run dev:web` proxies the API to :8080.
import { defineConfig } from "vite";
import preact from "@preact/preset-vite";

export default defineConfig({
  root: import.meta.dirname,
  plugins: [preact()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Inline no asset as a data: URL into CSS or JS that a stricter CSP would then have to allow.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { "/api": "http://127.0.0.1:8080", "/health": "http://127.0.0.1:8080" } },
});
