import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';

/**
 * The OpenAPI 3 document is generated from the routes' own schemas, never written by hand:
 * served at /api/v1/openapi.json, with a browsable page at /api/v1/docs.
 */
export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Smart kompetens API',
          version: '1.0.0',
          description:
            'REST API of the Smart kompetens platform for integrations (e.g. Region Uppsala). ' +
            'Authenticate with `Authorization: Bearer <token>` (an API client token) or the session cookie of the web app. ' +
            'Money is an integer number of öre written as a string. Lists are paged with `first` and the `endCursor` of the previous page.',
        },
        servers: [{ url: '/' }],
        components: {
          securitySchemes: {
            bearer: { type: 'http', scheme: 'bearer', description: 'An API client token (sk_live_…)' },
            session: { type: 'apiKey', in: 'cookie', name: 'sk_session' },
          },
        },
        security: [{ bearer: [] }, { session: [] }],
        tags: [
          { name: 'auth', description: 'Sign-in for the web app, and API clients' },
          { name: 'organisations', description: 'Regions (counties) and companies of the programme' },
          { name: 'competence', description: 'The competence framework and gap analysis' },
          { name: 'catalogue', description: 'Training catalogue and course demand' },
          { name: 'health', description: 'For load balancers' },
        ],
      },
      hideUntagged: true,
    });
    await app.register(swaggerUi, { routePrefix: '/api/v1/docs', uiConfig: { docExpansion: 'list' } });
    app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
