import v8 from 'node:v8';
import vm from 'node:vm';

let gc: ((options?: { type?: 'major' | 'minor'; execution?: 'sync' | 'async' }) => void) | null | undefined;

/**
 * Ask V8 for an asynchronous major garbage collection. Each webgpu chunk is
 * read back through a mapped range whose memory is released only when V8
 * collects the ArrayBuffer that wraps it, and V8 does not see that memory
 * grow: at 10^8 samples the process held about 430 MiB (measured on
 * lavapipe). Collecting every 2^24 samples keeps it under 300 MiB for
 * about 10 % of the run's time.
 * The collector is reached through V8's `--expose-gc` flag set at run time;
 * where that is refused this does nothing.
 * @internal
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as typeof gc;
    } catch {
      gc = null;
    }
  }
  gc?.({ type: 'major', execution: 'async' });
}
