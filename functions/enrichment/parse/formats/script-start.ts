/**
 * A browser script that is no module but holds its data as literals: it opens by setting a
 * property (`window.jobs = [{ title: "…" }, …]`, `Vue.config.devtools = true;`) or by building an
 * object from options (`new Vue({ el: "#app", data: { jobs: […] } })`). Such a file opens with
 * none of a module's words (`export`, `import`, `const`…), so it would be read as prose: the
 * script reader takes its literal data instead.
 */

/** A property set as the first statement (`window.jobs =`, `app.config.x =`), not a comparison. */
const MEMBER_ASSIGNMENT =
  /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[\s*["'][^"'\n]{1,60}["']\s*\])+\s*=(?![=>])/;
/** An object built from literal options as the first statement (`new Vue({`). */
const CONSTRUCTION = /^new\s+[A-Za-z_$][\w$.]*\s*\(\s*[{[]/;

/**
 * Whether a document is a browser script whose first statement sets a property or builds an
 * object (comments and a `"use strict"` aside).
 * @example opensWithScriptStatement('window.jobs = [\n  { title: "Data Engineer" }\n];') // → true
 * @example opensWithScriptStatement('Senior Engineer = great job') // → false
 */
export function opensWithScriptStatement(text: string): boolean {
  const head = text
    .slice(0, 4_096)
    .replace(/^\ufeff/, '')
    .replace(/^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/, '');
  return MEMBER_ASSIGNMENT.test(head) || CONSTRUCTION.test(head);
}
