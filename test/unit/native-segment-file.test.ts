import t from 'tap';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { createServer, connect, type Socket } from 'node:net';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { SegmentFile, fsyncDirectory, type NativeIoError } from '../../bindings/index.js';

const dir = mkdtempSync(join(tmpdir(), 'runnel-segment-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;
const freshPath = (): string => join(dir, `${String(counter++).padStart(20, '0')}.log`);

function ioError(fn: () => unknown): NativeIoError {
  try {
    fn();
  } catch (err) {
    return err as NativeIoError;
  }
  throw new Error('expected a NativeIoError');
}

t.test('open of a missing path fails like fs does', async (t) => {
  const path = join(dir, 'missing', 'x.log');
  const err = ioError(() => SegmentFile.open(path));
  t.type(err, Error);
  t.match(err, { errno: -2, code: 'ENOENT', syscall: 'open', path });
  t.match(err.message, /^ENOENT: no such file or directory, open '.*x\.log'$/);
  t.throws(() => SegmentFile.open(freshPath(), { create: false }), { code: 'ENOENT' });
});

t.test('append, size and pread round trip', async (t) => {
  const path = freshPath();
  const file = SegmentFile.open(path, { create: true });
  t.equal(file.path, path);
  t.ok(file.fd > 2);
  t.equal(file.size(), 0);
  const a = randomBytes(1000);
  const b = randomBytes(3);
  t.equal(file.append([a, new Uint8Array(0), b]), 1003);
  t.equal(file.append([a]), 2003);
  t.equal(file.size(), 2003);
  t.ok(readFileSync(path).equals(Buffer.concat([a, b, a])));

  const target = Buffer.alloc(10);
  t.equal(file.pread(target, 998), 10);
  t.ok(target.equals(Buffer.concat([a.subarray(998), b, a.subarray(0, 5)])));
  t.equal(file.pread(target, 1998), 5, 'short read at the end');
  t.equal(file.pread(target, 2003), 0, '0 at EOF');
  t.equal(file.pread(target, 10_000), 0);
  t.throws(() => file.pread(target, -1), RangeError);
  t.throws(() => file.append([a, 'x' as unknown as Uint8Array]), TypeError);
  t.equal(file.size(), 2003, 'a rejected append writes nothing');
  file.close();
});

const rssFileKb = (): number => Number(/RssFile:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN);

t.test('releaseMappedPages drops resident mapped pages and views stay valid', async (t) => {
  const file = SegmentFile.open(freshPath(), { create: true });
  const data = randomBytes(48 << 20);
  file.append([data]);
  const before = rssFileKb();
  const view = file.readView(0, data.length);
  t.ok(view.equals(data), 'the view reads the file (touching every page)');
  const touched = rssFileKb();
  t.ok(touched - before > 40_000, `reading 48 MiB through the view made it resident (+${touched - before} kB)`);
  file.releaseMappedPages();
  const released = rssFileKb();
  t.ok(touched - released > 40_000, `released ${touched - released} kB`);
  t.ok(view.equals(data), 'the view still reads the same bytes after the release');
  file.releaseMappedPages();
  file.close();
  t.doesNotThrow(() => file.releaseMappedPages(), 'releasing after close() is harmless');
});

t.test('append of more buffers than IOV_MAX still lands in order', async (t) => {
  const file = SegmentFile.open(freshPath(), { create: true });
  const parts = Array.from({ length: 3000 }, (_, i) => Buffer.from([i & 0xff, i >> 8]));
  t.equal(file.append(parts), 6000);
  const back = Buffer.alloc(6000);
  file.pread(back, 0);
  t.ok(back.equals(Buffer.concat(parts)));
  file.close();
});

t.test('readView returns the file bytes and never bytes past EOF', async (t) => {
  const file = SegmentFile.open(freshPath(), { create: true });
  const data = randomBytes(10_000);
  file.append([data]);
  const view = file.readView(100, 500);
  t.ok(view.equals(data.subarray(100, 600)));
  t.equal(file.readView(9_900, 500).length, 100, 'clamped to the file size');
  t.equal(file.readView(10_000, 10).length, 0, 'empty at EOF');
  t.equal(file.readView(20_000, 10).length, 0, 'empty past EOF');
  t.equal(file.readView(0, 0).length, 0);
  const twin = file.readView(100, 500);
  t.ok(twin.equals(view), 'two views of the same bytes');

  const more = randomBytes(50);
  file.append([more]);
  t.ok(file.readView(9_990, 100).equals(Buffer.concat([data.subarray(9_990), more])), 'sees appended bytes');
  file.close();
  t.ok(view.equals(data.subarray(100, 600)), 'a view outlives close()');
  t.throws(() => file.readView(0, 1), { code: 'EBADF' });
});

t.test('readView past the first mapping remaps', async (t) => {
  const file = SegmentFile.open(freshPath(), { create: true });
  const early = file.append([Buffer.from('head')]);
  const low = file.readView(0, early);
  file.truncate(70 << 20); // sparse growth past the 64 MiB first mapping
  file.append([Buffer.from('tail')]);
  t.equal(file.readView((70 << 20) - 2, 100).toString('latin1'), '\0\0tail');
  t.equal(low.toString(), 'head', 'the old mapping stays valid for its views');
  file.close();
});

t.test('truncate below a live view: the view reads zeros instead of faulting', async (t) => {
  const file = SegmentFile.open(freshPath(), { create: true });
  const data = Buffer.alloc(3 * 4096 + 100, 0x61);
  file.append([data]);
  const view = file.readView(0, data.length);
  file.truncate(10);
  t.equal(file.size(), 10);
  t.equal(view[5], 0x61, 'bytes still in the file');
  t.equal(view[4096 * 2 + 5], 0, 'bytes cut from the file read as zeros');
  t.equal(file.readView(0, 100).length, 10);
  file.append([Buffer.from('bbbb')]);
  t.equal(file.readView(8, 100).toString(), 'aabbbb', 'a fresh mapping after the cut');
  t.throws(() => file.truncate(-1), RangeError);
  file.close();
});

t.test('views keep their mapping alive through garbage collection', async (t) => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const file = SegmentFile.open(freshPath(), { create: true });
  file.append([Buffer.from('x'.repeat(1000))]);
  const keep = file.readView(0, 10);
  for (let i = 0; i < 2000; i++) file.readView(i % 900, 50);
  file.close();
  gc();
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  t.equal(keep.toString(), 'xxxxxxxxxx');
});

t.test('fsync, fdatasync and close', async (t) => {
  const file = SegmentFile.open(freshPath(), { create: true });
  file.append([Buffer.from('durable')]);
  await file.fsync();
  await file.fdatasync();
  const pending = file.fsync();
  file.close();
  await pending; // the fd stays open until the pool thread is done with it
  t.equal(file.fd, -1);
  file.close();
  t.throws(() => file.size(), { code: 'EBADF', syscall: 'fstat', errno: -9 });
  t.throws(() => file.append([Buffer.from('x')]), { code: 'EBADF', syscall: 'write' });
  await t.rejects(async () => file.fsync(), { code: 'EBADF', syscall: 'fsync', path: file.path });
});

t.test('a read-only file refuses appends with EBADF', async (t) => {
  const path = freshPath();
  writeFileSync(path, 'abc');
  const file = SegmentFile.open(path, { readOnly: true });
  t.equal(file.readView(0, 3).toString(), 'abc');
  t.throws(() => file.append([Buffer.from('d')]), { code: 'EBADF', syscall: 'write', path });
  t.throws(() => file.truncate(0), { code: 'EINVAL', syscall: 'ftruncate' });
  t.equal(file.size(), 3);
  file.close();
});

t.test('fsyncDirectory', async (t) => {
  await fsyncDirectory(dir);
  await t.rejects(fsyncDirectory(join(dir, 'nope')), { code: 'ENOENT', syscall: 'open', errno: -2 });
  const notDir = freshPath();
  writeFileSync(notDir, '');
  await t.rejects(fsyncDirectory(notDir), { code: 'ENOTDIR', syscall: 'open' });
});

t.test('sendfile streams file bytes into a socket', async (t) => {
  const file = SegmentFile.open(freshPath(), { create: true });
  const data = randomBytes(3 << 20);
  file.append([data]);
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  const received: Buffer[] = [];
  const done = new Promise<void>((resolve) => {
    server.once('connection', (peer: Socket) => {
      peer.on('data', (chunk: Buffer) => received.push(chunk));
      peer.on('end', () => resolve());
    });
  });
  const client = connect(port, '127.0.0.1');
  await once(client, 'connect');
  const fd = (client as unknown as { _handle: { fd: number } })._handle.fd;
  let sent = 0;
  while (sent < data.length) {
    const n = file.sendfile(fd, 100 + sent, data.length);
    sent += n;
    if (n === 0) {
      if (100 + sent >= data.length) break;
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }
  t.equal(sent, data.length - 100, 'stops at EOF');
  client.end();
  await done;
  t.ok(Buffer.concat(received).equals(data.subarray(100)));
  t.throws(() => file.sendfile(-1, 0, 1), RangeError);
  t.throws(() => file.sendfile(999_999, 0, 1), { code: 'EBADF', syscall: 'sendfile' });
  server.close();
  file.close();
});

t.test('EFBIG under a file-size limit: an error with errno, and no torn tail', async (t) => {
  const bindings = fileURLToPath(new URL('../../bindings/index.js', import.meta.url));
  const path = freshPath();
  const child = `
    import { SegmentFile } from ${JSON.stringify(bindings)};
    process.on('SIGXFSZ', () => {}); // ignored: the write then fails with EFBIG instead of killing us
    const file = SegmentFile.open(${JSON.stringify(path)}, { create: true });
    file.append([Buffer.alloc(512, 1)]);
    let error = null;
    try { file.append([Buffer.alloc(1024, 2), Buffer.alloc(1024, 3)]); } catch (e) {
      error = { errno: e.errno, code: e.code, syscall: e.syscall, path: e.path, isError: e instanceof Error };
    }
    console.log(JSON.stringify({ error, size: file.size() }));
  `;
  // ulimit -f counts 1024-byte blocks: 2 KiB allowed, the second append crosses it part-way.
  const result = spawnSync('bash', ['-c', 'ulimit -f 2 && exec "$0" --input-type=module -e "$1"', process.execPath, child], {
    encoding: 'utf8',
  });
  t.equal(result.status, 0, result.stderr);
  const report = JSON.parse(result.stdout) as { error: Record<string, unknown>; size: number };
  t.same(report.error, { errno: -27, code: 'EFBIG', syscall: 'write', path, isError: true });
  t.equal(report.size, 512, 'the partial write was cut back');
});
