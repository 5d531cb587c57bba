// The benchmark's peer: PostGraphile 4 serving the benchmark database with its generated API
// (read-only: no mutations), production settings, on PORT. Started by `pnpm bench`.
// peer.sql (applied by the bench) adds one search function in a schema of its own, so the
// catalogue search can be expressed; the app's tables are untouched.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';

const middleware = postgraphile(process.env.DATABASE_URL, ['public', 'postgraphile_peer'], {
  disableDefaultMutations: true,
  disableQueryLog: true,
  graphiql: false,
  watchPg: false,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  retryOnInitFail: false,
  extendedErrors: [],
  graphqlRoute: '/graphql',
});

const server = createServer((request, response) => {
  if (request.url === '/ready') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"status":"ready"}');
    return;
  }
  middleware(request, response);
});
server.listen(Number(process.env.PORT), '127.0.0.1');
