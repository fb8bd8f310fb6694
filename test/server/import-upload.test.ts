import { createHash } from 'node:crypto';
import fastifyMultipart from '@fastify/multipart';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/db/audit-repository.ts';
import type { ImportResultView } from '../../src/domain/api-contract.ts';
import { readReportInWorker } from '../../src/io/read-report-in-worker.ts';
import { fixtureBytes, savedFixtureBytes } from '../support/test-files.ts';
import { buildApp } from '../../src/server/app.ts';
import { MULTIPART_LIMITS } from '../../src/server/multipart-limits.ts';
import { readImportUpload } from '../../src/server/routes/imports/import-upload.ts';
import { forEachDatabase } from '../support/databases.ts';
import { freshTenant } from '../support/fresh-plan.ts';
import { multipartBody } from '../support/multipart.ts';

/*
 * An upload is the worker's to read (issue 25, bench 'hostile uploads'): the request thread
 * keeps one buffer of the file, exactly its size, and hands it over, so it neither holds nor
 * collects the bytes while they are read. Imports through the route read as before, and the
 * audit records the sha256 the worker computed of the very bytes uploaded.
 */

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('an upload’s bytes', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = Fastify();
    await app.register(fastifyMultipart, { limits: MULTIPART_LIMITS });
    // The route's own reading of the upload, then the reader: what each saw of the bytes.
    app.post('/read', async (request, reply) => {
      const { file } = await readImportUpload(request, reply);
      const uploaded = { length: file.bytes.byteLength, buffer: file.bytes.buffer.byteLength };
      const report = await readReportInWorker(file.name, file.bytes);
      return { uploaded, afterRead: file.bytes.byteLength, kpis: report.kpis.length };
    });
  });
  afterAll(async () => app.close());

  it('span one buffer of exactly the file, which the reader takes: detached here once read', async () => {
    const bytes = fixtureBytes('yuzawa');
    const body = multipartBody({ plan: '湯沢市' }, { name: 'yuzawa.tsv', bytes });
    const response = await app.inject({
      method: 'POST',
      url: '/read',
      payload: body.payload,
      headers: body.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      uploaded: { length: bytes.byteLength, buffer: bytes.byteLength },
      afterRead: 0,
      kpis: 20,
    });
  });
});

forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp(getHandle());
  });
  afterAll(async () => app.close());

  it.each([
    ['yuzawa.tsv', () => fixtureBytes('yuzawa')],
    ['yuzawa-r5-workbook.xlsx', () => savedFixtureBytes('yuzawa-r5-workbook.xlsx')],
    ['yuzawa-r5-workbook.pdf', () => savedFixtureBytes('yuzawa-r5-workbook.pdf')],
  ])(
    'imports %s uploaded to POST /api/imports; the audit has its sha256',
    async (name, bytesOf) => {
      const tenant = await freshTenant(getHandle());
      const admin = (await tenant.member({ role: 'admin' })).headers;
      const bytes = bytesOf();
      const plan = `アップロード ${name}`;
      const body = multipartBody({ plan, createPlan: 'true', fy: 'R5' }, { name, bytes });
      const response = await app.inject({
        method: 'POST',
        url: '/api/imports?acceptProblems=true',
        payload: body.payload,
        headers: { ...body.headers, ...admin },
      });
      expect(response.statusCode, response.body).toBe(200);
      const result = response.json<ImportResultView>();
      expect(result).toMatchObject({ planName: plan, fiscalYear: 2023, kpis: 20 });
      const [entry] = await listAudit(getDb(), { planId: result.planId, limit: 100 }).then((all) =>
        all.filter((e) => e.action === 'plan.import'),
      );
      expect(entry?.field).toBe(name);
      expect(entry?.newValue?.split('\n')[0]).toBe(`sha256 ${sha256(bytes)}`);
    },
  );
});
