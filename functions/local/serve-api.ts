/**
 * Serves the Hono app on a local port with @hono/node-server: the same app API Gateway runs.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface ApiServerOptions {
  /** The app (a Hono app; only its `fetch` is used). */
  readonly app: Pick<Hono, 'fetch'>;
  /** 0 picks a free port. */
  readonly port: number;
  /** @default '127.0.0.1': a development server is not for the network */
  readonly hostname?: string;
}

export interface ApiServer {
  /** `http://localhost:<port>` */
  readonly url: string;
  readonly port: number;
  /** Stops accepting connections, closes idle keep-alive sockets, gives requests in flight 2 s. */
  close(): Promise<void>;
}

/** Starts serving `app`; resolves once the port is bound. */
export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const hostname = options.hostname ?? '127.0.0.1';
  let server: Server | undefined;
  const port = await new Promise<number>((resolve, reject) => {
    const created = serve({ fetch: options.app.fetch, port: options.port, hostname }, (info: AddressInfo) =>
      resolve(info.port),
    ) as Server;
    created.once('error', reject);
    server = created;
  });
  const running = server as Server;
  let closed: Promise<void> | null = null;
  return {
    url: `http://localhost:${port}`,
    port,
    close: () => {
      closed ??= new Promise<void>((resolve, reject) => {
        // A client holding a request open must not keep Ctrl-C from stopping the server.
        const force = setTimeout(() => running.closeAllConnections(), 2_000);
        force.unref();
        running.close((error) => {
          clearTimeout(force);
          if (error) reject(error);
          else resolve();
        });
        running.closeIdleConnections();
      });
      return closed;
    },
  };
}
