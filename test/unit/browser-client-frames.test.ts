// The browser client's frames, checked against the gateway's side of the protocol: its produce
// operations pass the gateway's own schemas and binary-frame reader, and it decodes the records
// frames the gateway's RecordChunk renders, in all three encodings. Malformed frames are refused.
import t from 'tap';
import { decodeServerFrame, encodeProduce, gatewayUrl, reconnectDelay, RunnelError, type RunnelRecord } from '../../src/browser/client.js';
import { RecordChunk } from '../../src/gateway/fanout/recordChunk.js';
import { readBinaryFrame } from '../../src/gateway/ws/binaryFrame.js';
import { BinaryProduceOp, ProduceOp } from '../../src/gateway/ws/gatewayMessages.js';

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);
const bytes = (b: Uint8Array | string | null): number[] | string | null => (b instanceof Uint8Array ? [...b] : b);

t.test('a text record is a JSON produce operation the gateway accepts', async (t) => {
  const frame = encodeProduce(7, 'clicks', { key: 'user-ü', value: '{"x":1}', headers: { source: 'web', empty: null }, partition: 2, timestamp: 1_700_000_000_000 }, 'all');
  t.type(frame, 'string');
  const op = ProduceOp.parse(JSON.parse(frame as string));
  t.same(op, {
    op: 'produce', id: 7, topic: 'clicks', partition: 2, timestamp: 1_700_000_000_000, acks: 'all',
    key: 'user-ü', value: '{"x":1}', headers: [{ key: 'source', value: 'web' }, { key: 'empty', value: null }],
  });
  const tombstone = ProduceOp.parse(JSON.parse(encodeProduce(8, 't', { value: null }) as string));
  t.same(tombstone, { op: 'produce', id: 8, topic: 't', key: null, value: null }, 'no key, null value, no headers, gateway defaults');
});

t.test('byte keys or values go in a binary frame with the exact bytes', async (t) => {
  const frame = encodeProduce(3, 'bin', { key: 'k✓', value: ALL_BYTES, headers: [{ key: 'h', value: 'v' }, { key: 'h', value: 'w' }] });
  t.ok(frame instanceof Uint8Array);
  const { header, payload } = readBinaryFrame(Buffer.from(frame as Uint8Array));
  const op = BinaryProduceOp.parse(header);
  t.same(op, { op: 'produce', id: 3, topic: 'bin', headers: [{ key: 'h', value: 'v' }, { key: 'h', value: 'w' }], keyLength: 4, valueLength: 256 });
  t.same([...payload], [...Buffer.from('k✓'), ...ALL_BYTES]);

  const nullKey = readBinaryFrame(Buffer.from(encodeProduce(4, 'bin', { key: null, value: new Uint8Array([0, 1]) }) as Uint8Array));
  t.same(BinaryProduceOp.parse(nullKey.header).keyLength, -1);
  t.same([...nullKey.payload], [0, 1]);
  const emptyValue = readBinaryFrame(Buffer.from(encodeProduce(5, 'bin', { key: new Uint8Array([9]), value: new Uint8Array(0) }) as Uint8Array));
  t.same(BinaryProduceOp.parse(emptyValue.header), { op: 'produce', id: 5, topic: 'bin', keyLength: 1, valueLength: 0 }, 'an empty value is not null');
});

t.test('a byte header value sends the whole record as base64 JSON', async (t) => {
  const frame = encodeProduce(9, 'b64', { key: 'k', value: ALL_BYTES, headers: { raw: new Uint8Array([0, 255]), text: 'ü', none: null } });
  const op = ProduceOp.parse(JSON.parse(frame as string));
  t.equal(op.encoding, 'base64');
  const decode = (v: string | null | undefined): number[] | null => (v == null ? null : [...Buffer.from(v, 'base64')]);
  t.same(decode(op.key), [...Buffer.from('k')]);
  t.same(decode(op.value), [...ALL_BYTES]);
  t.same((op.headers as Array<{ key: string; value: string | null }>).map((h) => [h.key, decode(h.value)]), [['raw', [0, 255]], ['text', [...Buffer.from('ü')]], ['none', null]]);
});

t.test('records frames the gateway renders decode to the same records in every encoding', async (t) => {
  const source = [
    { offset: 40, timestamp: 1_700_000_000_001, key: Buffer.from('k1'), value: Buffer.from('grüße ✓'), headers: [{ key: 'h', value: Buffer.from('v') }, { key: 'n', value: null }] },
    { offset: 41, timestamp: 1_700_000_000_002, key: null, value: null, headers: [] },
    { offset: 43, timestamp: 1_700_000_000_003, key: Buffer.alloc(0), value: Buffer.from('tail'), headers: [{ key: 'h', value: Buffer.alloc(0) }] },
  ];
  const chunk = new RecordChunk('orders', 3, 40, 44, 50, source);
  const expected = (render: (b: Buffer) => string | number[]): unknown[] => source.map((r) => ({
    topic: 'orders', partition: 3, offset: r.offset, timestamp: r.timestamp,
    key: r.key === null ? null : render(r.key), value: r.value === null ? null : render(r.value),
    headers: r.headers.map((h) => ({ key: h.key, value: h.value === null ? null : render(h.value) })),
  }));
  const normalize = (records: RunnelRecord[]): unknown[] => records.map((r) => ({ ...r, key: bytes(r.key), value: bytes(r.value), headers: r.headers.map((h) => ({ key: h.key, value: bytes(h.value) })) }));

  const text = decodeServerFrame(chunk.frame('text').data);
  t.match(text, { type: 'records', topic: 'orders', partition: 3, highWatermark: 50 });
  t.same(normalize(text.records as RunnelRecord[]), expected((b) => b.toString('utf8')));
  const base64 = decodeServerFrame(chunk.frame('base64').data);
  t.same(normalize(base64.records as RunnelRecord[]), expected((b) => [...b]));
  const binaryFrame = chunk.frame('binary').data as Uint8Array;
  // As a browser receives it: an ArrayBuffer holding just the frame.
  const arrayBuffer = binaryFrame.buffer.slice(binaryFrame.byteOffset, binaryFrame.byteOffset + binaryFrame.byteLength);
  const binary = decodeServerFrame(arrayBuffer);
  t.same(normalize(binary.records as RunnelRecord[]), expected((b) => [...b]));
  t.same(normalize(decodeServerFrame(binaryFrame).records as RunnelRecord[]), expected((b) => [...b]), 'a Uint8Array view decodes the same');
});

t.test('malformed gateway frames are refused as INVALID_SERVER_MESSAGE', async (t) => {
  const refused = (data: unknown, why: RegExp): void => {
    t.throws(() => decodeServerFrame(data), { name: 'RunnelError', code: 'INVALID_SERVER_MESSAGE', message: why }, String(why));
  };
  const frame = (header: object, payload: number[] = []): Uint8Array => {
    const json = Buffer.from(JSON.stringify(header));
    const out = Buffer.alloc(4 + json.length + payload.length);
    out.writeUInt32BE(json.length, 0);
    json.copy(out, 4);
    Buffer.from(payload).copy(out, 4 + json.length);
    return new Uint8Array(out);
  };
  const record = { offset: 0, timestamp: 0, keyLength: 2, valueLength: 1, headers: [] };
  refused('{not json', /not JSON/);
  refused('{"no":"type"}', /no type/);
  refused(42, /neither text nor bytes/);
  refused(new Uint8Array([0, 0]), /shorter than its 4-byte/);
  refused(new Uint8Array([0, 0, 0, 9, 0x7b]), /exceeds the frame/);
  refused(frame({ type: 'ack', id: 1 }), /carries only records/);
  refused(frame({ type: 'records', topic: 't', records: [] }), /lacks topic, partition or records/);
  refused(frame({ type: 'records', topic: 't', partition: 0, records: [record] }, [1, 2]), /shorter than its lengths/);
  refused(frame({ type: 'records', topic: 't', partition: 0, records: [record] }, [1, 2, 3, 4]), /1 bytes its lengths do not account for/);
  t.same(decodeServerFrame(frame({ type: 'records', topic: 't', partition: 0, records: [record] }, [1, 2, 3])).records, [
    { topic: 't', partition: 0, offset: 0, timestamp: 0, key: new Uint8Array([1, 2]), value: new Uint8Array([3]), headers: [] },
  ]);
});

t.test('gateway addresses become WebSocket URLs', async (t) => {
  t.equal(gatewayUrl('http://127.0.0.1:8080'), 'ws://127.0.0.1:8080/v1/ws');
  t.equal(gatewayUrl('https://runnel.example/', 'dash board'), 'wss://runnel.example/v1/ws?clientId=dash+board');
  t.equal(gatewayUrl('ws://h:1/v1/ws?x=1', 'c'), 'ws://h:1/v1/ws?x=1&clientId=c');
  t.throws(() => gatewayUrl('not a url'), TypeError, 'a relative address needs a page to resolve against');
});

t.test('reconnection delays double up to the maximum, jittered in their upper half', async (t) => {
  const opts = { initialDelayMs: 100, maxDelayMs: 1_000 };
  t.same([0, 1, 2, 3, 4, 60].map((a) => reconnectDelay(a, opts, () => 0)), [50, 100, 200, 400, 500, 500]);
  t.same([0, 1, 2, 3, 4, 60].map((a) => reconnectDelay(a, opts, () => 1)), [100, 200, 400, 800, 1_000, 1_000]);
});

t.test('errors say whether trying again may help', async (t) => {
  t.equal(new RunnelError('DISCONNECTED', 'x').retriable, true);
  t.equal(new RunnelError('NOT_ENOUGH_REPLICAS', 'x').retriable, true);
  t.equal(new RunnelError('INVALID_MESSAGE', 'x', 'partition').retriable, false);
  const err = new RunnelError('UNKNOWN_OP', 'x', 'op');
  t.ok(err instanceof Error);
  t.match(err, { name: 'RunnelError', code: 'UNKNOWN_OP', field: 'op' });
});
