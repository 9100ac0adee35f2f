/**
 * What DescribeConfigs and IncrementalAlterConfigs need from configuration: every key's value,
 * source, type, documentation and synonyms in Kafka's shapes, and validation of proposed
 * dynamic changes. Storing dynamic values is the controller's job (ConfigRecords in the metadata
 * log); these functions take the current dynamic maps as input.
 */
import { BROKER_CONFIG_DEF_MAP, BROKER_SYNONYM_GROUPS } from './brokerConfigDefs.js';
import { buildBrokerConfig, type BrokerConfig } from './brokerConfig.js';
import { ConfigSource, ConfigType, parseValue, type ConfigDef, type ConfigSourceId } from './configDef.js';
import {
  brokerSynonyms,
  effectiveTopicConfig,
  INVALID_CONFIG,
  INVALID_REQUEST,
  TOPIC_CONFIG_DEF_MAP,
  validateTopicConfigs,
  type ConfigMap,
  type ConfigProblem,
  type ConfigSynonym,
} from './topicConfig.js';

export interface DescribedConfig {
  readonly name: string;
  /** Null for sensitive keys and for keys with no value. */
  readonly value: string | null;
  readonly readOnly: boolean;
  readonly source: ConfigSourceId;
  readonly isSensitive: boolean;
  /** Kafka's ConfigType id (DescribeConfigs v3+). */
  readonly configType: number;
  readonly documentation: string | null;
  readonly synonyms: readonly ConfigSynonym[];
}

function synonymNames(name: string): readonly string[] {
  return BROKER_SYNONYM_GROUPS.find((g) => g.includes(name)) ?? [name];
}

function isSensitive(def: ConfigDef): boolean {
  return def.sensitive === true || def.valueType.type === 'PASSWORD';
}

/**
 * Describes this broker's configs (all of them when `names` is null), as Kafka's ConfigHelper:
 * synonyms ordered by layer then by priority, starting at the described key itself.
 */
export function describeBrokerConfigs(config: BrokerConfig, names: readonly string[] | null = null): DescribedConfig[] {
  const selected = names ?? [...BROKER_CONFIG_DEF_MAP.keys()];
  const out: DescribedConfig[] = [];
  for (const name of selected) {
    const def = BROKER_CONFIG_DEF_MAP.get(name);
    if (def === undefined) continue;
    const sensitive = isSensitive(def);
    const all = brokerSynonyms(config, synonymNames(name));
    const first = all.findIndex((s) => s.name === name);
    const synonyms = (first === -1 ? [] : all.slice(first)).map((s) => (sensitive ? { ...s, value: null } : s));
    const own = synonyms[0];
    out.push({
      name,
      value: sensitive ? null : (own?.value ?? null),
      readOnly: def.dynamic === 'read-only',
      source: own?.source ?? ConfigSource.DEFAULT_CONFIG,
      isSensitive: sensitive,
      configType: ConfigType[def.valueType.type],
      documentation: def.doc,
      synonyms,
    });
  }
  return out;
}

/** Describes a topic's configs (all when `names` is null) with their effective values and synonyms. */
export function describeTopicConfigs(topicOverrides: ConfigMap, config: BrokerConfig, names: readonly string[] | null = null): DescribedConfig[] {
  const wanted = names === null ? null : new Set(names);
  return effectiveTopicConfig(topicOverrides, config)
    .filter((e) => wanted === null || wanted.has(e.name))
    .map((e) => {
      const def = TOPIC_CONFIG_DEF_MAP.get(e.name)!;
      return {
        name: e.name,
        value: e.value,
        readOnly: false,
        source: e.source,
        isSensitive: false,
        configType: ConfigType[def.valueType.type],
        documentation: def.doc,
        synonyms: e.synonyms,
      };
    });
}

/** IncrementalAlterConfigs operation ids. */
export const AlterConfigOp = { SET: 0, DELETE: 1, APPEND: 2, SUBTRACT: 3 } as const;
export type AlterConfigOpId = (typeof AlterConfigOp)[keyof typeof AlterConfigOp];

export interface ConfigAlteration {
  readonly name: string;
  readonly op: AlterConfigOpId;
  readonly value: string | null;
}

export interface AlterationResult {
  readonly problems: ConfigProblem[];
  /** The dynamic map after the alteration; meaningful only when `problems` is empty. */
  readonly dynamic: Map<string, string>;
}

/** Applies incremental operations to a current map, checking op/type agreement as Kafka does. */
function applyOps(current: ReadonlyMap<string, string>, alterations: readonly ConfigAlteration[], isList: (name: string) => boolean | undefined): AlterationResult {
  const problems: ConfigProblem[] = [];
  const dynamic = new Map(current);
  const seen = new Set<string>();
  for (const a of alterations) {
    if (seen.has(a.name)) {
      problems.push({ name: a.name, errorCode: INVALID_REQUEST, message: 'Error due to duplicate config keys' });
      continue;
    }
    seen.add(a.name);
    const list = isList(a.name);
    if ((a.op === AlterConfigOp.APPEND || a.op === AlterConfigOp.SUBTRACT) && list === false) {
      const verb = a.op === AlterConfigOp.APPEND ? 'append' : 'subtract';
      problems.push({ name: a.name, errorCode: INVALID_REQUEST, message: `Config value ${verb} is not allowed for config key: ${a.name}` });
      continue;
    }
    switch (a.op) {
      case AlterConfigOp.SET:
        if (a.value === null) problems.push({ name: a.name, errorCode: INVALID_REQUEST, message: `Null value not supported for: ${a.name}` });
        else dynamic.set(a.name, a.value);
        break;
      case AlterConfigOp.DELETE:
        dynamic.delete(a.name);
        break;
      case AlterConfigOp.APPEND:
      case AlterConfigOp.SUBTRACT: {
        const items = (dynamic.get(a.name) ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
        const change = (a.value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
        const next = a.op === AlterConfigOp.APPEND ? [...items, ...change.filter((c) => !items.includes(c))] : items.filter((i) => !change.includes(i));
        dynamic.set(a.name, next.join(','));
        break;
      }
      default:
        problems.push({ name: a.name, errorCode: INVALID_REQUEST, message: `Unknown alter config operation ${String(a.op)} for ${a.name}` });
    }
  }
  return { problems, dynamic };
}

/**
 * Validates IncrementalAlterConfigs on a broker resource: `perBroker` is true for a named
 * broker and false for the cluster-wide default (empty resource name). `current` is the dynamic
 * map of that scope. Cross-key rules are checked on the would-be configuration.
 */
export function validateBrokerAlteration(
  config: BrokerConfig,
  alterations: readonly ConfigAlteration[],
  perBroker: boolean,
  current: ReadonlyMap<string, string>,
): AlterationResult {
  const { problems, dynamic } = applyOps(current, alterations, (n) => {
    const def = BROKER_CONFIG_DEF_MAP.get(n);
    return def === undefined ? undefined : def.valueType.type === 'LIST';
  });
  for (const a of alterations) {
    if (problems.some((p) => p.name === a.name)) continue;
    const def = BROKER_CONFIG_DEF_MAP.get(a.name);
    if (def === undefined) problems.push({ name: a.name, errorCode: INVALID_CONFIG, message: `Unknown broker config name: ${a.name}` });
    else if (def.dynamic === 'read-only') problems.push({ name: a.name, errorCode: INVALID_CONFIG, message: `Cannot update these configs dynamically: Set(${a.name})` });
    else if (def.dynamic === 'per-broker' && !perBroker) {
      problems.push({ name: a.name, errorCode: INVALID_CONFIG, message: `Cannot update these configs at default cluster level, broker id must be specified: Set(${a.name})` });
    } else if (dynamic.has(a.name)) {
      const raw = dynamic.get(a.name)!;
      const r = parseValue(def, raw);
      if (!r.ok) problems.push({ name: a.name, errorCode: INVALID_CONFIG, message: `Invalid value ${raw} for configuration ${a.name}: ${r.problem.slice(a.name.length + 2)}` });
    }
  }
  if (problems.length === 0) {
    const built = buildBrokerConfig({
      static: config.layers.static,
      dynamicDefault: perBroker ? config.layers.dynamicDefault : dynamic,
      dynamicBroker: perBroker ? dynamic : config.layers.dynamicBroker,
    });
    for (const p of built.problems) problems.push({ name: p.split(':')[0]!, errorCode: INVALID_CONFIG, message: p });
  }
  return { problems, dynamic };
}

/** Validates IncrementalAlterConfigs on a topic resource given the topic's current overrides. */
export function validateTopicAlteration(alterations: readonly ConfigAlteration[], current: ReadonlyMap<string, string>): AlterationResult {
  const { problems, dynamic } = applyOps(current, alterations, (n) => {
    const def = TOPIC_CONFIG_DEF_MAP.get(n);
    return def === undefined ? undefined : def.valueType.type === 'LIST';
  });
  const touched = new Set(alterations.map((a) => a.name));
  for (const p of validateTopicConfigs(new Map([...dynamic].filter(([k]) => touched.has(k))))) {
    if (!problems.some((q) => q.name === p.name)) problems.push(p);
  }
  for (const a of alterations) {
    if (a.op === AlterConfigOp.DELETE && !TOPIC_CONFIG_DEF_MAP.has(a.name) && !problems.some((p) => p.name === a.name)) {
      problems.push({ name: a.name, errorCode: INVALID_CONFIG, message: `Unknown topic config name: ${a.name}` });
    }
  }
  return { problems, dynamic };
}
