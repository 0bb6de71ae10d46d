/** The files of the swagger-ui-dist package that `GET /docs` serves, and their types (shared with lib/). */
export const DOCS_ASSETS: Readonly<Record<string, string>> = {
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
};

export const DOCS_ASSET_FILES: readonly string[] = Object.keys(DOCS_ASSETS);
