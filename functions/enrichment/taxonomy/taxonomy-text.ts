/**
 * An operator's taxonomy file as text: read with jsonc-parser, which keeps each value's offset,
 * so every problem is named by its line, column and field path (`own.json:12:17:
 * tiers.1.bands.0.currency: unknown currency XYZ ...`). Strict JSON: no comments, no trailing
 * commas, no repeated keys, and no `__proto__`, `constructor` or `prototype` key anywhere, since
 * a key of that name is never taxonomy data and may reach an object's prototype downstream.
 */
import {
  findNodeAtLocation,
  type Node,
  type ParseError,
  type ParseErrorCode,
  parseTree,
  printParseErrorCode,
} from 'jsonc-parser';
import {
  buildOwnTaxonomy,
  describeIssues,
  type Taxonomy,
  TaxonomyError,
  type TaxonomyIssue,
} from './load-taxonomy.ts';

/** Keys refused anywhere in a taxonomy file. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** 1-based line and column of `offset` in `text`. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const words = (code: ParseErrorCode) =>
  printParseErrorCode(code)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

/** The first repeated or forbidden key, depth first in file order, with its path. */
function badKey(node: Node, path: (string | number)[]): { issue: TaxonomyIssue; offset: number } | null {
  if (node.type === 'array') {
    for (const [i, child] of (node.children ?? []).entries()) {
      const found = badKey(child, [...path, i]);
      if (found) return found;
    }
  }
  if (node.type !== 'object') return null;
  const seen = new Set<string>();
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode) continue;
    const key = String(keyNode.value);
    if (FORBIDDEN_KEYS.has(key))
      return { issue: { path, message: `key "${key}" is not allowed` }, offset: keyNode.offset };
    if (seen.has(key))
      return {
        issue: { path: [...path, key], message: `key "${key}" appears twice` },
        offset: keyNode.offset,
      };
    seen.add(key);
    const found = valueNode ? badKey(valueNode, [...path, key]) : null;
    if (found) return found;
  }
  return null;
}

/** The node at `path`, or the nearest ancestor present (a missing field is placed at its object). */
function nearestNode(root: Node, path: readonly (string | number)[]): Node {
  for (let n = path.length; n > 0; n -= 1) {
    const node = findNodeAtLocation(root, path.slice(0, n) as (string | number)[]);
    // A field's place is its key, where an editor's eye goes first.
    if (node) return node.parent?.type === 'property' ? (node.parent.children?.[0] ?? node) : node;
  }
  return root;
}

/**
 * Parses and validates an operator's taxonomy file (the shape of taxonomy/it-management.json).
 * @param file the name the messages and `Taxonomy.file` carry.
 * @throws TaxonomyError whose message places every problem: `file:line:column: path: what`.
 */
export function parseTaxonomyText(text: string, file: string): Taxonomy {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false });
  const place = (offset: number) => {
    const { line, column } = positionOf(body, offset);
    return `${line}:${column}`;
  };
  const syntax = errors[0];
  if (syntax || !root) {
    const message = syntax ? `not JSON: ${words(syntax.error)}` : 'not JSON: the file is empty';
    throw new TaxonomyError(`${file}:${place(syntax?.offset ?? 0)}: ${message}`, [{ path: [], message }]);
  }
  const bad = badKey(root, []);
  if (bad)
    throw new TaxonomyError(
      describeIssues(file, [bad.issue], () => place(bad.offset)),
      [bad.issue],
    );
  try {
    return buildOwnTaxonomy(JSON.parse(body), file);
  } catch (error) {
    if (!(error instanceof TaxonomyError)) throw error;
    const located = describeIssues(file, error.issues, (i) => place(nearestNode(root, i.path).offset));
    throw new TaxonomyError(located, error.issues, { cause: error });
  }
}
