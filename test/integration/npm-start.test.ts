// The `npm start` path: package.json's start script (runnel server-start config/server.properties)
// run from a temp directory laid out like a checkout, so the shipped config's relative ./data lands
// there. Only the ports are overridden (--override, as with kafka-server-start.sh). First start
// formats storage and prints the cluster id, kcat produces and consumes, SIGTERM exits 0 leaving
// the clean-shutdown marker, and a second start keeps the cluster id and the records.
import t from 'tap';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { apiVersionsRoundTrip, freePort, repoRoot } from '../helpers/broker.js';
import { kcatConsume, kcatProduce } from '../helpers/clients.js';
import { comparable } from './broker-records.js';

const READY_TIMEOUT_MS = 30_000;
const CLEAN_SHUTDOWN_MARKER = '.kafka_cleanshutdown';

/** package.json's start script as argv, `node` being this Node. */
function startCommand(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const [program, ...args] = pkg.scripts['start'].trim().split(/\s+/);
  if (program !== 'node') throw new Error(`npm start no longer runs node directly: ${pkg.scripts['start']}`);
  return [process.execPath, ...args];
}

interface Started {
  child: ChildProcess;
  output(): string;
  exit: Promise<number | null>;
}

/** Runs the start command in `cwd` with port overrides; resolves once the broker answers ApiVersions. */
async function npmStart(cwd: string, overrides: Record<string, string>): Promise<Started> {
  const [node, ...args] = startCommand();
  for (const [k, v] of Object.entries(overrides)) args.push('--override', `${k}=${v}`);
  const env = { ...process.env };
  delete env['RUNNEL_LOG_LEVEL'];
  const child = spawn(node, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => { output += c.toString(); });
  child.stderr.on('data', (c: Buffer) => { output += c.toString(); });
  let exited = false;
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => { exited = true; resolve(code); }));
  const port = Number(/PLAINTEXT:\/\/127\.0\.0\.1:(\d+)/.exec(overrides['listeners'] ?? '')?.[1]);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await apiVersionsRoundTrip(port, 1_000))) {
    if (exited || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`npm start did not become ready (exited: ${exited}); output:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, output: () => output, exit };
}

/** The clusterId of pino's JSON 'starting broker' line. */
function loggedClusterId(output: string): string | undefined {
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as { msg?: string; clusterId?: string };
    if (entry.msg === 'starting broker') return entry.clusterId;
  }
  return undefined;
}

t.test('npm start', async (t) => {
  const cwd = await mkdtemp(path.join(os.tmpdir(), 'runnel-npm-start-'));
  const running: Started[] = [];
  t.teardown(async () => {
    for (const r of running) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGKILL');
    await Promise.all(running.map((r) => r.exit));
    await rm(cwd, { recursive: true, force: true });
  });
  await mkdir(path.join(cwd, 'config'));
  await copyFile(path.join(repoRoot, 'config', 'server.properties'), path.join(cwd, 'config', 'server.properties'));
  await symlink(path.join(repoRoot, 'dist'), path.join(cwd, 'dist'));

  const port = await freePort();
  const controllerPort = await freePort();
  const gatewayPort = await freePort();
  const overrides = {
    listeners: `PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${port}`,
    'controller.quorum.voters': `1@127.0.0.1:${controllerPort}`,
    'gateway.listeners': `http://127.0.0.1:${gatewayPort}`,
  };
  const bootstrap = `127.0.0.1:${port}`;
  const dataDir = path.join(cwd, 'data');
  const marker = path.join(dataDir, CLEAN_SHUTDOWN_MARKER);

  const first = await npmStart(cwd, overrides);
  running.push(first);
  const printed = /Formatted (\S+) with cluster id (\S+)/.exec(first.output());
  t.ok(printed, `the first start formats storage and prints the cluster id: ${printed?.[0]}`);
  const clusterId = printed?.[2];
  t.equal(path.resolve(cwd, printed?.[1] ?? ''), dataDir, 'in ./data of the working directory');
  t.match(readFileSync(path.join(dataDir, 'meta.properties'), 'utf8'), new RegExp(`cluster\\.id=${clusterId}`), 'whose meta.properties holds that cluster id');
  t.equal(loggedClusterId(first.output()), clusterId, 'the broker starts with it');
  t.notOk(existsSync(marker), 'no clean-shutdown marker while running');

  const topic = 'npm-start-demo';
  const records = [{ key: 'k1', value: 'hello' }, { key: 'k2', value: 'world' }];
  await kcatProduce(bootstrap, topic, records, { acks: 'all' });
  const consumed = await kcatConsume(bootstrap, topic, { count: records.length });
  t.same(consumed.map(comparable), records.map(comparable), 'kcat produces (auto-creating the topic) and consumes back');

  first.child.kill('SIGTERM');
  t.equal(await first.exit, 0, 'SIGTERM: exit code 0');
  t.ok(existsSync(marker), `SIGTERM leaves the clean-shutdown marker ${CLEAN_SHUTDOWN_MARKER} in ./data`);

  const second = await npmStart(cwd, overrides);
  running.push(second);
  t.notMatch(second.output(), /Formatted/, 'the second start formats nothing');
  t.equal(loggedClusterId(second.output()), clusterId, 'and reuses the cluster id');
  t.notOk(existsSync(marker), 'the marker is consumed at start');
  const again = await kcatConsume(bootstrap, topic, { count: records.length });
  t.same(again.map(comparable), records.map(comparable), 'the records survived the restart');
  second.child.kill('SIGINT');
  t.equal(await second.exit, 0, 'Ctrl-C (SIGINT) also exits 0');
  t.ok(existsSync(marker), 'and leaves the marker');
});
