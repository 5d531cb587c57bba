import fp from 'fastify-plugin';
import type { FastifyError } from 'fastify';
import { AppError } from '../errors/index.ts';

/** The body of every REST error: a stable code, a message a person can act on, the field details. */
export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  requestId: string;
  details?: { field: string[] | null; code: string; message: string }[];
}

/**
 * One error handler for every REST route. Catalogue errors keep their status and code;
 * Fastify's own 4xx (schema validation, malformed JSON, body too large) get readable codes;
 * anything else is a 500 whose message stays in the log, with the request id to find it.
 */
export default fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
      let body: ErrorBody;
      if (error instanceof AppError) {
        body = { statusCode: error.statusCode, code: error.code, message: error.message, requestId: request.id };
        if (error.problems.length) body.details = error.problems;
      } else if ('validation' in error && error.validation) {
        body = {
          statusCode: 400,
          code: 'VALIDATION',
          message: `Invalid ${error.validationContext ?? 'request'}: ${error.message}`,
          requestId: request.id,
          details: error.validation.map((v) => ({
            field: [error.validationContext ?? 'body', ...v.instancePath.split('/').filter(Boolean), ...(v.params?.missingProperty ? [String(v.params.missingProperty)] : [])],
            code: v.keyword === 'required' ? 'REQUIRED' : 'INVALID',
            message: v.message ?? 'Invalid',
          })),
        };
      } else if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
        body = { statusCode: error.statusCode, code: clientErrorCode(error), message: error.message, requestId: request.id };
      } else {
        request.log.error({ err: error }, 'unhandled error');
        body = { statusCode: 500, code: 'INTERNAL', message: 'Something went wrong on our side. Quote the request id if you contact support.', requestId: request.id };
      }
      if (body.statusCode === 429) body.code = 'RATE_LIMITED';
      return reply.status(body.statusCode).send(body);
    });
  },
  { name: 'errors' },
);

function clientErrorCode(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
      return 'PAYLOAD_TOO_LARGE';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'MALFORMED_JSON';
    default:
      return error.statusCode === 429 ? 'RATE_LIMITED' : error.statusCode === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
  }
}
