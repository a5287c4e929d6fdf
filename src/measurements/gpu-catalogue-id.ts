/**
 * Hardware catalogue ids for the GPU names that CodeCarbon (`gpu_model`,
 * from NVML's device name, prefixed with the count: `8 x NVIDIA H100 80GB
 * HBM3`) and nvidia-smi write. Only names that identify one catalogue entry
 * are listed; `NVIDIA H100 80GB HBM3` is the SXM5 board (the PCIe board is
 * named `NVIDIA H100 PCIe`), as NVIDIA's H100 datasheet names the two form
 * factors.
 */
const PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/^NVIDIA H100 80GB HBM3$|^NVIDIA H100[ -]SXM/, 'nvidia-h100-sxm'],
  [/^NVIDIA H100 PCIe$/, 'nvidia-h100-pcie'],
  [/^NVIDIA A100[ -]SXM4[ -]80GB$/, 'nvidia-a100-sxm4-80gb'],
  [/^(?:Tesla|NVIDIA) V100\b/, 'nvidia-v100'],
];

/** A GPU model name read as catalogue id and count. */
export interface GpuModelMatch {
  /** The catalogue id, when the name identifies one entry. */
  readonly catalogue?: string;
  /** The GPU name without the count prefix, or the names when the run mixed models. */
  readonly name: string;
  /** The count from the `N x` prefix, when there is one. */
  readonly count?: number;
}

/**
 * Read a GPU model name as written by CodeCarbon (`1 x NVIDIA A100-SXM4-80GB`)
 * or NVML (`NVIDIA H100 80GB HBM3`) into a catalogue id and count. A name
 * that matches no entry, or a run with several models (CodeCarbon then
 * concatenates them: `4 x NVIDIA A401 x NVIDIA A100 80GB PCIe`), has no
 * catalogue id: the caller says so in a note, it never guesses.
 *
 * @param text - the model name
 * @example
 * gpuCatalogueId('8 x NVIDIA H100 80GB HBM3'); // => { catalogue: 'nvidia-h100-sxm', name: 'NVIDIA H100 80GB HBM3', count: 8 }
 * gpuCatalogueId('1 x NVIDIA A100-SXM4-40GB').catalogue; // => undefined
 */
export function gpuCatalogueId(text: string): GpuModelMatch {
  const m = /^(\d+) x (.+)$/.exec(text.trim());
  const name = m ? m[2] : text.trim();
  const count = m ? Number(m[1]) : undefined;
  const mixed = / x /.test(name);
  const hit = mixed ? undefined : PATTERNS.find(([re]) => re.test(name));
  return { ...(hit ? { catalogue: hit[1] } : {}), name, ...(count !== undefined ? { count } : {}) };
}
