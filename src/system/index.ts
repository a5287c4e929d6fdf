/**
 * The typed description of an AI system's four elements: the server
 * (hardware), the cloud (data centre and grid), and the model and data (the
 * workload). Named `system` so that "model" means only the AI model element.
 * @module
 */
export type { Param, ParamStatus, SourceRef } from './param.js';
export type { IcTechnology, IntegratedCircuit, CircuitBoard, OtherPart, CapacityPart, CapacityTechnology, Component, PowerDraw, PowerModel, Server, ServerEndOfLife } from './server.js';
export { TRANSPORT_MODES, EOL_TREATMENTS, REUSE_RULES, type TransportMode, type TransportLeg, type EolTreatment, type EndOfLife, type ReuseRule, type Reuse } from './life-cycle.js';
export type { Cloud } from './cloud.js';
export type { Workload } from './workload.js';
export { FUNCTIONAL_UNITS, FUNCTIONAL_UNITS_PER, type FunctionalUnit, type FunctionalUnitCount, type FunctionalUnitPer } from './functional-unit.js';
export { JOB_PHASES, type JobPhase, type Job, type JobDuration, type FlopsEstimate, type IdleEnergy, type JobLoad, type AcceleratorUse, type AcceleratorPower, type HostUse, type LinearPower, type Allocation, type AllocationRule, type Site } from './job.js';
export type { Inference, RequestEnergy } from './inference.js';
export type { DataElement, Storage, StorageTechnology, Transfer, NetworkKind } from './data-element.js';
export type { ModelElement } from './model-element.js';
export type { Study, Correlation } from './study.js';
