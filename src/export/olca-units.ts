import { nameUuid } from './name-uuid.js';
import type { OlcaRef, OlcaRootEntity } from './olca-entities.js';

/** The units the openLCA export writes amounts in. */
export type OlcaUnitSymbol = 'kWh' | 'cm2' | 'kg' | 'Item(s)' | 'GB';

/** A unit of the export with its unit group and flow property. */
export interface OlcaUnitInfo {
  /** The unit's reference. */
  readonly unit: OlcaRef;
  /** The flow property (quantity) amounts in this unit measure. */
  readonly flowProperty: OlcaRef;
  /** The unit group entity, as written to `unit_groups/`. */
  readonly unitGroup: OlcaRootEntity;
  /** The flow property entity, as written to `flow_properties/`. */
  readonly flowPropertyEntity: OlcaRootEntity;
}

interface GroupDef {
  readonly group: { readonly id: string; readonly name: string };
  readonly property: { readonly id: string; readonly name: string };
  /** Units: symbol, id, factor to the reference unit (the first). */
  readonly units: readonly (readonly [string, string, number])[];
}

// openLCA's reference data ids (olca-schema 2.4.0, py/olca_schema/units/units.csv), so that an
// import into a database with the reference data merges with it. Reference units and factors as openLCA's.
const ENERGY: GroupDef = {
  group: { id: '93a60a57-a3c8-11da-a746-0800200c9a66', name: 'Units of energy' },
  property: { id: 'f6811440-ee37-11de-8a39-0800200c9a66', name: 'Energy' },
  units: [['MJ', '52765a6c-3896-43c2-b2f4-c679acf13efe', 1], ['kWh', '86ad2244-1f0e-4912-af53-7865283103e4', 3.6]],
};
const AREA: GroupDef = {
  group: { id: '93a60a57-a3c8-18da-a746-0800200c9a66', name: 'Units of area' },
  property: { id: '93a60a56-a3c8-19da-a746-0800200c9a66', name: 'Area' },
  units: [['m2', '3ce61faa-5716-41c1-aef6-b5920054acc9', 1], ['cm2', '588613d5-6c8c-4ab6-8c69-ec5e20ef7881', 0.0001]],
};
const MASS: GroupDef = {
  group: { id: '93a60a57-a4c8-11da-a746-0800200c9a66', name: 'Units of mass' },
  property: { id: '93a60a56-a3c8-11da-a746-0800200b9a66', name: 'Mass' },
  units: [['kg', '20aadc24-a391-41cf-b340-3e4529f44bde', 1]],
};
const ITEMS: GroupDef = {
  group: { id: '5beb6eed-33a9-47b8-9ede-1dfe8f679159', name: 'Units of items' },
  property: { id: '01846770-4cfe-4a25-8ad9-919d8d378345', name: 'Number of items' },
  units: [['Item(s)', '6dabe201-aaac-4509-92f0-d00c26cb72ab', 1]],
};
// openLCA's reference data has no unit of data capacity: ailca defines one (name-based ids).
const CAPACITY: GroupDef = {
  group: { id: nameUuid('unit-group:data capacity'), name: 'Units of data capacity (ailca)' },
  property: { id: nameUuid('flow-property:data capacity'), name: 'Data capacity (ailca)' },
  units: [['GB', nameUuid('unit:GB'), 1]],
};

const BY_SYMBOL: Readonly<Record<OlcaUnitSymbol, GroupDef>> = { kWh: ENERGY, cm2: AREA, kg: MASS, 'Item(s)': ITEMS, GB: CAPACITY };

/**
 * The openLCA unit, flow property and unit group of a unit symbol the
 * export uses: openLCA's reference data ids for kWh (Energy, reference unit
 * MJ, 1 kWh = 3.6 MJ), cm2 (Area, reference m2, 1 cm2 = 0.0001 m2), kg
 * (Mass) and Item(s) (Number of items); GB gets a unit group of ailca's own
 * (openLCA's reference data has no data capacity).
 *
 * @param symbol - the unit
 * @returns its references and the unit group and flow property entities
 * @example
 * olcaUnit('kWh').unit.name; // => 'kWh'
 * olcaUnit('kWh').flowProperty.name; // => 'Energy'
 */
export function olcaUnit(symbol: OlcaUnitSymbol): OlcaUnitInfo {
  const def = BY_SYMBOL[symbol];
  const [, id] = def.units.find(([s]) => s === symbol) as readonly [string, string, number];
  const flowProperty: OlcaRef = { '@type': 'FlowProperty', '@id': def.property.id, name: def.property.name };
  const groupRef: OlcaRef = { '@type': 'UnitGroup', '@id': def.group.id, name: def.group.name };
  return {
    unit: { '@type': 'Unit', '@id': id, name: symbol },
    flowProperty,
    unitGroup: {
      '@type': 'UnitGroup',
      '@id': def.group.id,
      name: def.group.name,
      defaultFlowProperty: flowProperty,
      units: def.units.map(([s, uid, factor], i) => ({ '@type': 'Unit', '@id': uid, name: s, conversionFactor: factor, isRefUnit: i === 0 })),
    },
    flowPropertyEntity: { '@type': 'FlowProperty', '@id': def.property.id, name: def.property.name, flowPropertyType: 'PHYSICAL_QUANTITY', unitGroup: groupRef },
  };
}
