// A group on a coordinator: the classic protocol's ClassicGroup. KIP-848 consumer groups join this
// union when they land.
import type { ClassicGroup } from './classicGroup.js';

export type Group = ClassicGroup;
