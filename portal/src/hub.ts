/**
 * Where the hub is, and who this portal is to it. Served by the gateway (/portal/)
 * the portal calls its own origin; under `npm run dev` it calls VITE_GATEWAY_ORIGIN
 * (portal/.env.development; the gateway's CORS allowlist must name the dev origin).
 */
export const GATEWAY_ORIGIN: string = import.meta.env.VITE_GATEWAY_ORIGIN ?? '';

/** The client key the gateway binds to the trusted-documents manifest (the demo's own binding by default). */
export const CLIENT_KEY: string = import.meta.env.VITE_CLIENT_KEY ?? 'guantong-portal-demo';
