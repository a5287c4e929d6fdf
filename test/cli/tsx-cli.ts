import { resolve } from 'node:path';

/**
 * The project's CLI as a shell command that works on a clean clone before
 * `npm run build` (CI runs the tests first): node running tsx on
 * src/cli/main.ts, by absolute paths, so that a job script's tasks can run it
 * from any directory. Job scripts read it from the `AILCA` variable.
 */
export const AILCA_FROM_SOURCE = `${process.execPath} ${resolve('node_modules/tsx/dist/cli.mjs')} ${resolve('src/cli/main.ts')}`;
