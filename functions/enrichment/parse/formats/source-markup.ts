/**
 * Careers pages kept as source files: a React component (.jsx/.tsx) whose render returns the page
 * as JSX, a Vue single-file component, a Svelte page, a PHP page, an ERB, JSP, Liquid, Nunjucks,
 * Jinja or Blade template. What a visitor reads of such a page is its markup; the code around it
 * (imports, props, expressions, server blocks, template tags) is not read. This module takes the
 * markup out by the syntax alone, with no word list of any framework, for the HTML reader.
 *
 * Kept: elements, attributes written as literals, text, string literals standing alone as text
 * (`{' '}`, `{"Apply"}`), and markup a server block prints (`echo "<h2>…</h2>"`, a heredoc).
 * Dropped: `{expression}` in JSX and Svelte, `attr={…}`, `<?php … ?>` code, `<% … %>`, `{% … %}`,
 * `{{ … }}`, `{# … #}`. Markup inside an expression (`{open && (<div>…</div>)}`) is kept.
 */

import { hasMarkup } from './markup.ts';
import { looksLikeScriptModule } from './script-data.ts';

/** Characters of a source file read: a component or template page is far smaller. */
const MAX_SOURCE_CHARS = 2_000_000;
/** JSX elements read from one module, and nesting depth of one element. */
const MAX_ELEMENTS = 500;
const MAX_DEPTH = 200;

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Server blocks: PHP, and the `<% … %>` of ERB, JSP and ASP. */
const PHP_BLOCK = /<\?(?:php\b|=)?([\s\S]*?)(?:\?>|$)/g;
const ANGLE_PERCENT_BLOCK = /<%[\s\S]*?%>/g;
/**
 * Template tags: Liquid, Jinja, Nunjucks, Twig, Django, Handlebars, Hugo shortcodes, Vue
 * mustaches, and Smarty's or ThinkPHP's `{$webname}`, `{php echo …}`, `{/if}`.
 */
const TEMPLATE_TAG =
  /\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}|\{#[^{}]*#\}|\{\$[A-Za-z_][^{}\n]{0,200}\}|\{\/?(?:php|if|else|elseif|foreach|loop|volist|include)\b[^{}\n]{0,500}\}/g;
/** A Smarty or ThinkPHP variable or block, which no HTML page writes in its text. */
const SMARTY_MARK = /\{\$[A-Za-z_][\w.\->[\]'"]*\}|\{php\s/;
/** Svelte's blocks and expressions, which no HTML page writes in its text or attributes. */
const SVELTE_MARK =
  /<svelte:[a-z]|\{[#:/](?:if|each|await|else|then|catch|key)\b|\son:[a-z]+=\{|\sbind:[a-z]+=/;
/**
 * A Vue single-file component: its page is a top-level `<template>`, which HTML holds inert, and
 * its slots are `<template #title>` too; in a component they are what the visitor reads.
 */
const VUE_TEMPLATE = /^<template[\s>]/m;
const VUE_BLOCK = /^<(?:script|style)\b/m;

/** Blade's directives at a line's start (`@extends('layout')`, `@section('content')`). */
const BLADE_DIRECTIVE = /^[ \t]*@(?:extends|section|yield|include|foreach|if|php|endsection)\b/m;

/**
 * Whether a text that does not open with markup is a server page (PHP, ERB, JSP, Blade) around
 * markup: a Markdown post with a shortcode stays text.
 */
export function looksLikeServerPage(text: string): boolean {
  const head = text.slice(0, 65_536);
  return hasMarkup(head) && (/<\?(?:php\b|=)|<%[=#@-]?\s/.test(head) || BLADE_DIRECTIVE.test(head));
}

/** Whether a text is a page template: server blocks or template tags around markup. */
export function looksLikeTemplatePage(text: string): boolean {
  const head = text.slice(0, 65_536);
  if (!hasMarkup(head)) return false;
  return (
    /<\?(?:php\b|=)|<%[=#@-]?\s/.test(head) ||
    /\{%-?\s*[a-z]/.test(head) ||
    /\{\{[\s\S]{1,200}?\}\}/.test(head) ||
    SMARTY_MARK.test(head) ||
    (VUE_TEMPLATE.test(head) && VUE_BLOCK.test(head)) ||
    SVELTE_MARK.test(head) ||
    BLADE_DIRECTIVE.test(head)
  );
}

/**
 * The markup a careers page kept as source shows, as HTML, or null when the text is no source
 * page (plain HTML, text, a data module without markup).
 * @example sourcePageMarkup('import React from "react"\nexport default () => (<div><h3>{t}</h3><p>IT Manager</p></div>)')
 * // → '<div><h3></h3><p>IT Manager</p></div>'
 */
export function sourcePageMarkup(raw: string): string | null {
  const text = raw.length > MAX_SOURCE_CHARS ? raw.slice(0, MAX_SOURCE_CHARS) : raw;
  if (looksLikeScriptModule(text)) {
    const jsx = moduleMarkup(text);
    return jsx !== null && hasMarkup(jsx) ? jsx : null;
  }
  if (!looksLikeTemplatePage(text)) return null;
  return templateMarkup(text);
}

/** A template page's markup: server blocks print only their markup strings; template tags go. */
function templateMarkup(text: string): string {
  let out = text.replace(PHP_BLOCK, (_, code: string) => printedMarkup(code));
  out = out.replace(ANGLE_PERCENT_BLOCK, '').replace(TEMPLATE_TAG, '');
  out = out.replace(/^[ \t]*@[a-z]+(?:\([^\n]*\))?[ \t]*$/gm, '');
  if (SVELTE_MARK.test(out)) out = withoutSvelteExpressions(out);
  if (VUE_TEMPLATE.test(out) && VUE_BLOCK.test(out)) out = vueTemplates(out);
  return out;
}

/** A slot that holds a component's title (`<template #title>`, `v-slot:heading`): its heading. */
const TITLE_SLOT = /^<template\s+(?:#|v-slot:)(?:title|heading)\b/i;

/** A Vue component's `<template>` elements as the blocks they render: a title slot as a heading. */
function vueTemplates(text: string): string {
  const open: string[] = [];
  return text.replace(/<template\b[^>]*>|<\/template\s*>/gi, (tag) => {
    if (tag.startsWith('</')) return `</${open.pop() ?? 'div'}>`;
    const name = TITLE_SLOT.test(tag) ? 'h3' : 'div';
    open.push(name);
    return `<${name}>`;
  });
}

/**
 * The markup a PHP block prints: its string literals and heredocs that hold markup, in order
 * (`echo "<div class=\"box\"><h2>Programmer</h2>…"`), and nothing of its code.
 */
function printedMarkup(code: string): string {
  const parts: string[] = [];
  const literal =
    /<<<\s*['"]?([A-Za-z_]\w*)['"]?\r?\n([\s\S]*?)\r?\n[ \t]*\1\b|"((?:[^"\\]|\\[\s\S])*)"|'((?:[^'\\]|\\[\s\S])*)'/g;
  for (const match of code.matchAll(literal)) {
    const body =
      match[2] ??
      (match[3] !== undefined ? unescapeDouble(match[3]) : (match[4] ?? '').replace(/\\(['\\])/g, '$1'));
    if (hasMarkup(body)) parts.push(body.replace(/\{?\$[A-Za-z_][\w\->[\]'"]*\}?/g, ''));
  }
  return parts.join('\n');
}

function unescapeDouble(s: string): string {
  return s.replace(/\\([nrt"\\$])/g, (_, c: string) =>
    c === 'n' ? '\n' : c === 'r' ? '' : c === 't' ? '\t' : c,
  );
}

/** Svelte's `{…}` outside its script and style blocks: in text and attributes, expressions. */
function withoutSvelteExpressions(text: string): string {
  return text
    .split(/(<(script|style)\b[\s\S]*?<\/\2\s*>)/i)
    .map((piece, i) => {
      // split() with two groups yields [text, block, tagName, text, …].
      if (i % 3 === 1) return piece;
      if (i % 3 === 2) return '';
      let out = piece.replace(/\s[\w:-]+=\{[^{}]*\}/g, '');
      for (let n = 0; n < 8 && /\{[^{}]*\}/.test(out); n++) out = out.replace(/\{[^{}]*\}/g, '');
      return out;
    })
    .join('');
}

/**
 * The JSX a module's components return, as HTML: every element found where an expression may
 * start, outermost only. Null when the module holds none.
 */
function moduleMarkup(text: string): string | null {
  const reader = new JsxReader(text);
  const out = reader.readAll(0, text.length);
  return out.length > 0 ? out.join('\n') : null;
}

/** Characters after which `<` starts JSX rather than a comparison or a type argument. */
const JSX_BEFORE = new Set(['(', ',', '=', ':', '?', '[', '{', '}', ';', '&', '|', '>', '!', '\n']);

class JsxReader {
  private elements = 0;
  constructor(private readonly text: string) {}

  /** The outermost JSX elements between `from` and `to`, each as HTML. */
  readAll(from: number, to: number): string[] {
    const t = this.text;
    const out: string[] = [];
    let i = from;
    while (i < to && this.elements < MAX_ELEMENTS) {
      const c = t[i];
      if (c === '"' || c === "'" || c === '`') {
        i = this.skipString(i, to);
      } else if (c === '/' && t[i + 1] === '/') {
        const end = t.indexOf('\n', i);
        i = end < 0 || end > to ? to : end;
      } else if (c === '/' && t[i + 1] === '*') {
        const end = t.indexOf('*/', i + 2);
        i = end < 0 || end > to ? to : end + 2;
      } else if (c === '<' && /[A-Za-z>]/.test(t[i + 1] ?? '') && this.startsExpression(i)) {
        const element = this.readElement(i, to, 0);
        if (element) {
          out.push(element.html);
          this.elements++;
          i = element.end;
        } else i++;
      } else i++;
    }
    return out;
  }

  /** Whether the code before `<` ends where an expression may start (`return (`, `=> `, `? `). */
  private startsExpression(at: number): boolean {
    const t = this.text;
    let j = at - 1;
    while (j >= 0 && (t[j] === ' ' || t[j] === '\t' || t[j] === '\r')) j--;
    if (j < 0) return true;
    const c = t[j] as string;
    if (c === '>' && t[j - 1] !== '=') return false;
    if (JSX_BEFORE.has(c)) return true;
    return /\breturn$/.test(t.slice(Math.max(0, j - 6), j + 1));
  }

  private skipString(at: number, to: number): number {
    const t = this.text;
    const quote = t[at];
    let i = at + 1;
    while (i < to) {
      const c = t[i];
      if (c === '\\') i += 2;
      else if (c === quote) return i + 1;
      else if (quote !== '`' && c === '\n') return i + 1;
      else i++;
    }
    return to;
  }

  /** The end of a `{…}` expression that starts at `at` (its braces balanced, strings skipped). */
  private skipBraces(at: number, to: number): number {
    const t = this.text;
    let depth = 0;
    let i = at;
    while (i < to) {
      const c = t[i];
      if (c === '"' || c === "'" || c === '`') {
        i = this.skipString(i, to);
        continue;
      }
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return i + 1;
      i++;
    }
    return to;
  }

  /** An element and its children as HTML, or null when the text at `at` is no element. */
  private readElement(at: number, to: number, depth: number): { html: string; end: number } | null {
    if (depth > MAX_DEPTH) return null;
    const t = this.text;
    const name = /^<([A-Za-z][\w.:-]*)?/.exec(t.slice(at, at + 200));
    if (!name) return null;
    const tag = name[1] ?? '';
    let i = at + name[0].length;
    let attrs = '';
    // Attributes: literals kept, `{…}` values and spreads dropped.
    for (;;) {
      while (i < to && /\s/.test(t[i] ?? '')) i++;
      if (i >= to) return null;
      if (t.startsWith('/>', i)) {
        const html =
          tag === ''
            ? ''
            : VOID_ELEMENTS.has(tag.toLowerCase())
              ? `<${tag}${attrs}>`
              : `<${tag}${attrs}></${tag}>`;
        return { html, end: i + 2 };
      }
      if (t[i] === '>') {
        i++;
        break;
      }
      if (t[i] === '{') {
        i = this.skipBraces(i, to);
        continue;
      }
      const attr = /^([^\s=/>{}]+)(?:\s*=\s*("[^"]*"|'[^']*'|\{))?/.exec(t.slice(i, i + 4_000));
      if (!attr) return null;
      if (attr[2] === '{') {
        i = this.skipBraces(i + attr[0].length - 1, to);
        continue;
      }
      const key = attr[1] === 'className' ? 'class' : attr[1];
      attrs += attr[2] ? ` ${key}=${attr[2]}` : ` ${key}`;
      i += attr[0].length;
    }
    if (tag !== '' && VOID_ELEMENTS.has(tag.toLowerCase())) return { html: `<${tag}${attrs}>`, end: i };
    // Children until the matching closing tag.
    let html = tag === '' ? '' : `<${tag}${attrs}>`;
    let textStart = i;
    const flushText = (end: number) => {
      if (end > textStart) html += t.slice(textStart, end);
    };
    while (i < to) {
      const c = t[i];
      if (c === '{') {
        flushText(i);
        const end = this.skipBraces(i, to);
        html += this.expressionText(i + 1, end - 1);
        i = end;
        textStart = i;
      } else if (c === '<' && t[i + 1] === '/') {
        flushText(i);
        const close = t.indexOf('>', i);
        if (close < 0) return null;
        return { html: tag === '' ? html : `${html}</${tag}>`, end: close + 1 };
      } else if (c === '<' && /[A-Za-z>]/.test(t[i + 1] ?? '')) {
        flushText(i);
        const child = this.readElement(i, to, depth + 1);
        if (!child) return null;
        html += child.html;
        i = child.end;
        textStart = i;
      } else i++;
    }
    return null;
  }

  /** What an expression child shows as text: a string literal standing alone, or the JSX it holds. */
  private expressionText(from: number, to: number): string {
    const inner = this.text.slice(from, to).trim();
    const literal = /^(["'`])([^"'`$\\]*)\1$/.exec(inner);
    if (literal) return literal[2] ?? '';
    if (!inner.includes('<')) return '';
    return this.readAll(from, to).join('');
  }
}
