// The client-side assignors a classic group member can offer, by their protocol names; the
// coordinator picks one every member supports and the leader runs it.
import { RANGE_ASSIGNOR, rangeAssign, type AssignorMember, type Assignment } from './rangeAssignor.js';
import { ROUND_ROBIN_ASSIGNOR, roundRobinAssign } from './roundRobinAssignor.js';

export type AssignFunction = (members: readonly AssignorMember[], partitionsPerTopic: ReadonlyMap<string, number>) => Assignment;

/** kafkajs names its round-robin assigner differently; offering both lets a member join its groups. */
export const KAFKAJS_ROUND_ROBIN_ASSIGNOR = 'RoundRobinAssigner';

export const CONSUMER_ASSIGNORS: ReadonlyMap<string, AssignFunction> = new Map([
  [RANGE_ASSIGNOR, rangeAssign],
  [ROUND_ROBIN_ASSIGNOR, roundRobinAssign],
  [KAFKAJS_ROUND_ROBIN_ASSIGNOR, roundRobinAssign],
]);
