// The gateway's REST API on a real broker, driven with plain fetch: records produced over HTTP are
// read by kcat and confluent-kafka byte for byte; kcat's records are read by the long poll, which
// waits for a produce; a consumer instance is a real group member whose commits the consumer-groups
// tool sees; /v1/groups reports lag; and bad requests get 4xx answers that name the field.
import t from 'tap';
import { freePort, withBroker } from '../helpers/broker.js';
import { kcatConsume, kcatProduce, pythonConsume, runRunnel } from '../helpers/clients.js';
import { createTopic } from '../helpers/groupClients.js';

const TOPIC = 'rest-orders';

t.test('REST: topics, produce, long poll, consumer instances, groups and bad requests', async (t) => {
  const port = await freePort();
  const broker = await withBroker(t, { overrides: { 'gateway.listeners': `http://127.0.0.1:${port}`, 'gateway.max.message.bytes': '65536' } });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<{ status: number; json: any }> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': contentType },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text === '' ? null : JSON.parse(text) };
  };
  await createTopic(broker, TOPIC, 3);

  await t.test('topics are listed and described', async (t) => {
    const list = await call('GET', '/v1/topics');
    t.equal(list.status, 200);
    t.match(list.json, [{ name: TOPIC, partitions: 3, internal: false }]);
    const one = await call('GET', `/v1/topics/${TOPIC}`);
    t.equal(one.json.partitions.length, 3);
    t.match(one.json.partitions[0], { partition: 0, leader: 1, replicas: [1], isr: [1], logStartOffset: 0, highWatermark: 0 });
    t.equal(one.json.configs['cleanup.policy'], 'delete');
    t.match(await call('GET', '/v1/topics/nope'), { status: 404, json: { error_code: 40401 } });
  });

  await t.test('records produced over REST reach kcat and confluent-kafka exactly', async (t) => {
    const jsonAnswer = await call('POST', `/v1/topics/${TOPIC}/records`, {
      records: [
        { key: 'user-1', value: { clicks: 3 }, headers: { source: 'web' }, partition: 1 },
        { value: [1, 'two'], partition: 1 },
      ],
    });
    t.equal(jsonAnswer.status, 200);
    t.same(jsonAnswer.json.offsets.map((o: { partition: number; offset: number; error_code: null }) => [o.partition, o.offset, o.error_code]), [[1, 0, null], [1, 1, null]]);
    const binary = await call('POST', `/v1/topics/${TOPIC}/partitions/2/records`, { records: [{ key: Buffer.from([0, 1, 2]).toString('base64'), value: Buffer.from([255, 0, 128]).toString('base64') }] }, 'application/vnd.kafka.binary.v2+json');
    t.same(binary.json.offsets, [{ partition: 2, offset: 0, error_code: null, error: null }]);

    const viaKcat = await kcatConsume(broker.bootstrap, TOPIC, { count: 2, partition: 1, offset: 'beginning' });
    t.same(viaKcat.map((r) => [r.key?.toString() ?? null, r.value?.toString()]), [['"user-1"', '{"clicks":3}'], [null, '[1,"two"]']], 'json values are stored as JSON text');
    t.same(viaKcat[0]!.headers.map(([k, v]) => [k, v.toString()]), [['source', 'web']]);
    const viaPython = await pythonConsume('confluent', broker.bootstrap, TOPIC, { count: 1, partitions: [2], offset: 'beginning' });
    t.same([...viaPython[0]!.key!], [0, 1, 2], 'binary key bytes');
    t.same([...viaPython[0]!.value!], [255, 0, 128], 'binary value bytes');
  });

  await t.test('the long poll reads kcat records and waits for the next produce', async (t) => {
    await kcatProduce(broker.bootstrap, TOPIC, [{ key: 'a', value: 'first', partition: 0 }, { key: 'b', value: 'second', partition: 0 }]);
    const read = await call('GET', `/v1/topics/${TOPIC}/partitions/0/records?offset=earliest&format=text`);
    t.same(read.json.records.map((r: { offset: number; key: string; value: string }) => [r.offset, r.key, r.value]), [[0, 'a', 'first'], [1, 'b', 'second']]);
    t.equal(read.json.next_offset, 2);

    const started = Date.now();
    const waiting = call('GET', `/v1/topics/${TOPIC}/partitions/0/records?offset=2&timeout_ms=8000&format=text`);
    await new Promise((r) => setTimeout(r, 400));
    await kcatProduce(broker.bootstrap, TOPIC, [{ value: 'third', partition: 0 }]);
    const woke = await waiting;
    const waited = Date.now() - started;
    t.same(woke.json.records.map((r: { offset: number; value: string }) => [r.offset, r.value]), [[2, 'third']]);
    t.ok(waited >= 350 && waited < 6_000, `the poll waited for the produce, then answered (${waited} ms)`);
    const empty = await call('GET', `/v1/topics/${TOPIC}/partitions/0/records?offset=3&timeout_ms=200`);
    t.same(empty.json.records, [], 'nothing new: an empty answer after timeout_ms');
    const byTime = await call('GET', `/v1/topics/${TOPIC}/partitions/0/records?timestamp=0&format=text`);
    t.equal(byTime.json.records[0].offset, 0, 'by timestamp');
  });

  await t.test('a consumer instance is a group member; its commit is what consumer-groups shows', async (t) => {
    const created = await call('POST', '/v1/consumers/rest-app', { name: 'inst-1', format: 'text', 'auto.offset.reset': 'earliest', 'auto.commit.enable': false });
    t.match(created.json, { instance_id: 'inst-1', base_uri: /\/v1\/consumers\/rest-app\/instances\/inst-1$/ });
    const inst = '/v1/consumers/rest-app/instances/inst-1';
    t.equal((await call('POST', `${inst}/subscription`, { topics: [TOPIC] })).status, 204);
    t.same((await call('GET', `${inst}/subscription`)).json, { topics: [TOPIC] });
    const seen: { partition: number; offset: number }[] = [];
    for (let i = 0; i < 20 && seen.length < 6; i++) seen.push(...(await call('GET', `${inst}/records?timeout=1000`)).json);
    t.equal(seen.length, 6, 'every record of the three partitions');
    const explicit = await call('POST', `${inst}/offsets`, { offsets: [{ topic: TOPIC, partition: 0, offset: 1, metadata: 'upto-1' }] });
    t.same(explicit.json.offsets, [{ topic: TOPIC, partition: 0, offset: 2 }], "REST Proxy's offset is the last record processed: the group stores the next");
    t.match((await call('GET', '/v1/groups/rest-app')).json.offsets, [{ topic: TOPIC, partition: 0, committed: 2, metadata: 'upto-1' }]);
    t.equal((await call('POST', `${inst}/offsets`)).status, 200);
    const committed = (await call('GET', `${inst}/offsets`)).json.offsets.sort((a: { partition: number }, b: { partition: number }) => a.partition - b.partition);
    t.same(committed.map((o: { partition: number; offset: number }) => [o.partition, o.offset]), [[0, 3], [1, 2], [2, 1]]);

    const described = await runRunnel(['consumer-groups', '--bootstrap-server', broker.bootstrap, '--describe', '--group', 'rest-app']);
    t.equal(described.code, 0, described.stderr);
    t.match(described.stdout, new RegExp(`rest-app\\s+${TOPIC}\\s+0\\s+3\\s+3\\s+0\\s+inst-1`), 'the tool sees the committed offset and the instance as a member');

    await kcatProduce(broker.bootstrap, TOPIC, [{ value: 'late', partition: 0 }]);
    const group = await call('GET', '/v1/groups/rest-app');
    t.match(group.json, { group: 'rest-app', state: 'Stable', protocol: 'range', lag: 1 });
    t.equal(group.json.members[0].clientId, 'inst-1');
    t.equal(group.json.members[0].assignment.length, 3);
    t.match((await call('GET', '/v1/groups')).json, [{ group: 'rest-app', state: 'Stable' }]);

    t.match(await call('POST', `${inst}/offsets`, { offsets: [{ topic: TOPIC, partition: 7, offset: 1 }] }), { status: 409, json: { field: 'offsets' } });
    t.match(await call('POST', `${inst}/offsets`, { offsets: [{ topic: TOPIC, partition: 0, offset: -1 }] }), { status: 400, json: { field: 'offsets.0.offset' } });
    t.match(await call('GET', `${inst}/records?timeout=soon`), { status: 400, json: { field: 'timeout' } });
    t.equal((await call('DELETE', inst)).status, 204);
    t.match(await call('GET', `${inst}/records`), { status: 404, json: { error_code: 40403, field: 'instance' } });
    t.match((await call('GET', '/v1/groups/rest-app')).json, { state: 'Empty', members: [] }, 'the deleted instance left the group');
  });

  await t.test('bad requests get a clear 4xx and the broker stays up', async (t) => {
    t.match(await call('POST', `/v1/topics/${TOPIC}/records`, '{"records": ['), { status: 400, json: { error_code: 40001 } });
    t.match(await call('POST', `/v1/topics/${TOPIC}/records`, { records: [{ value: 1, partition: 'one' }] }), { status: 400, json: { field: 'records.0.partition' } });
    t.match(await call('POST', `/v1/topics/${TOPIC}/records`, { records: [] }), { status: 400, json: { field: 'records' } });
    t.match(await call('POST', `/v1/topics/${TOPIC}/records`, { format: 'binary', records: [{ value: 'not base64!' }] }), { status: 400, json: { field: 'records.0.value' } });
    t.match(await call('POST', '/v1/topics/missing/records', { records: [{ value: 1 }] }), { status: 404, json: { field: 'topic' } });
    t.match(await call('POST', `/v1/topics/${TOPIC}/partitions/9/records`, { records: [{ value: 1 }] }), { status: 404, json: { field: 'partition' } });
    const perRecord = await call('POST', `/v1/topics/${TOPIC}/records`, { records: [{ value: 1, partition: 9 }, { value: 2, partition: 0 }] });
    t.match(perRecord.json.offsets, [{ partition: 9, offset: -1, error_code: 3 }, { partition: 0, error_code: null }], 'an invalid partition fails only its record');
    t.match(await call('POST', `/v1/topics/${TOPIC}/records`, 'value=1', 'text/plain'), { status: 415 });
    t.match(await call('POST', `/v1/topics/${TOPIC}/records`, { records: [{ value: 'x'.repeat(70_000) }] }), { status: 413 });
    t.match(await call('GET', `/v1/topics/${TOPIC}/partitions/0/records?offset=soon`), { status: 400, json: { field: 'offset' } });
    t.match(await call('GET', `/v1/topics/${TOPIC}/partitions/0/records?offset=999`), { status: 416, json: { field: 'offset' } });
    t.match(await call('GET', `/v1/topics/${TOPIC}/partitions/x/records`), { status: 400, json: { field: 'partition' } });
    t.match(await call('POST', '/v1/consumers/rest-app', { format: 'xml' }), { status: 400, json: { field: 'format' } });
    t.match(await call('POST', '/v1/consumers/rest-app/instances/nobody/subscription', { topics: [TOPIC] }), { status: 404 });
    t.match(await call('GET', '/v1/groups/never-seen'), { status: 404 });
    t.match(await call('GET', '/v1/nothing-here'), { status: 404 });
    t.equal((await call('GET', `/v1/topics/${TOPIC}`)).status, 200, 'still serving');
  });

  await t.test('the OpenAPI document is served', async (t) => {
    const doc = await call('GET', '/v1/openapi.json');
    t.equal(doc.json.openapi, '3.1.0');
    t.ok(doc.json.paths['/v1/topics/{topic}/records'].post);
  });
});
