import { expect } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';

/** Run the CLI in-process and capture its output and exit code. */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), interactive: false });
  return { code, stdout, stderr };
}

/** Expect a refusal: exit 2, nothing on stdout, a message matching `culprit` on stderr, no stack trace. */
export function expectRefused(r: { code: number; stdout: string; stderr: string }, culprit: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(culprit);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}
