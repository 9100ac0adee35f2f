// Golden bytes: the first request real clients send, captured on a loopback listener and decoded
// with the generated codec. Only the first frame is looked at; the connection is then dropped.
import { spawn } from 'node:child_process';
import { type AddressInfo, createServer } from 'node:net';
import t from 'tap';
import { Kafka, logLevel } from 'kafkajs';
import { ApiKey } from '../../src/protocol/generated/apiKeys.js';
import { type ApiVersionsRequest, decodeApiVersionsRequest, decodeMetadataRequest } from '../../src/protocol/generated/messages/index.js';
import { type RequestHeader, decodeRequestHeader } from '../../src/protocol/headers.js';
import { Reader } from '../../src/protocol/reader.js';

interface Captured {
  header: RequestHeader;
  body: Reader;
}

/** Listens on a free port, starts the client, and returns the first frame it sends. */
async function firstFrame(start: (port: number) => () => void): Promise<Captured> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  let stop: () => void = () => undefined;
  try {
    const frame = await new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('client sent nothing within 15 s')), 15_000);
      server.on('connection', (socket) => {
        let got = Buffer.alloc(0);
        socket.on('error', () => undefined);
        socket.on('data', (d) => {
          got = Buffer.concat([got, d]);
          if (got.length >= 4 && got.length >= 4 + got.readInt32BE(0)) {
            clearTimeout(timer);
            socket.destroy();
            resolve(got.subarray(4, 4 + got.readInt32BE(0)));
          }
        });
      });
      stop = start(port);
    });
    const r = new Reader(frame);
    return { header: decodeRequestHeader(r), body: r };
  } finally {
    stop();
    server.close();
  }
}

function spawnClient(cmd: string, args: string[]): () => void {
  const child = spawn(cmd, args, { stdio: 'ignore' });
  child.on('error', () => undefined);
  return () => child.kill('SIGKILL');
}

function apiVersions(c: Captured): ApiVersionsRequest {
  const body = decodeApiVersionsRequest(c.body, c.header.apiVersion);
  if (c.body.remaining() !== 0) throw new Error(`${c.body.remaining()} bytes left after ApiVersionsRequest`);
  return body;
}

t.test('kafkajs: ApiVersions', async (t) => {
  const c = await firstFrame((port) => {
    const admin = new Kafka({ clientId: 'golden-kafkajs', brokers: [`127.0.0.1:${port}`], logLevel: logLevel.NOTHING, retry: { retries: 0 } }).admin();
    admin.connect().catch(() => undefined);
    return () => void admin.disconnect().catch(() => undefined);
  });
  t.equal(c.header.apiKey, ApiKey.ApiVersions);
  t.equal(c.header.clientId, 'golden-kafkajs');
  t.equal(c.header.headerVersion, c.header.apiVersion >= 3 ? 2 : 1);
  t.ok(Number.isInteger(c.header.correlationId));
  const body = apiVersions(c);
  t.equal(body.clientSoftwareName, '', 'kafkajs sends a pre-KIP-511 version');
});

t.test('kcat -L: ApiVersions v3 with the librdkafka software name', async (t) => {
  const c = await firstFrame((port) => spawnClient('kcat', ['-b', `127.0.0.1:${port}`, '-L', '-m', '5']));
  t.equal(c.header.apiKey, ApiKey.ApiVersions);
  t.ok(c.header.apiVersion >= 3, `v${c.header.apiVersion}`);
  t.equal(c.header.headerVersion, 2);
  t.equal(c.header.clientId, 'rdkafka');
  const body = apiVersions(c);
  t.equal(body.clientSoftwareName, 'librdkafka');
  t.match(body.clientSoftwareVersion, /^\d+\.\d+\.\d+/);
});

t.test('confluent_kafka (python): ApiVersions v3', async (t) => {
  const script = [
    'import sys',
    'from confluent_kafka.admin import AdminClient',
    "a = AdminClient({'bootstrap.servers': sys.argv[1], 'client.id': 'golden-confluent'})",
    'a.list_topics(timeout=10)',
  ].join('\n');
  const c = await firstFrame((port) => spawnClient('/usr/bin/python3', ['-c', script, `127.0.0.1:${port}`]));
  t.equal(c.header.apiKey, ApiKey.ApiVersions);
  t.equal(c.header.clientId, 'golden-confluent');
  const body = apiVersions(c);
  t.equal(body.clientSoftwareName, 'confluent-kafka-python');
  t.match(body.clientSoftwareVersion, /^\d+\.\d+\.\d+/);
});

t.test('kafka-python: its version probe', async (t) => {
  const script = [
    'import sys',
    'from kafka import KafkaConsumer',
    "KafkaConsumer(bootstrap_servers=sys.argv[1], client_id='golden-kafka-python', api_version_auto_timeout_ms=10000)",
  ].join('\n');
  const c = await firstFrame((port) => spawnClient('/usr/bin/python3', ['-c', script, `127.0.0.1:${port}`]));
  t.equal(c.header.clientId, 'golden-kafka-python');
  t.equal(c.header.headerVersion, 1);
  if (c.header.apiKey === ApiKey.ApiVersions) {
    apiVersions(c);
    t.ok(c.header.apiVersion <= 2, `ApiVersions v${c.header.apiVersion}`);
  } else {
    t.equal(c.header.apiKey, ApiKey.Metadata, 'ApiVersions or Metadata');
    decodeMetadataRequest(c.body, c.header.apiVersion);
    t.equal(c.body.remaining(), 0);
  }
});
