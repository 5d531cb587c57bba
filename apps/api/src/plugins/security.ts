import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';
import type { AppConfig } from '../config.ts';

/**
 * Security headers and CORS. The SPA is served from the API's own origin, so cross-origin
 * requests are refused unless an origin is trusted in TRUSTED_ORIGINS.
 */
export default fp<{ config: AppConfig }>(
  async (app, { config }) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // Swagger UI injects inline styles; scripts stay self-only.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          scriptSrc: ["'self'"],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: null, // the demo runs on plain http://localhost
        },
      },
      // GraphiQL (development only) loads its bundle from a CDN.
      global: true,
    });
    await app.register(cors, {
      origin: config.trustedOrigins.length ? config.trustedOrigins : false,
      credentials: true,
    });
  },
  { name: 'security' },
);
