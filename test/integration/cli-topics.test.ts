// `runnel topics` against a real broker: the quickstart session (create with 3 partitions, list,
// describe), then alter, delete and the mistakes users make, with Kafka's output and exit codes.
import t from 'tap';
import { withBroker } from '../helpers/broker.js';
import { kcatMetadata, runRunnel } from '../helpers/clients.js';

interface KcatTopic {
  topic: string;
  partitions: { partition: number; leader: number }[];
}

t.test('runnel topics', async (t) => {
  const broker = await withBroker(t);
  const topics = (...args: string[]) => runRunnel(['topics', '--bootstrap-server', broker.bootstrap, ...args]);

  await t.test('create a topic with 3 partitions', async (t) => {
    const res = await topics('--create', '--topic', 'quickstart-events', '--partitions', '3', '--replication-factor', '1', '--config', 'retention.ms=86400000');
    t.equal(res.code, 0, res.stderr);
    t.equal(res.stdout, 'Created topic quickstart-events.\n');
    const md = (await kcatMetadata(broker.bootstrap)) as { topics: KcatTopic[] };
    const seen = md.topics.find((x) => x.topic === 'quickstart-events');
    t.equal(seen?.partitions.length, 3, 'kcat sees the three partitions');
    t.ok(seen?.partitions.every((p) => p.leader === 1), 'each led by broker 1');
  });

  await t.test('a second create fails with Kafka\'s message, unless --if-not-exists', async (t) => {
    const again = await topics('--create', '--topic', 'quickstart-events', '--partitions', '3');
    t.equal(again.code, 1);
    t.equal(again.stdout, "Error while executing topic command : Topic 'quickstart-events' already exists.\n");
    const quiet = await topics('--create', '--topic', 'quickstart-events', '--if-not-exists');
    t.equal(quiet.code, 0, quiet.stderr);
    t.equal(quiet.stdout, '');
  });

  await t.test('a name with a period gets Kafka\'s collision warning; the broker default partition count applies', async (t) => {
    const res = await topics('--create', '--topic', 'web.clicks');
    t.equal(res.code, 0, res.stderr);
    t.match(res.stdout, /^WARNING: Due to limitations in metric names, topics with a period \('\.'\) or underscore \('_'\) could collide\..*\nCreated topic web\.clicks\.\n$/);
  });

  await t.test('list prints the names, sorted', async (t) => {
    const res = await topics('--list');
    t.equal(res.code, 0, res.stderr);
    t.equal(res.stdout, 'quickstart-events\nweb.clicks\n');
    const filtered = await topics('--list', '--topic', 'web\\..*');
    t.equal(filtered.stdout, 'web.clicks\n', '--topic is a regular expression');
  });

  await t.test('describe prints the topic line and one line per partition', async (t) => {
    const res = await topics('--describe', '--topic', 'quickstart-events');
    t.equal(res.code, 0, res.stderr);
    const lines = res.stdout.split('\n');
    t.equal(lines.length, 5, 'a topic line, three partition lines, and the final newline');
    const head = /^Topic: quickstart-events\tTopicId: ([A-Za-z0-9_-]{22})\tPartitionCount: 3\tReplicationFactor: 1\tConfigs: (.*)$/.exec(lines[0]);
    t.ok(head, lines[0]);
    t.ok(head?.[2].split(',').includes('retention.ms=86400000'), `the override is listed: ${head?.[2]}`);
    for (let p = 0; p < 3; p++) {
      t.match(lines[1 + p], new RegExp(`^\\tTopic: quickstart-events\\tPartition: ${p}\\tLeader: 1\\tReplicas: 1\\tIsr: 1\\tElr: (N/A)?\\tLastKnownElr: (N/A)?$`));
    }
    t.equal(lines[4], '');
  });

  await t.test('alter raises the partition count and refuses to lower it', async (t) => {
    const up = await topics('--alter', '--topic', 'quickstart-events', '--partitions', '4');
    t.equal(up.code, 0, up.stdout + up.stderr);
    const desc = await topics('--describe', '--topic', 'quickstart-events');
    t.match(desc.stdout, /\tPartitionCount: 4\t/);
    const down = await topics('--alter', '--topic', 'quickstart-events', '--partitions', '2');
    t.equal(down.code, 1);
    t.match(down.stdout, /^Error while executing topic command : .+\n$/);
  });

  await t.test('delete removes the topic; a missing one is an error unless --if-exists', async (t) => {
    const del = await topics('--delete', '--topic', 'web.clicks');
    t.equal(del.code, 0, del.stdout + del.stderr);
    t.equal((await topics('--list')).stdout, 'quickstart-events\n');
    const missing = await topics('--delete', '--topic', 'web.clicks');
    t.equal(missing.code, 1);
    t.equal(missing.stderr, "Topic 'web.clicks' does not exist as expected\n");
    const quiet = await topics('--delete', '--topic', 'web.clicks', '--if-exists');
    t.equal(quiet.code, 0);
    const describeMissing = await topics('--describe', '--topic', 'nope');
    t.equal(describeMissing.code, 1);
    t.equal(describeMissing.stderr, "Topic 'nope' does not exist as expected\n");
  });

  await t.test('bad input is one clear line and exit code 1', async (t) => {
    const cases: [string[], RegExp][] = [
      [['--list', '--describe'], /exactly one action/],
      [['--create'], /Missing required argument "\[topic\]"/],
      [['--create', '--topic', 'x', '--partitions', '0'], /The partitions must be greater than 0/],
      [['--create', '--topic', 'x', '--partitions', 'three'], /--partitions expects an integer/],
      [['--create', '--topic', 'x', '--replication-factor', '40000'], /replication factor must be between 1 and 32767/],
      [['--create', '--topic', 'x', '--config', 'novalue'], /all configs to be added must be in the format "key=val"/],
      [['--alter', '--topic', 'quickstart-events'], /Missing required argument "\[partitions\]"/],
      [['--describe', '--no-such-flag'], /unknown option --no-such-flag/],
    ];
    for (const [args, expected] of cases) {
      const res = await topics(...args);
      t.equal(res.code, 1, args.join(' '));
      t.match(res.stdout + res.stderr, expected, args.join(' '));
      t.equal((res.stdout + res.stderr).trim().split('\n').length, 1, `one line for ${args.join(' ')}`);
    }
    const noServer = await runRunnel(['topics', '--list']);
    t.equal(noServer.code, 1);
    t.match(noServer.stderr, /Missing required argument "\[bootstrap-server\]"/);
  });
});
