/** Where a command writes; injectable so that tests capture output. */
export interface CommandIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stderr is a terminal (progress bars are shown only then). */
  readonly interactive: boolean;
}

/** The process's own streams. */
export function processIO(): CommandIO {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    interactive: process.stderr.isTTY === true,
  };
}
