import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetQueueAttributesCommand, SQSClient, StartMessageMoveTaskCommand } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../functions/cli/main.ts';
import { parseQueueRef, runRedriveCommand } from '../../../functions/cli/redrive.ts';
import { LOCAL_DLQ_NAME, LOCAL_QUEUE_NAME } from '../../../functions/ingest/queue-definition.ts';
import { DurableQueue } from '../../../functions/local/durable-queue.ts';
import { localQueueDefinitions, QUEUE_JOURNAL_FILE } from '../../../functions/local/start-local-runtime.ts';

const DLQ_URL = 'https://sqs.eu-west-1.amazonaws.com/123456789012/JobEnrich-PostingsDeadLetters1A2B';
const DLQ_ARN = 'arn:aws:sqs:eu-west-1:123456789012:JobEnrich-PostingsDeadLetters1A2B';

const sqs = mockClient(SQSClient);
const dirs: string[] = [];
beforeEach(() => sqs.reset());
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

function io(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), env: (n: string) => env[n] },
  };
}

describe('job-enrich redrive on AWS', () => {
  it('starts a message move task from the named DLQ back to its source queue', async () => {
    sqs.on(GetQueueAttributesCommand).resolves({ Attributes: { ApproximateNumberOfMessages: '7' } });
    sqs.on(StartMessageMoveTaskCommand).resolves({ TaskHandle: 'task-1' });
    const t = io();

    const code = await runRedriveCommand([DLQ_URL], { dataDir: '/nonexistent', io: t.io });

    expect(code).toBe(0);
    expect(sqs.commandCalls(GetQueueAttributesCommand)[0]?.args[0].input.QueueUrl).toBe(DLQ_URL);
    const moves = sqs.commandCalls(StartMessageMoveTaskCommand).map((c) => c.args[0].input);
    expect(moves).toEqual([{ SourceArn: DLQ_ARN }]);
    expect(t.out[0]).toContain('redriving about 7 messages');
    expect(t.out[0]).toContain('task-1');
  });

  it('takes the DLQ from DLQ_URL, and starts no task for an empty DLQ', async () => {
    sqs.on(GetQueueAttributesCommand).resolves({ Attributes: { ApproximateNumberOfMessages: '0' } });
    const t = io({ DLQ_URL });

    expect(await runRedriveCommand([], { dataDir: '/nonexistent', io: t.io })).toBe(0);
    expect(sqs.commandCalls(StartMessageMoveTaskCommand)).toHaveLength(0);
    expect(t.out[0]).toContain('nothing to redrive');
  });

  it('says in one line when SQS refuses, with a non-zero exit', async () => {
    sqs.on(GetQueueAttributesCommand).resolves({ Attributes: { ApproximateNumberOfMessages: '3' } });
    sqs
      .on(StartMessageMoveTaskCommand)
      .rejects(Object.assign(new Error('not authorized'), { name: 'AccessDenied' }));
    const t = io();

    expect(await runRedriveCommand([DLQ_ARN], { dataDir: '/nonexistent', io: t.io })).toBe(1);
    expect(t.err).toEqual(['job-enrich: redrive failed: AccessDenied: not authorized']);
  });

  it('refuses what is not a queue URL or ARN', async () => {
    const t = io();
    expect(await runRedriveCommand(['https://example.com/q'], { dataDir: '/x', io: t.io })).toBe(2);
    expect(parseQueueRef(DLQ_ARN)).toEqual({ arn: DLQ_ARN, url: DLQ_URL, region: 'eu-west-1' });
    expect(parseQueueRef(DLQ_URL)).toEqual({ arn: DLQ_ARN, url: DLQ_URL, region: 'eu-west-1' });
  });
});

describe('job-enrich redrive on the local queue', () => {
  it('moves the local DLQ back to the postings queue, durably, through the CLI', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'job-enrich-redrive-'));
    dirs.push(dataDir);
    const path = join(dataDir, QUEUE_JOURNAL_FILE);
    const seeded = await DurableQueue.open({ path, queues: localQueueDefinitions() });
    await seeded.send(LOCAL_DLQ_NAME, ['dead-1', 'dead-2']);
    await seeded.close();
    const out: string[] = [];

    const code = await runCli(['redrive', '--data-dir', dataDir], {
      out: (l) => out.push(l),
      err: (l) => out.push(l),
      stdin: async () => new Uint8Array(),
      now: () => new Date(),
      env: () => undefined,
    });

    const after = await DurableQueue.open({ path, queues: localQueueDefinitions() });
    expect(code).toBe(0);
    expect(out[0]).toContain('redriving about 2 messages');
    expect(after.bodies(LOCAL_DLQ_NAME)).toEqual([]);
    expect(after.bodies(LOCAL_QUEUE_NAME)).toEqual(['dead-1', 'dead-2']);
  });

  it('refuses while npm start holds the data directory', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'job-enrich-redrive-'));
    dirs.push(dataDir);
    await writeFile(join(dataDir, 'lock'), `${process.ppid}\n`);
    const t = io();

    expect(await runRedriveCommand([], { dataDir, io: t.io })).toBe(1);
    expect(t.err[0]).toMatch(/in use by another npm start \(pid \d+\): stop it \(Ctrl-C\), then redrive/);
  });
});
