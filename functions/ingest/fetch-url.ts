/**
 * Which URLs the document fetcher accepts, at the start and on every redirect hop.
 * Address checks (what the host resolves to) live in address-guard.ts.
 */
import { describeUrl, FetchError } from './fetch-error.ts';

const MAX_URL_LENGTH = 8192;

/**
 * The Fetch Standard's "bad ports" (https://fetch.spec.whatwg.org/#port-blocking): services
 * such as SMTP or IRC that tolerate an HTTP request well enough to be abused across protocols.
 */
const BAD_PORTS = new Set([
  0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104,
  109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515,
  526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
  3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/**
 * Parses a URL the fetcher may request: http or https, no credentials, no bad port.
 * Numeric host forms (`http://2130706433/`, `http://0x7f.1/`) come out normalised to dotted
 * IPv4 by the WHATWG parser, so the address guard sees `127.0.0.1`.
 *
 * @throws FetchError `bad-url`
 */
export function parseFetchUrl(input: string | URL): URL {
  const text = String(input);
  if (text.length > MAX_URL_LENGTH)
    throw new FetchError('bad-url', `URL longer than ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(text);
  } catch (error) {
    throw new FetchError('bad-url', 'not a valid absolute URL', { cause: error });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(
      'bad-url',
      `only http and https URLs can be fetched, not ${url.protocol.slice(0, 20)}`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new FetchError('bad-url', `URLs with credentials are refused: ${describeUrl(url)}`);
  }
  if (url.port !== '' && BAD_PORTS.has(Number(url.port))) {
    throw new FetchError('bad-url', `port ${url.port} is not fetched (reserved for non-web services)`);
  }
  return url;
}

/**
 * The next URL of a redirect: `location` resolved against `current` and checked like a first
 * URL. A redirect from https to http is refused: a posting fetched over TLS must not silently
 * continue in clear text, where anyone on the path could rewrite it.
 *
 * @throws FetchError `bad-url`
 */
export function resolveRedirect(current: URL, location: string): URL {
  let next: URL;
  try {
    next = new URL(location, current);
  } catch (error) {
    throw new FetchError('bad-url', `${describeUrl(current)} redirects to an invalid URL`, { cause: error });
  }
  const checked = parseFetchUrl(next);
  if (current.protocol === 'https:' && checked.protocol === 'http:') {
    throw new FetchError('bad-url', `refusing redirect from https to http: ${describeUrl(checked)}`);
  }
  return checked;
}
