// Container healthcheck: exits 0 when the service on this port says it is ready (GET /readyz).
// The image has no curl; Node's own fetch does the asking.
const port = process.argv[2] ?? '4000';
fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(4000) })
  .then((response) => process.exit(response.status === 200 ? 0 : 1))
  .catch(() => process.exit(1));
