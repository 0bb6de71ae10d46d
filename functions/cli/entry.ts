/** The bundled CLI's entry point (bin/job-enrich.mjs builds and loads it). */
export { main } from './main.ts';
