// Bad input on the gateway's WebSocket, each case on a real broker: malformed JSON and binary
// frames, unknown ops, operations that do not match their schema (the error names the field), a
// subscribe to a missing topic, a produce to a partition that does not exist, a commit or seek of
// a partition the subscription does not read, and frames over gateway.max.message.bytes (closed
// with 1009). A bystander session produces and reads throughout and must see every one of its
// records; sockets closed by the gateway or dropped by their client leave no session,
// subscription or group membership behind (/metrics and consumer-groups say so), and the broker
// stays up.
import t from 'tap';
import { apiVersionsRoundTrip, freePort, withBroker } from '../helpers/broker.js';
import { runRunnel } from '../helpers/clients.js';
import { GatewaySocket, binaryFrame, type GatewayMessage } from '../helpers/gatewaySocket.js';
import { createTopic } from '../helpers/groupClients.js';
import { parsePrometheusText, sampleValue } from '../helpers/prometheusText.js';

const MAX_MESSAGE_BYTES = 4096;
/** RFC 6455 close codes. */
const MESSAGE_TOO_BIG = 1009;
/** What a client reports when the connection ends without a close frame. */
const ABNORMAL_CLOSURE = 1006;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface ExpectedError {
  code: string;
  field?: string;
  message?: RegExp;
}

t.test('bad input on the WebSocket gets typed errors or a close code; nothing leaks', async (t) => {
  const gatewayPort = await freePort();
  const broker = await withBroker(t, { overrides: { 'gateway.listeners': `http://127.0.0.1:${gatewayPort}`, 'gateway.max.message.bytes': String(MAX_MESSAGE_BYTES) } });
  const gateway = `http://127.0.0.1:${gatewayPort}`;
  const open = (clientId: string): Promise<GatewaySocket> => GatewaySocket.open(gateway, { clientId, teardown: t });
  const topic = 'bad-input';
  await createTopic(broker, topic, 2);
  await createTopic(broker, 'bystander', 1);

  const gauges = async (): Promise<{ sessions: number; subscriptions: number }> => {
    const families = parsePrometheusText(await (await fetch(`${gateway}/metrics`)).text());
    return { sessions: sampleValue(families, 'runnel_gateway_sessions'), subscriptions: sampleValue(families, 'runnel_gateway_subscriptions') };
  };
  /** Waits until the gateway counts exactly these sessions and subscriptions (closes are asynchronous). */
  const settlesAt = async (wanted: { sessions: number; subscriptions: number }, what: string): Promise<void> => {
    const deadline = Date.now() + 5_000;
    let seen = await gauges();
    while ((seen.sessions !== wanted.sessions || seen.subscriptions !== wanted.subscriptions) && Date.now() < deadline) {
      await sleep(50);
      seen = await gauges();
    }
    t.same(seen, wanted, what);
  };

  // The bystander: one session that keeps producing and reading its own topic between the cases.
  const bystander = await open('bystander');
  await bystander.request({ op: 'subscribe', topics: ['bystander'] });
  let roundTrips = 0;
  const bystanderWorks = async (): Promise<void> => {
    const n = roundTrips++;
    const ack = await bystander.request({ op: 'produce', topic: 'bystander', value: `ok-${n}` });
    if (ack.type !== 'ack') throw new Error(`bystander produce failed: ${JSON.stringify(ack)}`);
    await bystander.waitForRecords(n + 1, 5_000);
  };
  await bystanderWorks();
  const baseline = { sessions: 1, subscriptions: 1 };
  await settlesAt(baseline, 'the bystander is the only session');

  const answers: GatewayMessage[] = [];
  /** The error answering `send` (by id when the operation has one, else the next error event). */
  const expectError = async (socket: GatewaySocket, send: () => Promise<GatewayMessage> | void, wanted: ExpectedError, what: string): Promise<void> => {
    const from = socket.events.length;
    const sent = send();
    const answer = sent === undefined ? await socket.event('error', () => true, 5_000, from) : await sent;
    answers.push(answer);
    t.match(answer, { type: 'error', code: wanted.code, ...(wanted.message ? { message: wanted.message } : {}) }, what);
    t.equal(answer['field'], wanted.field, `${what}: field ${wanted.field ?? '(none)'}`);
    const ack = await socket.request({ op: 'produce', topic, partition: 0, value: 'still here' });
    t.equal(ack.type, 'ack', `${what}: the socket still works`);
    await bystanderWorks();
  };

  await t.test('malformed frames: INVALID_MESSAGE, and the socket lives on', async (t) => {
    const s = await open('malformed');
    const text = (frame: string) => (): void => s.sendText(frame);
    const binary = (frame: Buffer) => (): void => s.sendBinary(frame);
    const binaryWithId = (id: string, frame: Buffer) => (): Promise<GatewayMessage> => {
      s.sendBinary(frame);
      return s.answer(id);
    };
    await expectError(s, text('{"op": "produce", '), { code: 'INVALID_MESSAGE', message: /not valid JSON/ }, 'truncated JSON');
    await expectError(s, text('[1, 2, 3]'), { code: 'INVALID_MESSAGE', field: 'op' }, 'a JSON array');
    await expectError(s, text('null'), { code: 'INVALID_MESSAGE', field: 'op' }, 'JSON null');
    await expectError(s, () => {
      s.sendText('{"id": "no-op", "topic": "bad-input"}');
      return s.answer('no-op');
    }, { code: 'INVALID_MESSAGE', field: 'op' }, 'an object without op, answered by its id');
    await expectError(s, binary(Buffer.from([0, 0])), { code: 'INVALID_MESSAGE', message: /shorter than its 4-byte header/ }, 'a binary frame shorter than its length prefix');
    await expectError(s, binary(Buffer.concat([Buffer.from([0, 0, 1, 0]), Buffer.from('{"op":"produce"}')])), { code: 'INVALID_MESSAGE', message: /exceeds the frame/ }, 'a binary frame whose JSON length passes its end');
    await expectError(s, binary(Buffer.concat([Buffer.from([0, 0, 0, 5]), Buffer.from('{op: ')])), { code: 'INVALID_MESSAGE', message: /not valid JSON/ }, 'a binary frame whose JSON part is not JSON');
    await expectError(s, binaryWithId('short', binaryFrame({ op: 'produce', id: 'short', topic, partition: 0, keyLength: 3, valueLength: 10 }, [Buffer.from('abc'), Buffer.from('abcd')])), { code: 'INVALID_MESSAGE', field: 'valueLength' }, 'a binary produce whose lengths do not match its payload');
    await expectError(s, binaryWithId('bin-sub', binaryFrame({ op: 'subscribe', id: 'bin-sub', topics: [topic], keyLength: -1, valueLength: -1 }, [])), { code: 'INVALID_MESSAGE', field: 'op' }, 'a binary frame carrying another operation than produce');
    await s.close();
  });

  await t.test('unknown ops: UNKNOWN_OP', async (t) => {
    const s = await open('unknown-op');
    for (const op of ['publish', 'PRODUCE', 'constructor', '__proto__', 'toString']) {
      await expectError(s, () => s.request({ op }), { code: 'UNKNOWN_OP', field: 'op', message: /known: produce, subscribe/ }, `op '${op}'`);
    }
    await s.close();
  });

  await t.test('operations that do not match their schema: INVALID_MESSAGE naming the field', async (t) => {
    const s = await open('schema');
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['a negative partition', { op: 'produce', topic, partition: -1, value: 'x' }, 'partition'],
      ['a fractional partition', { op: 'produce', topic, partition: 0.5, value: 'x' }, 'partition'],
      ['no value', { op: 'produce', topic }, 'value'],
      ['an empty topic name', { op: 'produce', topic: '', value: 'x' }, 'topic'],
      ['acks 2', { op: 'produce', topic, value: 'x', acks: 2 }, 'acks'],
      ['an unknown encoding', { op: 'produce', topic, value: 'x', encoding: 'hex' }, 'encoding'],
      ['a value that is not base64', { op: 'produce', topic, value: 'not*base64', encoding: 'base64' }, 'value'],
      ['a header value that is not base64', { op: 'produce', topic, value: 'eA==', headers: { h: '***' }, encoding: 'base64' }, 'headers.h'],
      ['a number as a key', { op: 'produce', topic, key: 42, value: 'x' }, 'key'],
      ['no topics', { op: 'subscribe', topics: [] }, 'topics'],
      ['partitions in group mode', { op: 'subscribe', topics: [topic], group: 'g', partitions: [0] }, 'partitions'],
      ['from in group mode', { op: 'subscribe', topics: [topic], group: 'g', from: 'earliest' }, 'from'],
      ['autoCommit without a group', { op: 'subscribe', topics: [topic], autoCommit: true }, 'autoCommit'],
      ['an unknown payload encoding', { op: 'subscribe', topics: [topic], encoding: 'xml' }, 'encoding'],
      ['subscription 0', { op: 'commit', subscription: 0 }, 'subscription'],
      ['a negative commit offset', { op: 'commit', subscription: 1, offsets: [{ topic, partition: 0, offset: -5 }] }, 'offsets.0.offset'],
      ['a seek without a target', { op: 'seek', subscription: 1, topic, partition: 0 }, 'to'],
      ['a pause of a partition without a number', { op: 'pause', subscription: 1, partitions: [{ topic }] }, 'partitions.0.partition'],
    ];
    for (const [what, op, field] of cases) await expectError(s, () => s.request(op as { op: string }), { code: 'INVALID_MESSAGE', field }, what);
    await s.close();
  });

  await t.test('a subscribe to a missing topic or partition: UNKNOWN_TOPIC_OR_PARTITION, nothing subscribed', async (t) => {
    const s = await open('missing-topic');
    await expectError(s, () => s.request({ op: 'subscribe', topics: ['no-such-topic'] }), { code: 'UNKNOWN_TOPIC_OR_PARTITION', message: /no-such-topic/ }, 'a missing topic');
    await expectError(s, () => s.request({ op: 'subscribe', topics: [topic, 'no-such-topic'], group: 'missing' }), { code: 'UNKNOWN_TOPIC_OR_PARTITION', message: /no-such-topic/ }, 'a missing topic in group mode');
    await expectError(s, () => s.request({ op: 'subscribe', topics: [topic], partitions: [0, 9] }), { code: 'UNKNOWN_TOPIC_OR_PARTITION', message: /partition 9/ }, 'a partition the topic does not have');
    await settlesAt({ sessions: 2, subscriptions: 1 }, 'refused subscribes leave no subscription');
    t.match(await s.request({ op: 'subscribe', topics: [topic] }), { type: 'subscribed', mode: 'assign' }, 'a good subscribe then works');
    await expectError(s, () => s.request({ op: 'subscribe', topics: [topic] }), { code: 'ALREADY_SUBSCRIBED', field: 'topics' }, 'a topic subscribed twice');
    await s.close();
  });

  await t.test('a produce to an invalid partition: UNKNOWN_TOPIC_OR_PARTITION naming the partition', async (t) => {
    const s = await open('bad-partition');
    await expectError(s, () => s.request({ op: 'produce', topic, partition: 2, value: 'x' }), { code: 'UNKNOWN_TOPIC_OR_PARTITION', field: 'partition' }, 'partition 2 of 2');
    await expectError(s, () => s.produceBinary({ topic, partition: 1000 }, null, Buffer.from('x')), { code: 'UNKNOWN_TOPIC_OR_PARTITION', field: 'partition' }, 'a binary produce to partition 1000');
    await expectError(s, () => s.request({ op: 'produce', topic: 'no-such-topic', value: 'x' }), { code: 'UNKNOWN_TOPIC_OR_PARTITION', field: 'topic' }, 'a missing topic');
    // Produces of one event-loop turn are appended together: the bad one must not sink the others.
    const [before, bad, after] = await Promise.all([
      s.request({ op: 'produce', topic, partition: 1, value: 'before' }),
      s.request({ op: 'produce', topic, partition: 5, value: 'bad' }),
      s.request({ op: 'produce', topic, partition: 1, value: 'after' }),
    ]);
    t.match([before, bad, after], [{ type: 'ack', partition: 1 }, { type: 'error', code: 'UNKNOWN_TOPIC_OR_PARTITION', field: 'partition' }, { type: 'ack', partition: 1 }], 'a bad produce among good ones of the same turn fails alone');
    t.equal(after['offset'], (before['offset'] as number) + 1, 'the good ones are appended next to each other');
    await s.close();
  });

  const describeGroup = async (group: string): Promise<string[]> => {
    const res = await runRunnel(['consumer-groups', '--bootstrap-server', broker.bootstrap, '--describe', '--group', group, '--state']);
    t.equal(res.code, 0, `consumer-groups --describe --state ran: ${res.stderr}`);
    return res.stdout.split('\n').map((l) => l.trim().split(/\s+/)).find((c) => c[0] === group) ?? [];
  };

  await t.test('commit or seek of a partition not assigned: NOT_ASSIGNED; an oversized frame closes with 1009 and the member leaves', async (t) => {
    const s = await open('group-socket');
    const sub = (await s.request({ op: 'subscribe', topics: [topic], group: 'bad-input-group', autoOffsetReset: 'earliest' }))['subscription'];
    await s.event('assigned');
    t.same((await describeGroup('bad-input-group')).slice(-2), ['Stable', '1'], 'the socket is the group\'s one member');
    const other = await open('assign-socket');
    const assigned = (await other.request({ op: 'subscribe', topics: [topic], partitions: [0] }))['subscription'];

    await expectError(s, () => s.request({ op: 'commit', subscription: sub, offsets: [{ topic, partition: 7, offset: 1 }] }), { code: 'NOT_ASSIGNED', field: 'offsets.0', message: /bad-input-7/ }, 'a commit for a partition the topic does not have');
    await expectError(s, () => s.request({ op: 'commit', subscription: sub, offsets: [{ topic, partition: 0, offset: 1 }, { topic: 'bystander', partition: 0, offset: 1 }] }), { code: 'NOT_ASSIGNED', field: 'offsets.1', message: /^bystander-0 is not assigned/ }, 'a commit for another topic\'s partition');
    await expectError(s, () => s.request({ op: 'seek', subscription: sub, topic, partition: 3, to: 'earliest' }), { code: 'NOT_ASSIGNED', field: 'partition' }, 'a seek of a partition not assigned');
    await expectError(other, () => other.request({ op: 'commit', subscription: assigned }), { code: 'NOT_GROUP_MODE', field: 'subscription' }, 'a commit in assign mode');
    await expectError(other, () => other.request({ op: 'pause', subscription: assigned, partitions: [{ topic, partition: 1 }] }), { code: 'NOT_ASSIGNED', field: 'partitions.0' }, 'a pause of a partition the subscription does not read');
    await expectError(other, () => other.request({ op: 'commit', subscription: 99 }), { code: 'UNKNOWN_SUBSCRIPTION', field: 'subscription' }, 'a commit of an unknown subscription');
    t.match(await s.request({ op: 'commit', subscription: sub, offsets: [{ topic, partition: 0, offset: 1 }] }), { type: 'committed', offsets: [{ topic, partition: 0, offset: 1 }] }, 'a commit of an assigned partition succeeds');

    await settlesAt({ sessions: 3, subscriptions: 3 }, 'the group socket and the assign socket are counted');
    s.sendText(JSON.stringify({ op: 'produce', topic, value: 'x'.repeat(MAX_MESSAGE_BYTES) }));
    t.equal((await s.closed).code, MESSAGE_TOO_BIG, 'a text frame over gateway.max.message.bytes closes the socket with 1009');
    other.sendBinary(binaryFrame({ op: 'produce', topic, keyLength: -1, valueLength: MAX_MESSAGE_BYTES }, [Buffer.alloc(MAX_MESSAGE_BYTES)]));
    t.equal((await other.closed).code, MESSAGE_TOO_BIG, 'so does a binary frame');
    await bystanderWorks();
    await settlesAt(baseline, 'both closed sessions and their subscriptions are gone');
    t.same((await describeGroup('bad-input-group')).slice(-2), ['Empty', '0'], 'the closed socket left its group at once');
  });

  await t.test('frames uWS refuses on its own drop the connection (1006) and leave nothing behind', async (t) => {
    const huge = await open('huge');
    await huge.request({ op: 'subscribe', topics: [topic] });
    huge.sendBinary(Buffer.alloc(3 * MAX_MESSAGE_BYTES));
    t.equal((await huge.closed).code, ABNORMAL_CLOSURE, 'a frame over twice gateway.max.message.bytes: uWS drops the connection');
    const notUtf8 = await open('not-utf8');
    await notUtf8.request({ op: 'subscribe', topics: [topic], group: 'not-utf8-group' });
    notUtf8.ws.send(Buffer.from('{"op": "produce", "value": "\xff"}', 'latin1'), { binary: false });
    t.equal((await notUtf8.closed).code, ABNORMAL_CLOSURE, 'a text frame that is not UTF-8: dropped likewise');
    await bystanderWorks();
    await settlesAt(baseline, 'both sessions and their subscriptions are gone');
    t.same((await describeGroup('not-utf8-group')).slice(-2), ['Empty', '0'], 'the dropped group member left');
  });

  await t.test('sockets dropped without a close handshake leave nothing behind', async (t) => {
    const dropped = await Promise.all(Array.from({ length: 50 }, (_, i) => open(`dropped-${i}`)));
    await Promise.all(dropped.map((s, i) => s.request(i % 2 === 0 ? { op: 'subscribe', topics: [topic], from: 'earliest' } : { op: 'subscribe', topics: [topic], group: 'dropped-group' })));
    await settlesAt({ sessions: 51, subscriptions: 51 }, 'fifty more sessions, each with a subscription');
    // Half of them mid-operation: a produce and a garbage frame are in flight as the connection drops.
    dropped.forEach((s, i) => {
      if (i % 3 === 0) s.sendText('{"op": "produce", "topic": "bad-input", "value": "in flight"}');
      if (i % 3 === 1) s.sendText('{{{');
      s.terminate();
    });
    await settlesAt(baseline, 'every dropped session and subscription is gone');
    await bystanderWorks();
    t.same((await describeGroup('dropped-group')).slice(-2), ['Empty', '0'], 'their group members left');
  });

  await t.test('the broker and the bystander never noticed', async (t) => {
    t.equal(await apiVersionsRoundTrip(broker.port), true, 'the broker answers Kafka requests');
    t.same(bystander.records.map((r) => r.value!.toString()), Array.from({ length: roundTrips }, (_, i) => `ok-${i}`), 'the bystander read each of its records once, in order');
    t.same(answers.filter((a) => a['code'] === 'UNKNOWN_SERVER_ERROR'), [], 'no bad input reached an unexpected failure');
    t.notMatch(broker.logs(), /gateway operation failed/, 'the broker logged no unexpected gateway failure');
    await bystander.close();
    await settlesAt({ sessions: 0, subscriptions: 0 }, 'no session is left once the bystander closes');
  });
});
