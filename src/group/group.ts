// A group on a coordinator: a classic (JoinGroup/SyncGroup) group or a KIP-848 consumer group. Both
// share the identity and state views ListGroups, DeleteGroups and the offset APIs read.
import type { ClassicGroup } from './classicGroup.js';
import type { ConsumerGroup } from './consumerGroup.js';

export type Group = ClassicGroup | ConsumerGroup;
