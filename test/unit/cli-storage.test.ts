import t from 'tap';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const RUNNEL = 'dist/src/cli/runnel.js';

function runnel(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [RUNNEL, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function setup(t: { testdir(): string }): { dir: string; props: string } {
  const dir = t.testdir();
  const props = `${dir}/server.properties`;
  writeFileSync(
    props,
    [
      'process.roles=broker,controller',
      'node.id=4',
      'controller.quorum.voters=4@localhost:9093',
      'listeners=PLAINTEXT://:9092,CONTROLLER://:9093',
      'controller.listener.names=CONTROLLER',
      `log.dirs=${dir}/a,${dir}/b`,
      `metadata.log.dir=${dir}/meta`,
    ].join('\n'),
  );
  return { dir, props };
}

t.test('random-uuid prints one Kafka uuid', async (t) => {
  const r = runnel('storage', 'random-uuid');
  t.equal(r.code, 0);
  t.match(r.stdout, /^[A-Za-z0-9_][A-Za-z0-9_-]{21}\n$/);
});

t.test('format, refuse an already formatted dir, ignore-formatted, info', async (t) => {
  const { dir, props } = setup(t);
  const id = runnel('storage', 'random-uuid').stdout.trim();

  const before = runnel('storage', 'info', '-c', props);
  t.equal(before.code, 1);
  t.equal(before.stdout, `Found problems:\n  ${dir}/a does not exist\n  ${dir}/b does not exist\n  ${dir}/meta does not exist\n\n`);

  const f = runnel('storage', 'format', '-t', id, '-c', props);
  t.equal(f.code, 0, f.stderr);
  t.equal(
    f.stdout,
    `Formatting data directory ${dir}/a with cluster id ${id}.\nFormatting data directory ${dir}/b with cluster id ${id}.\nFormatting metadata directory ${dir}/meta with cluster id ${id}.\n`,
  );
  const meta = readFileSync(`${dir}/b/meta.properties`, 'utf8');
  t.match(meta, new RegExp(`cluster\\.id=${id}\\n`));
  t.match(meta, /node\.id=4\nversion=1\n/);

  const again = runnel('storage', 'format', '-t', id, '-c', props);
  t.equal(again.code, 1);
  t.equal(again.stderr, `Log directory ${dir}/a is already formatted. Use --ignore-formatted to ignore this directory and format the others.\n`);

  const ignored = runnel('storage', 'format', '--cluster-id', id, '--config', props, '--ignore-formatted');
  t.equal(ignored.code, 0);
  t.equal(ignored.stdout, 'All of the log directories are already formatted.\n');

  const other = runnel('storage', 'format', '-t', runnel('storage', 'random-uuid').stdout.trim(), '-c', props, '-g');
  t.equal(other.code, 1, 'a different cluster id is refused even with --ignore-formatted');
  t.match(other.stderr, /Invalid cluster\.id in: .*meta\.properties/);

  const info = runnel('storage', 'info', '-c', props);
  t.equal(info.code, 0);
  t.match(info.stdout, new RegExp(`^Found log directories:\\n  ${dir}/a\\n  ${dir}/b\\n  ${dir}/meta\\n\\nFound metadata: \\{cluster\\.id=${id}, directory\\.id=[\\w-]{22}, node\\.id=4, version=1\\}\\n`));
});

t.test('bad input gives one clear line and a non-zero exit', async (t) => {
  const { props } = setup(t);
  const cases: [string[], RegExp][] = [
    [['storage', 'format', '-c', props], /^runnel storage: option --cluster-id \(-t\) is required\n$/],
    [['storage', 'format', '-t', 'short', '-c', props], /^Cluster ID string short does not appear to be a valid UUID/],
    [['storage', 'format', '-t', 'm_swnoiFRpuhuMlM8Ymo3Q'], /^runnel storage: option --config \(-c\) is required\n$/],
    [['storage', 'format', '--frobnicate'], /^runnel storage: unknown option --frobnicate\n$/],
    [['storage', 'shred'], /^runnel storage: unknown action 'shred'/],
    [['storage', 'info', '-c', '/nonexistent.properties'], /^cannot read config file/],
    [['storage', 'format', '-t', 'm_swnoiFRpuhuMlM8Ymo3Q', '-c', props, '--standalone'], /^You cannot use --standalone when controller\.quorum\.voters is set/],
    [['storage', 'format', '-t', 'm_swnoiFRpuhuMlM8Ymo3Q', '-c', props, '--initial-controllers', '4@localhost:9093:AAAAAAAAAAAAAAAAAAAAAQ'], /^You cannot use --initial-controllers when controller\.quorum\.voters is set/],
    [['storage', 'format', '-t', 'm_swnoiFRpuhuMlM8Ymo3Q', '-c', props, '--standalone', '--initial-controllers', '1@localhost:9093:AAAAAAAAAAAAAAAAAAAAAQ'], /give only one of --standalone and --initial-controllers/],
    [['no-such-command'], /^runnel: unknown command no-such-command\nCommands: server-start, storage, /],
  ];
  for (const [args, re] of cases) {
    const r = runnel(...args);
    t.equal(r.code, 1, args.join(' '));
    t.match(r.stderr, re, args.join(' '));
  }
});
