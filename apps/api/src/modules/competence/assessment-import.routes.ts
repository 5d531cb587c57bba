import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { InvalidInputError } from '../../errors/index.ts';
import { ErrorResponse, Uuid, readErrors, stringEnum } from '../../lib/schemas.ts';
import { CompanyParams } from '../organisations/organisations.schemas.ts';
import { exportSkillsMatrix, importAssessments } from './assessment-import.service.ts';

const nullableInt = Type.Union([Type.Integer(), Type.Null()]);

const ImportReport = Type.Object(
  {
    mode: stringEnum(['dry-run', 'apply'] as const),
    rows: Type.Integer(),
    people: Type.Integer(),
    competences: Type.Array(Type.Object({ column: Type.String(), header: Type.String(), competenceId: Uuid, nameSv: Type.String() })),
    changes: Type.Object({ new: Type.Integer(), changed: Type.Integer(), unchanged: Type.Integer() }),
    preview: Type.Array(
      Type.Object({
        row: Type.Integer(),
        column: Type.String(),
        employee: Type.Object({ id: Uuid, name: Type.String(), email: Type.String() }),
        competence: Type.Object({ id: Uuid, nameSv: Type.String() }),
        from: nullableInt,
        to: Type.Integer(),
        kind: stringEnum(['NEW', 'CHANGED', 'UNCHANGED'] as const),
      }),
      { description: 'The first 200 cells' },
    ),
    problems: Type.Array(
      Type.Object({
        row: nullableInt,
        column: Type.Union([Type.String(), Type.Null()]),
        code: Type.String(),
        message: Type.String(),
      }),
    ),
    created: Type.Optional(Type.Integer()),
  },
  { title: 'ImportReport' },
);

/** Upper bound of an uploaded skills matrix; larger files get 413. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const assessmentImportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/companies/:id/assessments/import',
    {
      schema: {
        tags: ['competence'],
        summary: 'Import a skills matrix (CSV or XLSX): a dry run reports changes and problems; apply writes all or nothing',
        description:
          'multipart/form-data with one field `file`. Header row: an `E-post` column, optionally `Namn`, and one column per competence (code or name); cells are levels 1–5 or empty. ' +
          'Send `X-Requested-With` when authenticated by the session cookie.',
        params: CompanyParams,
        querystring: Type.Object({ mode: stringEnum(['dry-run', 'apply'] as const, { description: 'dry-run writes nothing' }) }),
        consumes: ['multipart/form-data'],
        response: { 200: ImportReport, 201: ImportReport, 422: ImportReport, ...readErrors, 404: ErrorResponse, 413: ErrorResponse },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new InvalidInputError([{ field: ['file'], code: 'REQUIRED', message: 'Send the file as multipart/form-data in the field "file"' }]);
      }
      const upload = await request.file({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } });
      if (!upload || upload.fieldname !== 'file') {
        throw new InvalidInputError([{ field: ['file'], code: 'REQUIRED', message: 'Send the file in the field "file"' }]);
      }
      const buffer = await upload.toBuffer();
      const report = await importAssessments(request.services, request.params.id, { buffer, filename: upload.filename }, request.query.mode);
      const status = report.problems.length && report.mode === 'apply' ? 422 : report.mode === 'apply' ? 201 : 200;
      return reply.status(status).send(report);
    },
  );

  app.get(
    '/companies/:id/skills-matrix.xlsx',
    {
      schema: {
        tags: ['competence'],
        summary: "Download the company's skills matrix as XLSX (also the import template)",
        params: CompanyParams,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: Type.Unsafe({ type: 'string', format: 'binary' }), ...readErrors, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { filename, buffer } = await exportSkillsMatrix(request.services, request.params.id);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(buffer);
    },
  );
};
