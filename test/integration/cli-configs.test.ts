// `runnel configs` against a real broker: Kafka's describe/alter session for a topic and for the
// broker defaults, cross-checked with kafka-python, and the mistakes Kafka refuses.
import t from 'tap';
import { withBroker } from '../helpers/broker.js';
import { pythonAdmin, runRunnel } from '../helpers/clients.js';

t.test('runnel configs', async (t) => {
  const broker = await withBroker(t);
  const bs = ['--bootstrap-server', broker.bootstrap];
  const configs = (...args: string[]) => runRunnel(['configs', ...bs, ...args]);
  const created = await runRunnel(['topics', ...bs, '--create', '--topic', 'sms.events', '--partitions', '1', '--config', 'segment.ms=10000']);
  t.equal(created.code, 0, created.stdout + created.stderr);

  await t.test('describe lists the dynamic topic configs with their synonyms', async (t) => {
    const res = await configs('--describe', '--entity-type', 'topics', '--entity-name', 'sms.events');
    t.equal(res.code, 0, res.stderr);
    const lines = res.stdout.split('\n');
    t.equal(lines[0], 'Dynamic configs for topic sms.events are:');
    t.match(lines[1], /^ {2}segment\.ms=10000 sensitive=false synonyms=\{DYNAMIC_TOPIC_CONFIG:segment\.ms=10000(, [A-Z_]+:[a-z.]+=\S+)*\}$/);
    t.equal(lines.length, 3);
  });

  await t.test('alter adds configs, brackets keeping a list value whole', async (t) => {
    const res = await configs('--alter', '--topic', 'sms.events', '--add-config', 'retention.ms=60000,cleanup.policy=[delete,compact]');
    t.equal(res.code, 0, res.stderr);
    t.equal(res.stdout, 'Completed updating config for topic sms.events.\n');
    const described = await configs('--describe', '--topic', 'sms.events');
    const names = described.stdout.split('\n').slice(1).filter((l) => l !== '').map((l) => l.trim().split(' ')[0]);
    t.same(names, ['cleanup.policy=delete,compact', 'retention.ms=60000', 'segment.ms=10000'], 'sorted by name');
    const seen = (await pythonAdmin('kafka-python', broker.bootstrap, 'describe_configs', { resource_type: 'topic', name: 'sms.events' })) as Record<string, { value: string }>;
    t.equal(seen['retention.ms']?.value, '60000', 'kafka-python sees the new value');
    t.equal(seen['cleanup.policy']?.value, 'delete,compact');
  });

  await t.test('delete-config removes an override', async (t) => {
    const res = await configs('--alter', '--topic', 'sms.events', '--delete-config', 'retention.ms,cleanup.policy');
    t.equal(res.code, 0, res.stderr);
    const described = await configs('--describe', '--topic', 'sms.events');
    t.notMatch(described.stdout, /retention\.ms=|cleanup\.policy=/);
    t.match(described.stdout, /segment\.ms=10000/);
  });

  await t.test('broker-wide defaults, inherited by the topic', async (t) => {
    const res = await configs('--alter', '--entity-type', 'brokers', '--entity-default', '--add-config', 'log.retention.ms=100000');
    t.equal(res.code, 0, res.stderr);
    t.equal(res.stdout, 'Completed updating default config for brokers in the cluster.\n');
    const all = await configs('--describe', '--entity-type', 'brokers');
    t.equal(all.code, 0, all.stderr);
    t.match(all.stdout, /^Dynamic configs for broker 1 are:\nDefault configs for brokers in the cluster are:\n {2}log\.retention\.ms=100000 sensitive=false synonyms=\{DYNAMIC_DEFAULT_BROKER_CONFIG:log\.retention\.ms=100000\}\n$/);
    const topicAll = await configs('--describe', '--all', '--topic', 'sms.events');
    t.match(topicAll.stdout, /^All configs for topic sms\.events are:\n/);
    t.match(topicAll.stdout, /\n {2}retention\.ms=100000 sensitive=false synonyms=\{DYNAMIC_DEFAULT_BROKER_CONFIG:log\.retention\.ms=100000/, 'the topic inherits the new default');
  });

  await t.test('a topic that does not exist has no dynamic config', async (t) => {
    const res = await configs('--describe', '--topic', 'nope');
    t.equal(res.code, 0);
    t.equal(res.stdout, "The topic 'nope' doesn't exist and doesn't have dynamic config.\n");
  });

  await t.test('mistakes and refused values', async (t) => {
    const unknownKey = await configs('--alter', '--topic', 'sms.events', '--delete-config', 'not.there');
    t.equal(unknownKey.code, 1);
    t.equal(unknownKey.stderr, 'Invalid config(s): not.there\n');
    const badValue = await configs('--alter', '--topic', 'sms.events', '--add-config', 'retention.ms=abc');
    t.equal(badValue.code, 1);
    t.match(badValue.stderr, /^Error while executing config command with args '.*--add-config retention\.ms=abc'\nINVALID_CONFIG: .*retention\.ms/);
    const cases: [string[], RegExp][] = [
      [['--describe', '--alter', '--topic', 'x'], /exactly one action/],
      [['--alter', '--topic', 'sms.events'], /At least one of --add-config or --delete-config/],
      [['--describe', '--entity-type', 'users', '--entity-name', 'u'], /Invalid entity type users/],
      [['--describe', '--entity-name', 'x'], /need --entity-type/],
      [['--alter', '--topic', 'sms.events', '--add-config', 'a=b=c'], /must be in the format "key=val"/],
      [['--alter', '--entity-type', 'brokers', '--entity-name', 'one', '--add-config', 'a=b'], /must be a valid integer broker id/],
      [['--alter', '--entity-type', 'topics', '--add-config', 'a=b'], /An entity name must be specified/],
    ];
    for (const [args, expected] of cases) {
      const res = await configs(...args);
      t.equal(res.code, 1, args.join(' '));
      t.match(res.stderr, expected, args.join(' '));
    }
  });
});
