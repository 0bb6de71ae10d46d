/**
 * `job-enrich feeds add URL [--id ID] | list | remove ID`: the feed sources the scheduled pull
 * reads, managed through the API's `/feeds` routes (the API vets every URL: http(s) only, no
 * private, loopback, link-local or metadata address).
 */
import { apiClientFor, apiErrorOf } from './api-target.ts';
import { CliError, type Io, UsageError } from './cli-io.ts';
import { EXIT } from './exit-codes.ts';
import { feedsUsageError } from './feeds-usage.ts';

export interface FeedsOptions {
  readonly dataDir: string;
  readonly to?: string | undefined;
  readonly region?: string | undefined;
  readonly id?: string | undefined;
}

export async function runFeeds(args: readonly string[], options: FeedsOptions, io: Io): Promise<number> {
  const bad = feedsUsageError(args);
  if (bad) throw new UsageError(bad);
  const [action, arg = ''] = args;
  switch (action) {
    case 'add': {
      const url = arg;
      const client = await apiClientFor(options, io);
      const response = await client.request({
        method: 'POST',
        path: '/feeds',
        body: JSON.stringify({ url, ...(options.id ? { id: options.id } : {}) }),
        contentType: 'application/json',
      });
      if (response.status !== 201 && response.status !== 200) throw new CliError(await apiErrorOf(response));
      io.out(JSON.stringify(await response.json()));
      return EXIT.ok;
    }
    case 'list': {
      const client = await apiClientFor(options, io);
      const response = await client.request({ method: 'GET', path: '/feeds' });
      if (response.status !== 200) throw new CliError(await apiErrorOf(response));
      const { items } = (await response.json()) as { items: unknown[] };
      for (const item of items) io.out(JSON.stringify(item));
      return EXIT.ok;
    }
    case 'remove': {
      const id = arg;
      const client = await apiClientFor(options, io);
      const response = await client.request({ method: 'DELETE', path: `/feeds/${encodeURIComponent(id)}` });
      if (response.status !== 204) throw new CliError(`feed ${id}: ${await apiErrorOf(response)}`);
      return EXIT.ok;
    }
    default:
      throw new UsageError(`unknown feeds action "${action}"`);
  }
}
