/**
 * The core's rooms import only what their opening comments allow (functions/enrichment/index.ts):
 * parse/ → pay/; classify/ → pay/, taxonomy/; pay/ → neither; nothing outside the core but the
 * taxonomy's data and schema; the edges only through index.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const core = join(root, 'functions/enrichment');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(dir, f));
}

/** Every relative import of `file`, as a path from the repository root. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)'/g)].map((m) =>
    relative(root, resolve(dirname(file), m[1] as string)),
  );
}

const ROOM_MAY_IMPORT: Record<string, readonly string[]> = {
  parse: ['parse', 'pay/index.ts'],
  pay: ['pay'],
  classify: ['classify', 'pay/index.ts', 'taxonomy'],
  taxonomy: ['taxonomy'],
};
const SHARED = ['types.ts', 'fields.ts'];

describe('the enrichment core', () => {
  it.each(Object.keys(ROOM_MAY_IMPORT))('lets %s/ import only the rooms its comment names', (room) => {
    const allowed = [...(ROOM_MAY_IMPORT[room] ?? []), ...SHARED].map((p) => `functions/enrichment/${p}`);
    const outOfBounds = tsFiles(join(core, room)).flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('functions/enrichment/'))
        .filter((target) => !allowed.some((a) => target === a || target.startsWith(`${a}/`)))
        .map((target) => `${relative(root, file)} -> ${target}`),
    );
    expect(outOfBounds).toEqual([]);
  });

  it('imports nothing from outside itself but the taxonomy data and schema', () => {
    const outside = tsFiles(core).flatMap((file) =>
      importsOf(file)
        .filter((target) => !target.startsWith('functions/enrichment/'))
        .filter((target) => !/^taxonomy\/([\w-]+\.json|([\w-]+-)?schema\.ts)$/.test(target))
        .map((target) => `${relative(root, file)} -> ${target}`),
    );
    expect(outside).toEqual([]);
  });

  it('is imported by the edges through index.ts only', () => {
    const edges = ['functions', 'bench'].flatMap((dir) => tsFiles(join(root, dir)));
    const inner = edges
      .filter((file) => !file.startsWith(`${core}/`))
      .flatMap((file) =>
        importsOf(file)
          .filter((target) => target.startsWith('functions/enrichment/'))
          .filter((target) => target !== 'functions/enrichment/index.ts')
          .map((target) => `${relative(root, file)} -> ${target}`),
      );
    expect(inner).toEqual([]);
  });
});
