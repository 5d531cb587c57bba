import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import fp from 'fastify-plugin';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationRule } from 'graphql';
import mercurius, { type IResolvers, type MercuriusLoaders } from 'mercurius';
import type { AppConfig } from '../config.ts';
import { AppError } from '../errors/index.ts';
import { loaderResolvers } from '../graphql/batching.ts';
import '../graphql/context.ts';
import { DateScalar, DateTime, Money } from '../graphql/scalars.ts';
import { paths } from '../paths.ts';

export interface GraphqlModule {
  resolvers: IResolvers;
  loaders?: MercuriusLoaders;
}

/** All SDL files under src/, base first: each module owns its part of the schema. */
function loadSchema(): string {
  const files = (readdirSync(paths.graphqlSources, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => Number(b.includes('base.graphql')) - Number(a.includes('base.graphql')) || a.localeCompare(b));
  return files.map((f) => readFileSync(join(paths.graphqlSources, f), 'utf8')).join('\n');
}

/** Every module's resolvers, its loaders among them as batching resolvers (graphql/batching.ts). */
function mergeResolvers(modules: GraphqlModule[]): IResolvers {
  const resolvers: Record<string, Record<string, unknown>> = {};
  for (const module of modules) {
    for (const part of [module.resolvers, loaderResolvers(module.loaders ?? {})]) {
      for (const [type, fields] of Object.entries(part)) resolvers[type] = { ...resolvers[type], ...(fields as object) };
    }
  }
  return resolvers as IResolvers;
}

/**
 * GraphQL at /graphql with production settings, not Mercurius' defaults: CSRF prevention,
 * JIT, no batching, depth/alias/cost/directive/token limits, introspection and GraphiQL only
 * outside production, internal errors masked and logged with the request id.
 */
export default fp<{ config: AppConfig; modules: GraphqlModule[] }>(
  async (app, { config, modules }) => {
    const resolvers = mergeResolvers(modules);
    const validationRules: ValidationRule[] = [
      maxDepthRule({ n: 8 }),
      maxAliasesRule({ n: 15 }),
      maxDirectivesRule({ n: 10 }),
      costLimitRule({ maxCost: 5000 }),
      ...(config.graphqlIntrospection ? [] : [NoSchemaIntrospectionCustomRule]),
    ];

    await app.register(mercurius, {
      schema: loadSchema(),
      resolvers: { ...resolvers, Money, Date: DateScalar, DateTime } as IResolvers,
      path: '/graphql',
      graphiql: config.env === 'development',
      jit: 1,
      allowBatchedQueries: false,
      csrfPrevention: true,
      validationRules,
      graphql: { parseOptions: { maxTokens: 2000 } },
      context: (request) => ({ services: request.services }),
      errorFormatter: (execution, context) => {
        const errors = execution.errors.map((error) => {
          const original = error.originalError;
          if (original instanceof AppError) {
            return new GraphQLError(original.message, {
              nodes: error.nodes,
              path: error.path,
              originalError: original,
              extensions: { code: original.code },
            });
          }
          if (original && !(original instanceof GraphQLError) && !('statusCode' in original && Number(original.statusCode) < 500)) {
            context.reply.log.error({ err: original }, 'GraphQL resolver failed');
            return new GraphQLError('Something went wrong on our side. Quote the request id if you contact support.', {
              nodes: error.nodes,
              path: error.path,
              extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: context.reply.request.id },
            });
          }
          return error;
        });
        return mercurius.defaultErrorFormatter({ ...execution, errors }, context);
      },
    });
  },
  { name: 'graphql', dependencies: ['authentication'] },
);
