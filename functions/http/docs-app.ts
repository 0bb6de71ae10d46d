/**
 * `GET /docs`: the API reference, Swagger UI over `/openapi.json`, with its assets served by this
 * app from the swagger-ui-dist package (no CDN). The assets are files read from disk, not
 * bundled code: swagger-ui-bundle.js is ~1.4 MB and the API Lambda's bundle must stay small, so
 * the Lambda ships the few files beside its bundle (lib/query-api.ts copies them) and `npm start`
 * reads them from node_modules.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';
import { html } from 'hono/html';

import { DOCS_ASSETS } from './docs-assets.ts';

const INIT_JS = `window.addEventListener('load',()=>{window.ui=SwaggerUIBundle({url:'/docs/openapi.json',dom_id:'#swagger-ui',deepLinking:true,tryItOutEnabled:false});});`;

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Where swagger-ui-dist's files are: beside the bundle on Lambda, in node_modules locally. */
export function defaultDocsAssetsDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  } catch {
    return null;
  }
}

/** Builds the docs sub-app. `assetsDir` holds DOCS_ASSETS; null answers 404 for them with a reason. */
export function createDocsApp(assetsDir: string | null): Hono {
  const app = new Hono();
  const cache = new Map<string, Uint8Array>();

  app.get('/docs', (c) => {
    c.header('content-security-policy', CSP);
    return c.html(html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API reference · job-enrich</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
<script src="/docs/assets/swagger-ui-bundle.js" defer></script>
<script src="/docs/assets/init.js" defer></script>
</head>
<body>
<p><a href="/">Back to the recruiters' page</a> · <a href="/docs/openapi.json">openapi.json</a></p>
<main id="swagger-ui" aria-label="API reference"></main>
</body>
</html>`);
  });

  app.get('/docs/assets/init.js', (c) =>
    c.body(INIT_JS, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=300',
    }),
  );

  app.get('/docs/assets/:name', async (c) => {
    const name = c.req.param('name');
    const type = Object.hasOwn(DOCS_ASSETS, name) ? DOCS_ASSETS[name] : undefined;
    if (type === undefined || assetsDir === null) return c.notFound();
    let body = cache.get(name);
    if (!body) {
      body = new Uint8Array(await readFile(join(assetsDir, name)));
      cache.set(name, body);
    }
    return c.body(body as Uint8Array<ArrayBuffer>, 200, {
      'content-type': type,
      'cache-control': 'public, max-age=86400',
    });
  });
  return app;
}
