export { buildGazetteer } from './build-gazetteer.js';
export type { Gazetteer, PlaceEntry, PlaceKind } from './build-gazetteer.js';
