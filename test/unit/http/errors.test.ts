import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbListingStore } from '../../../functions/store/dynamodb-listing-store.ts';
import { StoreError } from '../../../functions/store/store-error.ts';
import { type ApiHarness, createHarness, expectProblem, startBackend, stopBackend } from './api-harness.ts';

const SECRET_DETAIL = 'connect ECONNREFUSED 10.20.30.40:8000 (table prod-listings-7Q2)';

/** A store whose reads fail the way a misconfigured table or network does. */
class BrokenStore extends DynamoDbListingStore {
  override async getListing(): Promise<never> {
    throw new StoreError(SECRET_DETAIL, { cause: new Error('socket hang up at /var/task/index.mjs:1:2') });
  }
}

describe('errors', () => {
  let h: ApiHarness;

  beforeAll(async () => {
    await startBackend();
    h = await createHarness();
  });

  afterAll(stopBackend);

  it('answers an unknown route with a 404 problem', async () => {
    const problem = await expectProblem(await h.app.request('/jobs'), 404);

    expect(problem).toMatchObject({ type: 'about:blank', title: 'Not Found' });
    expect(problem.detail).toContain('GET /openapi.json');
  });

  it('answers a known route with the wrong method with a 405 and Allow', async () => {
    const response = await h.app.request('/listings', { method: 'DELETE' });

    const problem = await expectProblem(response, 405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(problem.detail).toBe('DELETE is not allowed on /listings: use GET');
  });

  it('gives every response a request id and nosniff', async () => {
    const ok = await h.app.request('/health');
    const bad = await h.app.request('/listings?limit=0');

    expect(ok.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(bad.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await expectProblem(bad, 400)).instance).toBe(`urn:uuid:${bad.headers.get('x-request-id')}`);
  });

  it("uses the platform's request id when the adapter gives one", async () => {
    const gateway = await createHarness({ requestIdOf: () => 'Xa1bC2dE3fG4hI=' });
    const response = await gateway.app.request('/nowhere');

    const problem = await expectProblem(response, 404);
    expect(problem.requestId).toBe('Xa1bC2dE3fG4hI=');
    expect(problem.instance).toBe('urn:job-enrich:request:Xa1bC2dE3fG4hI=');
  });

  it('answers a fault of ours with a 500 that says nothing internal, and logs it with the request id', async () => {
    const store = new BrokenStore({
      client: new DynamoDBClient({ region: 'us-east-1' }),
      tableName: 'x',
    });
    const failing = await createHarness({ store });
    const response = await failing.app.request('/listings/some-listing');

    const problem = await expectProblem(response, 500);
    const text = JSON.stringify(problem);
    for (const secret of [
      'ECONNREFUSED',
      '10.20.30.40',
      'prod-listings',
      'StoreError',
      '/var/task',
      'socket',
    ])
      expect(text).not.toContain(secret);
    expect(problem.detail).toContain(problem.requestId);
    expect(failing.logged).toEqual([
      {
        level: 'error',
        message: 'request failed',
        attributes: expect.objectContaining({
          requestId: problem.requestId,
          path: '/listings/some-listing',
          error: expect.objectContaining({ name: 'StoreError', message: SECRET_DETAIL }),
        }),
      },
    ]);
  });
});
