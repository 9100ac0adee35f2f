// Thrown by the quorum controller when this node is not the active controller (not the Raft
// leader, or a leader still catching up on the previous epoch's records). Handlers answer it
// with NOT_CONTROLLER so brokers and clients look up the active controller and retry.
import { ErrorCode } from '../protocol/kafkaErrors.js';

export class NotControllerError extends Error {
  readonly errorCode = ErrorCode.NOT_CONTROLLER;

  constructor(
    readonly leaderId: number,
    detail?: string,
  ) {
    super(detail ?? (leaderId >= 0 ? `this node is not the active controller; controller ${leaderId} is` : 'this node is not the active controller and no controller is known'));
    this.name = 'NotControllerError';
  }
}
