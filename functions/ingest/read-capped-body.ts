/**
 * Reads a response body without ever holding more than `maxBytes` of it, compressed or not.
 */
import type { IncomingMessage } from 'node:http';
import { pipeline, type Readable, type Transform } from 'node:stream';
import { constants, createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { FetchError } from './fetch-error.ts';

/**
 * The decoded body of `response`, refused with `too-large` as soon as the declared
 * Content-Length, the bytes on the wire or the decoded bytes pass `maxBytes`. Counting the
 * decoded bytes as they stream out of zlib is what stops a gzip or brotli bomb: a few
 * kilobytes that inflate to gigabytes are abandoned after `maxBytes`.
 *
 * @throws FetchError `too-large`, or `network` for an unsupported Content-Encoding; stream and
 *   zlib errors are rethrown as they are for the caller to classify.
 */
export async function readCappedBody(response: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of streamCappedBody(response, maxBytes)) {
    total += chunk.length;
    chunks.push(chunk);
  }
  return concat(chunks, total);
}

/**
 * The decoded body of `response` as it arrives, under the same caps as `readCappedBody`: the
 * stream fails with `too-large` as soon as the declared, wire or decoded bytes pass `maxBytes`,
 * and the response is destroyed when the reader stops early or fails.
 */
export async function* streamCappedBody(response: IncomingMessage, maxBytes: number): AsyncGenerator<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge(maxBytes, `Content-Length ${declared}`);
  }
  let decoder: Transform | null;
  try {
    decoder = createDecoder(response.headers['content-encoding']);
  } catch (error) {
    response.destroy();
    throw error;
  }
  let body: Readable = response;
  if (decoder) {
    let wireBytes = 0;
    response.on('data', (chunk: Buffer) => {
      wireBytes += chunk.length;
      if (wireBytes > maxBytes) response.destroy(tooLarge(maxBytes, 'compressed'));
    });
    // pipeline destroys every stream with the first error, so iterating `decoder` sees it.
    body = pipeline(response, decoder, () => {});
  }
  let total = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge(maxBytes, decoder ? 'decompressed' : 'streamed');
      yield chunk;
    }
  } finally {
    body.destroy();
    response.destroy();
  }
}

function createDecoder(header: string | undefined): Transform | null {
  const encoding = (header ?? '').trim().toLowerCase();
  // Lenient flush like browsers and undici: a body cut short after a complete block still decodes.
  switch (encoding) {
    case '':
    case 'identity':
      return null;
    case 'gzip':
    case 'x-gzip':
      return createGunzip({ finishFlush: constants.Z_SYNC_FLUSH });
    case 'deflate':
      return createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
    case 'br':
      return createBrotliDecompress({ finishFlush: constants.BROTLI_OPERATION_FLUSH });
    default:
      throw new FetchError('network', `unsupported Content-Encoding "${encoding.slice(0, 40)}"`);
  }
}

function tooLarge(maxBytes: number, detail: string): FetchError {
  return new FetchError('too-large', `response is larger than the ${maxBytes}-byte limit (${detail})`);
}

/** A fresh Uint8Array: Buffer.concat may hand out a slice of Node's shared pool. */
function concat(chunks: readonly Buffer[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
