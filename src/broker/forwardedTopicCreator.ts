// Topic creation a broker starts itself (auto-creation on Metadata, the internal offsets topic):
// a CreateTopics request to the active controller, whichever node that is.
import { CreateTopics } from '../client/clientApis.js';
import type { CreateTopicOutcome, CreateTopicSpec } from '../controller/quorumController.js';
import type { ControllerChannel } from './controllerChannel.js';

export interface TopicCreator {
  createTopics(specs: readonly CreateTopicSpec[], validateOnly: boolean): Promise<CreateTopicOutcome[]>;
}

export class ForwardedTopicCreator implements TopicCreator {
  constructor(
    private readonly channel: ControllerChannel,
    private readonly timeoutMs: number,
  ) {}

  async createTopics(specs: readonly CreateTopicSpec[], validateOnly: boolean): Promise<CreateTopicOutcome[]> {
    const response = await this.channel.send(CreateTopics, {
      timeoutMs: this.timeoutMs,
      validateOnly,
      topics: specs.map((s) => ({
        name: s.name,
        numPartitions: s.numPartitions,
        replicationFactor: s.replicationFactor,
        assignments: s.assignments.map((a) => ({ partitionIndex: a.partitionIndex, brokerIds: [...a.brokerIds] })),
        configs: [...s.configs].map(([name, value]) => ({ name, value })),
      })),
    });
    return response.topics.map((t) => ({
      name: t.name,
      topicId: t.errorCode === 0 ? t.topicId : null,
      errorCode: t.errorCode,
      errorMessage: t.errorMessage,
      numPartitions: t.numPartitions,
      replicationFactor: t.replicationFactor,
    }));
  }
}
