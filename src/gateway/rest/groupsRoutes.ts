// GET /v1/groups and GET /v1/groups/:id: the consumer groups, and one group's state, members with
// their assignments, and committed offsets with lag (high watermark minus committed) per partition.
import { decodeAssignment } from '../../client/consumerProtocol.js';
import { ErrorCode, errorName } from '../../protocol/kafkaErrors.js';
import type { GatewayContext } from '../gatewayContext.js';
import type { HttpRoute } from '../gatewayServer.js';
import { HttpError } from '../httpExchange.js';

interface MemberView {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  assignment: { topic: string; partition: number }[];
}

/** Members of a classic group (from DescribeGroups) or of a KIP-848 consumer group. */
function membersOf(ctx: GatewayContext, groupId: string, type: string): { state: string; protocol: string | null; members: MemberView[] } {
  if (type === 'consumer') {
    const g = ctx.groupCoordinator.consumerGroupDescribe(groupId);
    const byId = new Map([...ctx.image().topicsByName.values()].map((t) => [t.id, t.name]));
    return {
      state: g.groupState,
      protocol: g.assignorName,
      members: g.members.map((m) => ({
        memberId: m.memberId,
        groupInstanceId: m.instanceId,
        clientId: m.clientId,
        clientHost: m.clientHost,
        assignment: m.assignment.topicPartitions.flatMap((tp) => tp.partitions.map((partition) => ({ topic: byId.get(tp.topicId) ?? tp.topicName, partition }))),
      })),
    };
  }
  const g = ctx.groupCoordinator.describeGroup(groupId);
  const consumer = g.protocolType === 'consumer';
  return {
    state: g.groupState,
    protocol: g.protocolData === '' ? null : g.protocolData,
    members: g.members.map((m) => {
      let assignment: MemberView['assignment'] = [];
      if (consumer && m.memberAssignment.length > 0) {
        try {
          assignment = decodeAssignment(m.memberAssignment);
        } catch {
          assignment = [];
        }
      }
      return { memberId: m.memberId, groupInstanceId: m.groupInstanceId, clientId: m.clientId, clientHost: m.clientHost, assignment };
    }),
  };
}

export function groupsRoutes(ctx: GatewayContext): HttpRoute[] {
  return [
    {
      method: 'get',
      pattern: '/v1/groups',
      handler(ex) {
        const listed = ctx.groupCoordinator.listGroups([], []);
        if (listed.errorCode !== ErrorCode.NONE) throw new HttpError(503, 50302, `groups are not ready: ${errorName(listed.errorCode)}`);
        ex.json(200, listed.groups.map((g) => ({ group: g.groupId, state: g.groupState, type: g.groupType, protocolType: g.protocolType })).sort((a, b) => (a.group < b.group ? -1 : 1)));
      },
    },
    {
      method: 'get',
      pattern: '/v1/groups/:group',
      handler(ex) {
        const groupId = ex.params[0]!;
        const listed = ctx.groupCoordinator.listGroups([], []).groups.find((g) => g.groupId === groupId);
        const fetched = ctx.groupCoordinator.fetchOffsets(groupId, null);
        if (fetched.errorCode !== ErrorCode.NONE) throw new HttpError(503, 50302, `group '${groupId}': ${errorName(fetched.errorCode)}`);
        const offsets = fetched.topics.flatMap((t) =>
          t.partitions
            .filter((p) => p.offset >= 0n)
            .map((p) => {
              const hw = ctx.replicaManager.getPartition(t.name, p.partition)?.highWatermark ?? null;
              const committed = Number(p.offset);
              return { topic: t.name, partition: p.partition, committed, metadata: p.metadata, highWatermark: hw, lag: hw === null ? null : Math.max(0, hw - committed) };
            }),
        );
        if (!listed && offsets.length === 0) throw new HttpError(404, 40403, `group '${groupId}' not found`, 'group');
        const view = listed ? membersOf(ctx, groupId, listed.groupType) : { state: 'Empty', protocol: null, members: [] };
        ex.json(200, {
          group: groupId,
          type: listed?.groupType ?? 'classic',
          state: view.state,
          protocol: view.protocol,
          members: view.members,
          offsets,
          lag: offsets.reduce((n, o) => n + (o.lag ?? 0), 0),
        });
      },
    },
  ];
}
