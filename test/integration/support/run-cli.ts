/** Runs the CLI in a child process from source (`node --import tsx run-cli.ts ARGS`), as a test's victim. */
import { main } from '../../../functions/cli/entry.ts';

await main();
