import { appendFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DurableQueue, type QueueDefinition } from '../../../functions/local/durable-queue.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function journalPath(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'job-enrich-queue-'));
  dirs.push(dir);
  return join(dir, 'queue.journal');
}

function definitions(visibilityTimeoutMs = 30_000, maxReceiveCount = 3): QueueDefinition[] {
  return [
    { name: 'dlq', visibilityTimeoutMs },
    { name: 'main', visibilityTimeoutMs, redrive: { deadLetterQueue: 'dlq', maxReceiveCount } },
  ];
}

/** A clock the test moves. */
function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('DurableQueue', () => {
  it('delivers each message once within its visibility timeout, and deletes by receipt', async () => {
    const queue = await DurableQueue.open({ path: await journalPath(), queues: definitions() });
    await queue.send('main', ['a', 'b', 'c']);

    const first = await queue.receive('main', { max: 2 });
    const second = await queue.receive('main', { max: 10 });
    const unknown = await queue.delete(
      'main',
      [...first, ...second].map((m) => m.receipt),
    );

    expect(first.map((m) => m.body)).toEqual(['a', 'b']);
    expect(second.map((m) => m.body)).toEqual(['c']);
    expect(unknown).toEqual([]);
    expect(queue.depth('main')).toMatchObject({ visible: 0, inflight: 0 });
    expect(await queue.receive('main', { max: 10 })).toEqual([]);
    await queue.close();
  });

  it('delivers again after the visibility timeout, then moves to the dead-letter queue after maxReceiveCount', async () => {
    const time = clock();
    const queue = await DurableQueue.open({ path: null, queues: definitions(1_000, 2), now: time.now });
    await queue.send('main', ['poison']);

    const counts: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const got = await queue.receive('main', { max: 10 });
      counts.push(...got.map((m) => m.receiveCount));
      time.advance(1_001);
    }

    expect(counts).toEqual([1, 2]);
    expect(queue.bodies('dlq')).toEqual(['poison']);
    expect(queue.depth('main')).toMatchObject({ visible: 0, inflight: 0 });
  });

  it('after a crash (the journal reopened without a close), every message not deleted is ready, with its receive count', async () => {
    const path = await journalPath();
    const crashed = await DurableQueue.open({ path, queues: definitions() });
    await crashed.send('main', ['kept-1', 'done', 'kept-2']);
    const got = await crashed.receive('main', { max: 10 });
    await crashed.delete('main', [got[1]?.receipt as string]);

    const reopened = await DurableQueue.open({ path, queues: definitions() });
    const again = await reopened.receive('main', { max: 10 });

    expect(again.map((m) => [m.body, m.receiveCount])).toEqual([
      ['kept-1', 2],
      ['kept-2', 2],
    ]);
    await reopened.close();
  });

  it('cuts off a torn last line, which was never acknowledged, and appends after it cleanly', async () => {
    const path = await journalPath();
    const first = await DurableQueue.open({ path, queues: definitions() });
    await first.send('main', ['whole']);
    await appendFile(path, '{"s":"torn","q":"main","b":"hal');

    const reopened = await DurableQueue.open({ path, queues: definitions() });
    await reopened.send('main', ['after']);
    const third = await DurableQueue.open({ path, queues: definitions() });

    expect(third.bodies('main')).toEqual(['whole', 'after']);
    expect(await readFile(path, 'utf8')).not.toContain('torn');
  });

  it('moves the dead-letter queue back (StartMessageMoveTask), durably', async () => {
    const path = await journalPath();
    const time = clock();
    const queue = await DurableQueue.open({ path, queues: definitions(10, 1), now: time.now });
    await queue.send('main', ['x', 'y']);
    await queue.receive('main', { max: 10 });
    time.advance(11);
    await queue.receive('main', { max: 10 });

    const moved = await queue.moveAll('dlq', 'main');
    const reopened = await DurableQueue.open({ path, queues: definitions(10, 1) });

    expect(moved).toBe(2);
    expect(reopened.bodies('dlq')).toEqual([]);
    expect((await reopened.receive('main', { max: 10 })).map((m) => [m.body, m.receiveCount])).toEqual([
      ['x', 1],
      ['y', 1],
    ]);
  });

  it('keeps the journal as small as the backlog: dead lines are compacted away', async () => {
    const path = await journalPath();
    const queue = await DurableQueue.open({ path, queues: definitions() });
    const body = 'p'.repeat(200);
    for (let round = 0; round < 40; round += 1) {
      await queue.send('main', Array(100).fill(body));
      const got = [...(await queue.receive('main', { max: 10 }))];
      while (got.length < 100) got.push(...(await queue.receive('main', { max: 10 })));
      await queue.delete(
        'main',
        got.map((m) => m.receipt),
      );
    }
    await queue.send('main', ['last']);

    // 12,000 lines of history (~2.5 MB) would be there without compaction.
    expect((await stat(path)).size).toBeLessThan(1_000_000);
    const reopened = await DurableQueue.open({ path, queues: definitions() });
    expect(reopened.bodies('main')).toEqual(['last']);
  });

  it('wakes a long poll when a message arrives', async () => {
    const queue = await DurableQueue.open({ path: null, queues: definitions() });
    const waiting = queue.receive('main', { max: 10, waitMs: 5_000 });
    await queue.send('main', ['late']);

    expect((await waiting).map((m) => m.body)).toEqual(['late']);
  });

  it('returns every body as sent across a reopen: emoji, newlines, quotes, lone surrogates, 200 KB', async () => {
    const path = await journalPath();
    const bodies = [
      '{"v":1,"posting":{"title":"Head of IT 🚀"}}',
      'line one\nline two\r\n\ttab',
      '"quoted" \\ backslash \u2028 separator',
      'lone \ud800 surrogate',
      '__proto__',
      'x'.repeat(200_000),
    ];
    const writer = await DurableQueue.open({ path, queues: definitions() });
    await writer.send('main', bodies);

    const reader = await DurableQueue.open({ path, queues: definitions() });

    expect(reader.bodies('main')).toEqual(bodies);
  });
});
