import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getKpiHistory } from '../../src/db/kpi-history.ts';
import { findMunicipalityByCode } from '../../src/db/municipality-repository.ts';
import { findKpiId, findPlanByName } from '../../src/db/plan-repository.ts';
import { buildApp } from '../../src/server/app.ts';
import { DEMO_PLAN_NAME, seedDemo } from '../../src/services/demo-data.ts';
import type { SessionHeaders } from '../support/sessions.ts';
import { sessionFor } from '../support/sessions.ts';
import { forEachDatabase } from '../support/databases.ts';
import { listenOnLoopback } from '../support/live-server.ts';
import { multipartBody } from '../support/multipart.ts';
import { DEFAULT_MUNICIPALITY } from '../../src/config.ts';

/** The documented error shape, and nothing of Fastify's own ({ statusCode, error: 'Bad Request' }). */
const errorShape = (code: string) => ({
  error: { code, message: expect.any(String) as unknown },
});

/** Sends raw bytes and answers everything the server wrote before it closed the connection. */
function rawExchange(base: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

const jsonOf = (raw: string): unknown => JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4));

forEachDatabase((_kind, getDb, getHandle) => {
  let app: FastifyInstance;
  let base: string;
  let admin: SessionHeaders;
  let planId: number;
  const kpiUrl = () => `${base}/api/plans/${planId}/kpis/%E2%91%A0`;

  beforeAll(async () => {
    await seedDemo(getHandle(), new Date());
    app = await buildApp(getHandle());
    base = await listenOnLoopback(app);
    admin = await sessionFor(app, getHandle(), { role: 'admin' });
    const city = await findMunicipalityByCode(getDb(), DEFAULT_MUNICIPALITY.code);
    planId = (await findPlanByName(getDb(), city?.id ?? 0, DEMO_PLAN_NAME))?.id ?? 0;
  });
  afterAll(async () => app.close());

  const put = (url: string, body: string) =>
    fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json', ...admin }, body });

  describe('NUL and lone surrogates are refused with 400 naming the field, and nothing is stored', () => {
    it('in a path parameter', async () => {
      const response = await fetch(`${base}/api/plans/${planId}/kpis/%00`);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        error: { code: 'validation', details: { field: 'params.code' } },
      });
    });

    it('in a query string', async () => {
      const response = await fetch(`${base}/api/plans/${planId}/report?fy=R5%00`);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        error: { code: 'validation', details: { field: 'querystring.fy' } },
      });
    });

    it('in a narrative, as a NUL or as a lone surrogate escaped in the JSON', async () => {
      const kpiId = (await findKpiId(getDb(), planId, '①')) ?? 0;
      const before = await getKpiHistory(getDb(), kpiId);
      for (const text of ['"取組\\u0000内容"', '"取組\\ud800内容"', '"\\udc00"']) {
        const response = await put(`${kpiUrl()}/narratives/R6`, `{"text": ${text}, "version": 0}`);
        expect(response.status).toBe(400);
        expect(await response.json()).toMatchObject({
          error: { code: 'validation', details: { field: 'body.text' } },
        });
      }
      expect(await getKpiHistory(getDb(), kpiId)).toEqual(before);
    });

    it('invalid UTF-8 in a JSON body, never stored as U+FFFD', async () => {
      const kpiId = (await findKpiId(getDb(), planId, '①')) ?? 0;
      const before = await getKpiHistory(getDb(), kpiId);
      const bytes = Buffer.concat([
        Buffer.from('{"text": "取組', 'utf8'),
        Buffer.from([0xe5, 0x8f]), // a character cut short
        Buffer.from('内容", "version": 0}', 'utf8'),
      ]);
      const response = await fetch(`${kpiUrl()}/narratives/R6`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...admin },
        body: new Uint8Array(bytes),
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        error: { code: 'validation', details: { field: 'body' } },
      });
      expect(await getKpiHistory(getDb(), kpiId)).toEqual(before);
    });

    it('in a multipart field of an import', async () => {
      const { payload, headers } = multipartBody(
        { plan: '計画\u0000' },
        { name: 'a.tsv', bytes: new TextEncoder().encode('x') },
      );
      const response = await fetch(`${base}/api/imports`, {
        method: 'POST',
        headers: { ...headers, ...admin },
        body: new Uint8Array(payload),
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        error: { code: 'validation', details: { field: 'plan' } },
      });
    });
  });

  describe('the framework’s own errors leave in the documented shape', () => {
    it('a malformed URL: 400', async () => {
      const response = await fetch(`${base}/api/plans/%E0%A4%A`);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual(errorShape('bad_request'));
    });

    it('an unknown route, under /api and outside it: 404', async () => {
      for (const path of ['/api/nothing-here', '/nothing-here', '/api/plans/1/nothing']) {
        const response = await fetch(`${base}${path}`, { method: 'POST' });
        expect(response.status).toBe(404);
        expect(await response.json()).toEqual(errorShape('not_found'));
      }
    });

    it('a malformed JSON body: 400', async () => {
      const response = await put(`${kpiUrl()}/figures/R6`, '{"value": "1", ');
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual(errorShape('bad_request'));
    });

    it('a deeply nested JSON body: 400 naming the body, signed in or not, never a 500', async () => {
      for (const depth of [33, 10_000, 200_000]) {
        const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
        const anonymous = await fetch(`${base}/api/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: `{"email": "a@example.jp", "password": ${nested}}`,
        });
        expect(anonymous.status).toBe(400);
        expect(await anonymous.json()).toMatchObject({
          error: { code: 'validation', details: { field: 'body' } },
        });
        const signedIn = await put(`${kpiUrl()}/narratives/R6`, `{"text": ${nested}}`);
        expect(signedIn.status).toBe(400);
      }
      // Brackets inside a string are text, not nesting.
      const text = await put(`${kpiUrl()}/figures/R6`, `{"value": "${'['.repeat(100)}"}`);
      expect(await text.json()).not.toMatchObject({ error: { details: { field: 'body' } } });
    });

    it('a body over 1 MB: 413', async () => {
      const text = 'あ'.repeat(400_000);
      const response = await put(`${kpiUrl()}/narratives/R6`, JSON.stringify({ text, version: 0 }));
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual(errorShape('too_large'));
    });

    it('a media type no route takes: 415', async () => {
      const response = await fetch(`${base}/api/plans`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', ...admin },
        body: 'name\n計画',
      });
      expect(response.status).toBe(415);
      expect(await response.json()).toEqual(errorShape('unsupported_media_type'));
    });

    it('headers too large for the HTTP parser: 431, written by our client error handler', async () => {
      const raw = await rawExchange(
        base,
        `GET /api/plans HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      );
      expect(raw).toMatch(/^HTTP\/1\.1 431 /);
      expect(jsonOf(raw)).toEqual(errorShape('too_large'));
    });
  });

  describe('multipart uploads are bounded while they arrive', () => {
    const upload = (fields: Record<string, string>, files: number) => {
      const { payload, headers } = multipartBody(fields, null);
      const boundary = /boundary=(.*)$/.exec(headers['content-type'] ?? '')?.[1] ?? '';
      const file = (n: number) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="f${n}.tsv"\r\n\r\nx\r\n`;
      const end = `--${boundary}--\r\n`;
      const body = Buffer.concat([
        payload.subarray(0, payload.length - end.length),
        Buffer.from(Array.from({ length: files }, (_, n) => file(n)).join('') + end),
      ]);
      return fetch(`${base}/api/imports`, {
        method: 'POST',
        headers: { ...headers, ...admin },
        body: new Uint8Array(body),
      });
    };

    it('refuses many text fields with 413', async () => {
      const fields = Object.fromEntries(
        Array.from({ length: 200 }, (_, i) => [`f${i}`, 'x'.repeat(1000)]),
      );
      const response = await upload(fields, 1);
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual(errorShape('too_large'));
    });

    it('refuses a text field of 1 MB with 413 naming it', async () => {
      const response = await upload({ plan: 'x'.repeat(1024 * 1024) }, 1);
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({
        error: { code: 'too_large', details: { field: 'plan' } },
      });
    });

    it('refuses a second file with 413', async () => {
      const response = await upload({ plan: '計画' }, 2);
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual(errorShape('too_large'));
    });

    it('refuses a file over 10 MB with 413', async () => {
      const { payload, headers } = multipartBody(
        { plan: '大きな計画' },
        { name: 'big.tsv', bytes: new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61) },
      );
      const response = await fetch(`${base}/api/imports`, {
        method: 'POST',
        headers: { ...headers, ...admin },
        body: new Uint8Array(payload),
      });
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual(errorShape('too_large'));
    });
  });
});

describe('slow bodies', () => {
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    // No database is reached: the requests never finish arriving.
    app = await buildApp({ db: undefined as never, kind: 'sqlite', requestTimeoutMs: 300 });
    base = await listenOnLoopback(app);
  });
  afterAll(async () => app.close());

  it('closes sockets that send a body one byte at a time, answering 408 in the documented shape', async () => {
    const trickle = () =>
      rawExchange(
        base,
        // Sign-in takes a body without a session, so the body is what the server waits for.
        'POST /api/session HTTP/1.1\r\nHost: x\r\n' +
          'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{',
      );
    const answers = await Promise.all([trickle(), trickle()]);
    for (const raw of answers) {
      expect(raw).toMatch(/^HTTP\/1\.1 408 /);
      expect(jsonOf(raw)).toEqual(errorShape('timeout'));
    }
  });
});
