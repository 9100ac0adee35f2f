// REST consumer instances idle past gateway.consumer.instance.timeout.ms are closed and leave their
// group (REST Proxy's consumer.instance.timeout.ms); an instance inside a long poll longer than the
// timeout is in use, not idle, and one used more often than the timeout stays.
import t from 'tap';
import { freePort, withBroker } from '../helpers/broker.js';
import { createTopic } from '../helpers/groupClients.js';

const TOPIC = 'rest-expiry';
const TIMEOUT_MS = 1_000;

t.test('idle REST consumer instances are closed and leave their group', async (t) => {
  const port = await freePort();
  const broker = await withBroker(t, { overrides: { 'gateway.listeners': `http://127.0.0.1:${port}`, 'gateway.consumer.instance.timeout.ms': String(TIMEOUT_MS) } });
  await createTopic(broker, TOPIC, 2);
  const call = async (method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, json: text === '' ? null : JSON.parse(text) };
  };
  const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

  for (const name of ['idle', 'busy']) {
    t.equal((await call('POST', '/v1/consumers/expiring', { name })).status, 200);
    t.equal((await call('POST', `/v1/consumers/expiring/instances/${name}/subscription`, { topics: [TOPIC] })).status, 204);
  }
  // The group is unknown (404) until the first member's JoinGroup.
  const members = async (): Promise<string[]> => (((await call('GET', '/v1/groups/expiring')).json.members ?? []) as { clientId: string }[]).map((m) => m.clientId).sort();
  const touch = (name: string): Promise<{ status: number }> => call('GET', `/v1/consumers/expiring/instances/${name}/subscription`);
  // Both are used while the group forms, so neither is idle yet.
  for (let i = 0; i < 50 && (await members()).length < 2; i++) {
    await Promise.all([touch('idle'), touch('busy')]);
    await sleep(100);
  }
  t.same(await members(), ['busy', 'idle'], 'both instances joined');

  // 'busy' spends 2.5 timeouts inside one long poll, then keeps calling more often than the timeout.
  const longPoll = await call('GET', `/v1/consumers/expiring/instances/busy/records?timeout=${2.5 * TIMEOUT_MS}`);
  t.equal(longPoll.status, 200, 'a long poll longer than the timeout is not idleness');
  for (let i = 0; i < 4; i++) {
    await sleep(TIMEOUT_MS / 2);
    t.equal((await touch('busy')).status, 200);
  }

  t.match(await touch('idle'), { status: 404, json: { error_code: 40403, field: 'instance' } }, 'the idle instance is gone');
  for (let i = 0; i < 50 && (await members()).length !== 1; i++) await sleep(100);
  t.same(await members(), ['busy'], 'the idle instance left the group; the busy one stays');
  t.equal((await touch('busy')).status, 200);
});
