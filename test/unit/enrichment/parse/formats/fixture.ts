import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../../../../functions/enrichment/parse/formats/index.ts';
import type { DocumentInput, RawPosting } from '../../../../../functions/enrichment/types.ts';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures/formats/', import.meta.url));

/** The bytes of a fixture under test/fixtures/formats/. */
export function readFixture(name: string): Uint8Array {
  return readFileSync(`${FIXTURES}${name}`);
}

/** Parses a fixture as a caller would hand it over: bytes plus its file name. */
export function parseFixture(name: string, extra: Partial<DocumentInput> = {}): RawPosting[] {
  return parseDocument({ content: readFixture(name), file: name, ...extra });
}

/** The description of a posting as one string, whichever form it has. */
export function descriptionOf(posting: RawPosting | undefined): string {
  if (!posting) return '';
  const description = posting.description;
  if ('html' in description) return description.html;
  if ('text' in description) return description.text;
  return description.blocks.map((block) => block.text).join('\n');
}

/** The error a function throws, for asserting on its class and message. */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to throw');
}
