/**
 * The body of `POST /ingest` and `POST /classify`: a document in any supported format, told by
 * its Content-Type or sniffed from its content, or the JSON `{"url": "https://…"}` to fetch one.
 * The size cap is enforced before this runs (bodyLimit middleware).
 */
import type { DocumentInput, Format } from '../enrichment/index.ts';
import { HttpProblem } from './problem.ts';
import { UrlRequestSchema } from './request-schemas.ts';

export type RequestedDocument = { readonly url: string } | { readonly document: DocumentInput };

/** Media types that are never a posting; anything else is read and sniffed (curl sends form-urlencoded). */
const BINARY_TYPE =
  /^(image|audio|video|font)\/|^application\/(pdf|zip|gzip|x-gzip|x-tar|x-7z-compressed|vnd\.|msword|wasm|x-protobuf|protobuf)/;

/** Only small JSON bodies can be a URL request; larger ones are documents and parsed once, by the core. */
const URL_REQUEST_MAX_BYTES = 16 * 1024;

const mediaTypeOf = (contentType: string | null) =>
  (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

function firstNonSpace(bytes: Uint8Array): number | undefined {
  for (let i = 0; i < bytes.length && i < 64; i += 1) {
    const b = bytes[i] as number;
    // whitespace and a UTF-8 BOM
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf)
      return b;
  }
  return undefined;
}

/** A URL request, or null when the JSON is a document. */
function urlRequestOf(bytes: Uint8Array): string | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message.replace(/\s+/g, ' ').slice(0, 160);
    throw new HttpProblem(400, 'invalid-json', `the body is not valid JSON: ${reason}`, { cause: error });
  }
  // Only {"url": …} alone is a URL request: a job board's JSON may well have a url member.
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  if (Object.keys(json).length !== 1 || !('url' in json)) return null;
  const parsed = UrlRequestSchema.safeParse(json);
  if (!parsed.success) {
    throw new HttpProblem(400, 'invalid-request', 'a URL request is the JSON {"url": "https://…"}', {
      invalidParams: [{ name: 'url', reason: 'must be an http(s) URL string of at most 2,048 characters' }],
    });
  }
  return parsed.data.url;
}

/**
 * Reads a request body as a document or a URL request.
 * @throws HttpProblem 400 (empty body, malformed JSON, bad URL request) or 415 (an encoded or
 *   binary media type, a form upload).
 */
export async function readRequestDocument(
  request: Request,
  format: Format | 'auto' = 'auto',
): Promise<RequestedDocument> {
  const contentType = request.headers.get('content-type');
  const media = mediaTypeOf(contentType);
  const encoding = request.headers.get('content-encoding');
  if (encoding && encoding.trim().toLowerCase() !== 'identity') {
    throw new HttpProblem(
      415,
      null,
      `Content-Encoding ${encoding.slice(0, 40)} is not accepted: send the document uncompressed`,
    );
  }
  if (media.startsWith('multipart/')) {
    throw new HttpProblem(
      415,
      null,
      'send the document itself as the body (curl --data-binary @file), not a multipart form upload',
    );
  }
  if (BINARY_TYPE.test(media)) {
    throw new HttpProblem(
      415,
      'unsupported-document',
      `${media} is not a document this API reads: send HTML, plain text, RSS or Atom XML, or JSON`,
    );
  }
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length === 0) {
    throw new HttpProblem(
      400,
      'invalid-request',
      'the body is empty: send a document, or JSON {"url": "https://…"}',
    );
  }
  const isJsonType = media === 'application/json' || media.endsWith('+json');
  if (bytes.length <= URL_REQUEST_MAX_BYTES && (isJsonType || firstNonSpace(bytes) === 0x7b)) {
    const url = urlRequestOf(bytes);
    if (url !== null) return { url };
  }
  return { document: { content: bytes, contentType, format, file: null } };
}
