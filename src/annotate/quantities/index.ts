/**
 * Quantities of a report: numbers with their hedge, what they count and the event they belong to.
 */
export { findQuantities, type FindQuantitiesOptions } from './find-quantities.js';
export { eventLemmaOf } from './event-lemma.js';
export { QUANTITY_RULES, QUANTITY_RULE_IDS } from './rules.js';
