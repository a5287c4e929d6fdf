/**
 * Quantities with units at the edges: numbers in canonical units or strings
 * such as `"350 W"`, `"400 g/kWh"`, `"5 years"`, converted with mathjs, with a
 * closed set of accepted units per field.
 * @module
 */
export { MAX_QUANTITY_LENGTH, parseQuantity } from './parse-quantity.js';
export { QUANTITY_KINDS, acceptedUnits, type QuantityKind, type QuantityKindInfo } from './quantity-kinds.js';
export { CATEGORY_UNITS, IMPACT_CATEGORY_IDS, IMPACT_ROLES, categoryOfKind, impactKind, type CategoryUnit, type ExtraCategoryId, type ImpactCategoryId, type ImpactKind, type ImpactRole } from './impact-units.js';
