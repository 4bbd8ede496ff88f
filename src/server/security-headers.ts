/**
 * Security headers for every response (helmet's set, with a Content-Security-Policy without
 * 'unsafe-inline'). They never vary between requests, so they are computed once at start-up and
 * copied onto each reply: building helmet's middleware per request (as @fastify/helmet does, to put
 * nonces in the policy, which we do not use) cost about a tenth of the server's CPU under load.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import helmet from "helmet";

const middleware = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // No 'unsafe-inline': Leaflet and uPlot set styles through the CSSOM, which CSP allows.
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
});

/**
 * The headers helmet sets, collected by running its middleware once on a stand-in response.
 *
 * @example app.addHook("onRequest", (_request, reply, done) => { reply.headers(securityHeaders()); done(); })
 */
export function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : String(value);
    },
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  };
  middleware({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}
