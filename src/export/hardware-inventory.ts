import type { Component, Param, Study } from '../system/index.js';
import type { AmountFactor } from './map-uncertainty.js';
import type { OlcaUnitSymbol } from './olca-units.js';

/** One hardware part of a standing server as a product flow per year of operation. */
export interface HardwareItem {
  /** The product flow's name: what the part is, by technology (`integrated circuit, logic die (Intel 7)`). */
  readonly flow: string;
  /** The unit of the amount. */
  readonly unit: OlcaUnitSymbol;
  /** What the amount measures, in words (`die area`). */
  readonly quantity: string;
  /** The server's name. */
  readonly server: string;
  /** The server's id: the component's embodied output is `embodied:<serverId>:<index>`. */
  readonly serverId: string;
  /** The component's index in the server's bill of materials. */
  readonly index: number;
  /** The component's name in the study. */
  readonly component: string;
  /** Its study path (`servers[0].components[1]`). */
  readonly path: string;
  /** The constant multiplier: parts per server × servers. */
  readonly scale: number;
  /** The study inputs in the amount: the part's quantity (absent for parts counted as items) and the server's lifetime (exponent −1). */
  readonly factors: readonly AmountFactor[];
  /** Amount per year of operation in `unit`: scale × quantity ÷ lifetime, base case. */
  readonly amountPerYear: number;
  /**
   * For hardware of a `use: "jobs"` server group: how its share per year was
   * allocated (the jobs, their rules and shares); `scale` then includes that
   * share and `factors` only the part's quantity.
   */
  readonly allocation?: string;
}

/**
 * The product flow of a component: name, unit, what it measures and the input that measures it (none for parts counted as items).
 * @param c - a component of a server's bill of materials
 * @returns flow, unit, quantity and the quantity's input
 * @example
 * componentFlow({ type: 'pcb', name: 'board', layers: 8, count: 1, area: { value: 600 } } as never).flow; // => 'printed circuit board, 8 layers'
 */
export function componentFlow(c: Component): { flow: string; unit: OlcaUnitSymbol; quantity: string; param?: Param } {
  switch (c.type) {
    case 'ic':
      return { flow: `integrated circuit, ${c.technology} die${c.process ? ` (${c.process})` : ''}`, unit: 'cm2', quantity: 'die area', param: c.dieArea };
    case 'pcb':
      return { flow: `printed circuit board, ${c.layers} layers`, unit: 'cm2', quantity: 'board area', param: c.area };
    case 'memory':
    case 'storage':
      return { flow: `${c.type}, ${c.technology}`, unit: 'GB', quantity: 'capacity', param: c.capacity };
    case 'part':
      return c.mass === undefined
        ? { flow: `part: ${c.name}`, unit: 'Item(s)', quantity: 'parts' }
        : { flow: `part: ${c.name}`, unit: 'kg', quantity: 'mass', param: c.mass };
  }
}

/**
 * The hardware of a study's standing servers as product flows per year of
 * operation: each component's die area (cm²), board area (cm²), capacity
 * (GB), mass (kg) or, for a part given per unit, its number (items), times
 * parts per server and servers, divided by the server's lifetime — the
 * share of the hardware one year of operation uses up, as ailca amortises
 * embodied carbon. Servers with `use: "jobs"` are not included (their
 * hardware reaches the study through job allocations).
 *
 * @param study - a parsed study
 * @returns one item per component of each standing server, in study order
 * @example
 * const s = defineStudy({ name: 'box', servers: [{ name: 'box', lifetime: '4 years',
 *   components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '2 cm2', count: 2, factor: '1 kg/cm2' }],
 *   power: { active: '100 W', idle: '50 W' } }], workload: { utilization: 0.5 }, cloud: { gridIntensity: '0.5 kg/kWh', pue: 1 } });
 * hardwareInventory(s)[0].amountPerYear; // => 1
 */
export function hardwareInventory(study: Study): HardwareItem[] {
  return study.servers.flatMap((server, s) => {
    if (server.use === 'jobs') return [];
    return server.components.map((c, i) => {
      const q = componentFlow(c);
      const scale = c.count * server.count;
      const factors: AmountFactor[] = [...(q.param ? [{ param: q.param, exponent: 1 as const }] : []), { param: server.lifetime, exponent: -1 }];
      let amount = scale;
      for (const f of factors) amount *= f.param.value ** f.exponent;
      return { flow: q.flow, unit: q.unit, quantity: q.quantity, server: server.name, serverId: server.id, index: i, component: c.name, path: `servers[${s}].components[${i}]`, scale, factors, amountPerYear: amount };
    });
  });
}
