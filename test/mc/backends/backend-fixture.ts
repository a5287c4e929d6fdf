import { InputError } from '../../../src/errors/index.js';
import { createBackend, type Backend, type BackendOptions, type BackendRequest } from '../../../src/mc/backends/index.js';

/** The backends every test runs on; `webasm threads` is webasm under gpu.js's worker pool. */
export const BACKEND_CASES: readonly { label: string; name: BackendRequest; options: BackendOptions; tolerance: number }[] = [
  // js evaluates the same float64 operations as the reference: agreement to rounding
  { label: 'js', name: 'js', options: { threads: 2 }, tolerance: 1e-12 },
  // float32 kernels: relative error measured below 6e-7 on this program (docs/backends.md); 1e-5 leaves margin
  { label: 'webasm', name: 'webasm', options: { threads: 1 }, tolerance: 1e-5 },
  { label: 'webasm threads', name: 'webasm', options: { threads: 2 }, tolerance: 1e-5 },
  { label: 'cpu', name: 'cpu', options: {}, tolerance: 1e-5 },
  { label: 'webgpu', name: 'webgpu', options: {}, tolerance: 1e-5 },
];

/**
 * Create a backend, or say why it cannot run here: only `webgpu` without a
 * loadable Dawn or an adapter may be skipped, and not when
 * AILCA_REQUIRE_WEBGPU=1 (CI with lavapipe sets it).
 */
export async function tryBackend(name: BackendRequest, options: BackendOptions): Promise<{ backend?: Backend; skip?: string }> {
  try {
    return { backend: await createBackend(name, options) };
  } catch (e) {
    if (name === 'webgpu' && e instanceof InputError && e.path === 'backend' && process.env.AILCA_REQUIRE_WEBGPU !== '1') {
      return { skip: `webgpu cannot run here: ${e.message}` };
    }
    throw e;
  }
}
