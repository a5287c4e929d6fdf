/**
 * Bridges out: a study's inventory for other LCA tools — an openLCA
 * JSON-LD process (olca-schema v2) with its flows, units, locations and
 * sources, as a zip or a folder. The top layer beside the report: nothing
 * below imports it.
 * @module
 */
export { exportOpenLca, type OpenLcaExportOptions, type OpenLcaPackage } from './openlca-export.js';
export { studyInventory, type StudyInventory, type MappedHardwareItem, type UnmappablePolicy } from './study-inventory.js';
export { writeOpenLca, openLcaFiles } from './write-openlca.js';
export { exportBrightwayCsv, brightwayUncertainty, type BrightwayCsv, type BrightwayCsvOptions, type BrightwayUncertainty } from './brightway-csv.js';
export { storeZip, type ZipEntry } from './store-zip.js';
export { mapUncertainty, NEGLIGIBLE_TRUNCATION, type AmountFactor, type UncertaintyMapping, type NoUncertainty, type MappedUncertainty, type UnmappableUncertainty } from './map-uncertainty.js';
export { hardwareInventory, componentFlow, type HardwareItem } from './hardware-inventory.js';
export { electricityInventory, type ElectricityItem, type GridLocation } from './electricity-inventory.js';
export { olcaUnit, type OlcaUnitSymbol, type OlcaUnitInfo } from './olca-units.js';
export { OLCA_FOLDERS, olcaRef, type OlcaRef, type OlcaExchange, type OlcaUncertainty, type OlcaLogNormal, type OlcaNormal, type OlcaUniform, type OlcaTriangle, type OlcaRootEntity } from './olca-entities.js';
export { nameUuid } from './name-uuid.js';
export { boaviztaResult, BOAVIZTA_CRITERIA, BOAVIZTA_INTERVAL, type BoaviztaResult, type BoaviztaResultOptions, type BoaviztaCriterion, type BoaviztaPhase, type BoaviztaVerboseComponent, type BoaviztaCriterionName } from './boavizta-result.js';
export { jobHardwareInventory } from './job-hardware-inventory.js';
