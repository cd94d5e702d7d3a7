import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Built for the gateway, which serves it at /portal/ in demo mode; `npm run dev -w portal`
// serves it at http://localhost:5173 against the gateway at VITE_GATEWAY_URL (default :4000).
export default defineConfig(({ command }) => ({
  base: command === 'build' ? '/portal/' : '/',
  plugins: [react()],
  server: { port: 5173, strictPort: true },
  build: { outDir: 'dist', emptyOutDir: true },
}));
