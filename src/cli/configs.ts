/**
 * `runnel configs`: kafka-configs.sh for topics and brokers. --describe prints the dynamic
 * configs (or --all of them) with their synonyms; --alter applies --add-config/--delete-config
 * with IncrementalAlterConfigs. Output and messages follow Kafka's ConfigCommand.
 */
import { KafkaError } from '../protocol/kafkaErrors.js';
import type { ConfigEntry, ConfigResource, ConfigSourceName, KafkaClient } from '../client/kafkaClient.js';
import { describeFlags, UsageError, type FlagSpecs, type ParsedArgs } from './args.js';
import { connect, parseToolArgs } from './toolSupport.js';

const flagSpecs = {
  'bootstrap-server': { kind: 'string', doc: 'REQUIRED: the broker to connect to (host:port[,host:port])' },
  describe: { kind: 'boolean', doc: 'List configs for the given entity' },
  alter: { kind: 'boolean', doc: 'Alter the configuration for the entity' },
  all: { kind: 'boolean', doc: 'With --describe: every config, not only the dynamic ones' },
  'entity-type': { kind: 'string', doc: 'topics or brokers' },
  'entity-name': { kind: 'string', doc: 'Topic name or broker id' },
  'entity-default': { kind: 'boolean', doc: 'The cluster-wide broker defaults (with --entity-type brokers)' },
  topic: { kind: 'string', doc: 'Same as --entity-type topics --entity-name <topic>' },
  broker: { kind: 'string', doc: 'Same as --entity-type brokers --entity-name <id>' },
  'broker-defaults': { kind: 'boolean', doc: 'Same as --entity-type brokers --entity-default' },
  'add-config': { kind: 'string', doc: "Configs to set: 'k1=v1,k2=[v1,v2],k3=v3'" },
  'delete-config': { kind: 'list', doc: "Config keys to remove: 'k1,k2'" },
  help: { kind: 'boolean', short: 'h' },
} as const satisfies FlagSpecs;

type Flags = ParsedArgs<typeof flagSpecs>['flags'];

const usage = `Usage: runnel configs --bootstrap-server <host:port> (--describe | --alter) --entity-type (topics | brokers) (--entity-name <name> | --entity-default) [options]
${describeFlags(flagSpecs)}`;

type EntityType = 'topics' | 'brokers';

interface Entity {
  type: EntityType;
  /** undefined: every entity of the type; '' the broker defaults. */
  name: string | undefined;
}

/** ConfigCommand's failures that Kafka prints as a bare message (IllegalArgumentException and friends). */
class ConfigCommandError extends Error {}

function entityOf(flags: Flags): Entity {
  const given: Entity[] = [];
  if (flags.topic !== undefined) given.push({ type: 'topics', name: flags.topic });
  if (flags.broker !== undefined) given.push({ type: 'brokers', name: flags.broker });
  if (flags['broker-defaults']) given.push({ type: 'brokers', name: '' });
  const type = flags['entity-type'];
  if (type !== undefined) {
    if (type !== 'topics' && type !== 'brokers') throw new UsageError(`Invalid entity type ${type}, the entity type must be one of topics, brokers`);
    if (flags['entity-name'] !== undefined && flags['entity-default']) throw new UsageError('--entity-name and --entity-default cannot be used together');
    given.push({ type, name: flags['entity-default'] ? '' : flags['entity-name'] });
  } else if (flags['entity-name'] !== undefined || flags['entity-default']) {
    throw new UsageError('--entity-name and --entity-default need --entity-type');
  }
  if (given.length !== 1) throw new UsageError('Exactly one entity must be given: --entity-type with --entity-name or --entity-default, --topic, --broker or --broker-defaults');
  const entity = given[0];
  if (entity.type === 'topics' && entity.name === '') throw new UsageError('--entity-default is not supported for topics');
  if (entity.type === 'brokers' && entity.name !== undefined && entity.name !== '' && !/^-?\d+$/.test(entity.name)) {
    throw new ConfigCommandError(`The entity name for brokers must be a valid integer broker id, found: ${entity.name}`);
  }
  return entity;
}

/** Positions of `ch` in text that are not inside [...]. */
function outsideBrackets(text: string, ch: string): number[] {
  const at: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']') depth = Math.max(0, depth - 1);
    else if (text[i] === ch && depth === 0) at.push(i);
  }
  return at;
}

/** Splits --add-config on commas outside [...], then each pair on its '='; brackets group values with commas. */
export function parseAddConfig(text: string): Map<string, string> {
  const cuts = [-1, ...outsideBrackets(text, ','), text.length];
  const out = new Map<string, string>();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const pair = text.slice(cuts[i] + 1, cuts[i + 1]);
    const eq = outsideBrackets(pair, '=');
    if (eq.length !== 1) {
      throw new ConfigCommandError('Invalid entity config: all configs to be added must be in the format "key=val" or  "key=[val1,val2]" to group values which contain commas.');
    }
    const key = pair.slice(0, eq[0]).trim();
    if (!/^[$a-zA-Z0-9._-]*$/.test(key)) throw new ConfigCommandError(`Invalid character found for config key: ${key}`);
    out.set(key, pair.slice(eq[0] + 1).replace(/[[\]]/g, '').trim());
  }
  return out;
}

function resourceOf(entity: Entity, name: string): ConfigResource {
  return { type: entity.type === 'topics' ? 'topic' : 'broker', name };
}

/** The source that makes an entry "dynamic" for this entity, as ConfigCommand filters describe output. */
function dynamicSource(entity: Entity, name: string): ConfigSourceName {
  if (entity.type === 'topics') return 'DYNAMIC_TOPIC_CONFIG';
  return name === '' ? 'DYNAMIC_DEFAULT_BROKER_CONFIG' : 'DYNAMIC_BROKER_CONFIG';
}

const singular = (type: EntityType): string => type.slice(0, -1);

function entryLine(e: ConfigEntry): string {
  const synonyms = e.synonyms.map((s) => `${s.source}:${s.name}=${s.value}`).join(', ');
  return `  ${e.name}=${e.value} sensitive=${e.isSensitive} synonyms={${synonyms}}`;
}

async function describe(client: KafkaClient, entity: Entity, all: boolean): Promise<void> {
  let names: string[];
  if (entity.name !== undefined) {
    if (!all && entity.name !== '') {
      const exists = entity.type === 'topics'
        ? (await client.listTopics()).some((t) => t.name === entity.name)
        : (await client.describeCluster()).brokers.some((b) => String(b.nodeId) === entity.name);
      if (!exists) {
        process.stdout.write(`The ${singular(entity.type)} '${entity.name}' doesn't exist and doesn't have dynamic config.\n`);
        return;
      }
    }
    names = [entity.name];
  } else if (entity.type === 'topics') {
    names = (await client.listTopics()).map((t) => t.name);
  } else {
    names = [...(await client.describeCluster()).brokers.map((b) => String(b.nodeId)), ''];
  }
  for (const name of names) {
    const [description] = await client.describeConfigs([resourceOf(entity, name)], { includeSynonyms: true });
    if (description.error) throw description.error;
    const header = name === ''
      ? `Default configs for ${entity.type} in the cluster are:`
      : `${all ? 'All' : 'Dynamic'} configs for ${singular(entity.type)} ${name} are:`;
    const wanted = dynamicSource(entity, name);
    const entries = description.entries
      .filter((e) => all || e.source === wanted)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    process.stdout.write([header, ...entries.map(entryLine)].map((l) => `${l}\n`).join(''));
  }
}

async function alter(client: KafkaClient, entity: Entity, flags: Flags): Promise<void> {
  if (entity.name === undefined) throw new ConfigCommandError('An entity name must be specified for every entity type');
  const toAdd = flags['add-config'] === undefined ? new Map<string, string>() : parseAddConfig(flags['add-config']);
  const toDelete = flags['delete-config'].flatMap((d) => d.split(',')).map((k) => k.trim()).filter((k) => k !== '');
  if (toAdd.size === 0 && toDelete.length === 0) throw new UsageError('At least one of --add-config or --delete-config must be specified with --alter');
  const resource = resourceOf(entity, entity.name);
  const [current] = await client.describeConfigs([resource]);
  if (current.error) throw current.error;
  // Kafka refuses to delete a key the entity does not have among its configs.
  const known = new Set(current.entries.map((e) => e.name));
  const unknown = toDelete.filter((k) => !known.has(k));
  if (unknown.length > 0) throw new ConfigCommandError(`Invalid config(s): ${unknown.join(',')}`);
  const [result] = await client.incrementalAlterConfigs([{
    ...resource,
    ops: [
      ...toDelete.map((name) => ({ name, op: 'delete' as const })),
      ...[...toAdd].map(([name, value]) => ({ name, op: 'set' as const, value })),
    ],
  }]);
  if (result.error) throw result.error;
  process.stdout.write(entity.name === ''
    ? `Completed updating default config for ${entity.type} in the cluster.\n`
    : `Completed updating config for ${singular(entity.type)} ${entity.name}.\n`);
}

export async function main(argv: string[]): Promise<number> {
  const args = parseToolArgs(argv, flagSpecs, usage);
  if (args === null) return 0;
  const { flags, bootstrap } = args;
  if (flags.describe === flags.alter) throw new UsageError('Command must include exactly one action: --describe, --alter');
  if (flags.describe && (flags['add-config'] !== undefined || flags['delete-config'].length > 0)) {
    throw new UsageError('Option "[describe]" can\'t be used with option "[add-config]" or "[delete-config]"');
  }

  const client = connect(bootstrap, 'runnel-configs');
  try {
    const entity = entityOf(flags);
    if (flags.describe) await describe(client, entity, flags.all);
    else await alter(client, entity, flags);
    return 0;
  } catch (err) {
    if (err instanceof ConfigCommandError) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    if (err instanceof KafkaError) {
      process.stderr.write(`Error while executing config command with args '${argv.join(' ')}'\n${err.name}: ${err.message}\n`);
      return 1;
    }
    throw err;
  } finally {
    await client.close();
  }
}
