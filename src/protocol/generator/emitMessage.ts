// Emits one TypeScript module per schema: the interfaces, and a decoder and encoder that take the
// version at run time. Version checks are plain integer comparisons simplified against the versions
// in which each struct can be reached, so the hot path stays branch-light.
import { type FieldSpec, type FieldType, type MessageSpec, type PrimitiveName, type StructSpec, defaultIsNull, fieldDefault } from './schema.js';
import { type Versions, condition, intersect, isEmpty, show } from './versions.js';

// Field locals share a scope with the generated code's own names and must not shadow them.
const TAKEN = new Set([
  'r', 'w', 'v', 't', 'x', 'e', 'a', 'i', 'n', 'f', 'version', 'tag', 'size', 'end', 'count',
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum',
  'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null',
  'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield',
  'let', 'static', 'implements', 'interface', 'package', 'private', 'protected', 'public', 'await', 'arguments', 'eval',
]);

function local(f: FieldSpec): string {
  return TAKEN.has(f.prop) ? `${f.prop}_` : f.prop;
}

function sel(cond: string, a: string, b: string): string {
  if (cond === 'true') return a;
  if (cond === 'false') return b;
  return `(${cond} ? ${a} : ${b})`;
}

/** A statement choosing between two statements on a condition. */
function pick(cond: string, a: string, b: string): string {
  if (cond === 'true') return a;
  if (cond === 'false') return b;
  return `if (${cond}) ${a} else ${b}`;
}

function not(cond: string): string {
  if (cond === 'true') return 'false';
  if (cond === 'false') return 'true';
  return `!(${cond})`;
}

function and(a: string, b: string): string {
  if (a === 'false' || b === 'false') return 'false';
  if (a === 'true') return b;
  if (b === 'true') return a;
  return `${a} && ${b}`;
}

function isTagged(f: FieldSpec): boolean {
  return f.tag !== undefined;
}

function isNullable(f: FieldSpec): boolean {
  return !isEmpty(f.nullableVersions);
}

class MessageEmitter {
  private readonly out: string[] = [];
  private readonly defaultFns = new Set<StructSpec>();
  private readonly isDefaultFns = new Set<StructSpec>();
  private usesEmptyBytes = false;
  private usesWriterValue = false;

  constructor(private readonly m: MessageSpec) {}

  emit(): string {
    const m = this.m;
    const body: string[] = [];
    for (const s of m.structs) body.push(this.interfaceOf(s));
    body.push(this.entryPoints());
    for (const s of m.structs) body.push(this.reader(s));
    for (const s of m.structs) body.push(this.writer(s));
    // Default helpers are discovered while emitting the above, and may discover more.
    const done = new Set<StructSpec>();
    const doneIs = new Set<StructSpec>();
    for (let progress = true; progress; ) {
      progress = false;
      for (const s of m.structs) {
        if (this.defaultFns.has(s) && !done.has(s)) {
          done.add(s);
          body.push(this.defaultFactory(s));
          progress = true;
        }
        if (this.isDefaultFns.has(s) && !doneIs.has(s)) {
          doneIs.add(s);
          body.push(this.defaultTest(s));
          progress = true;
        }
      }
    }
    const head: string[] = [
      `// Generated from ${m.dir}/${m.name}.json by src/protocol/generator: do not edit, regenerate.`,
      `import { ProtocolDecodeError } from '../../decodeError.js';`,
      `import { UnsupportedVersionError } from '../../kafkaErrors.js';`,
      `import type { Reader } from '../../reader.js';`,
    ];
    if (m.structs.some((s) => s.hasRecords)) head.push(`import type { Records } from '../../records.js';`);
    head.push(this.usesWriterValue ? `import { Writer } from '../../writer.js';` : `import type { Writer } from '../../writer.js';`);
    if (this.usesEmptyBytes) head.push('', 'const EMPTY_BYTES = Buffer.alloc(0);');
    return `${head.join('\n')}\n\n${body.join('\n\n')}\n`;
  }

  // ---- types -------------------------------------------------------------------------------

  private structRef(s: StructSpec, r: string): string {
    return s.hasRecords ? `${s.name}<${r}>` : s.name;
  }

  private typeOf(t: FieldType, r: string): string {
    if (t.kind === 'struct') return this.structRef(t.struct, r);
    if (t.kind === 'array') {
      const el = t.element.kind === 'struct' ? this.structRef(t.element.struct, r) : this.primitiveType(t.element.name, r);
      return `${el}[]`;
    }
    return this.primitiveType(t.name, r);
  }

  private primitiveType(p: PrimitiveName, r: string): string {
    switch (p) {
      case 'int64':
        return 'bigint';
      case 'bool':
        return 'boolean';
      case 'string':
      case 'uuid':
        return 'string';
      case 'bytes':
        return 'Buffer';
      case 'records':
        return r;
      default:
        return 'number';
    }
  }

  private fieldType(f: FieldSpec, r: string): string {
    const t = this.typeOf(f.type, r);
    return isNullable(f) ? `${t} | null` : t;
  }

  private interfaceOf(s: StructSpec): string {
    const lines: string[] = [];
    const about = s === this.m.root ? `${this.m.name} (${this.m.type}), versions ${show(this.m.validVersions)}` : undefined;
    if (about) lines.push(`/** ${about}. */`);
    lines.push(`export interface ${s.name}${s.hasRecords ? '<R extends Records = Records>' : ''} {`);
    for (const f of s.fields) {
      const notes: string[] = [];
      if (f.about) notes.push(f.about.replace(/\*\//g, '*\\/'));
      notes.push(`Versions ${show(f.versions)}${isTagged(f) ? `, tagged (tag ${f.tag}) in ${show(f.taggedVersions)}` : ''}${isNullable(f) ? `, nullable in ${show(f.nullableVersions)}` : ''}.`);
      lines.push(`  /** ${notes.join(' ')} */`);
      lines.push(`  ${f.prop}${isTagged(f) ? '?' : ''}: ${this.fieldType(f, 'R')};`);
    }
    lines.push('}');
    return lines.join('\n');
  }

  // ---- defaults ----------------------------------------------------------------------------

  private defaultOf(f: FieldSpec, at: string): string {
    const d = fieldDefault(f, at);
    switch (d.kind) {
      case 'null':
        return 'null';
      case 'number':
      case 'boolean':
        return String(d.value);
      case 'bigint':
        return `${d.value}n`;
      case 'string':
        return JSON.stringify(d.value);
      case 'emptyBytes':
        this.usesEmptyBytes = true;
        return 'EMPTY_BYTES';
      case 'emptyArray':
        return '[]';
      case 'struct':
        this.defaultFns.add(d.struct);
        return `default${d.struct.name}()`;
    }
  }

  /** A boolean expression: is `val` the field's default (or, for a tagged field, unset)? */
  private isDefault(f: FieldSpec, val: string, at: string): string {
    const t = f.type;
    let test: string;
    const emptyTest = isNullable(f) ? `(${val} !== null && ${val}.length === 0)` : `${val}.length === 0`;
    if (t.kind === 'array') {
      test = defaultIsNull(f) ? `${val} === null` : emptyTest;
    } else if (t.kind === 'struct') {
      if (defaultIsNull(f)) {
        test = `${val} === null`;
      } else {
        this.isDefaultFns.add(t.struct);
        test = isNullable(f) ? `(${val} !== null && isDefault${t.struct.name}(${val}))` : `isDefault${t.struct.name}(${val})`;
      }
    } else if (t.name === 'records') {
      test = `${val} === null`;
    } else if (t.name === 'bytes') {
      test = defaultIsNull(f) ? `${val} === null` : emptyTest;
    } else {
      test = `${val} === ${this.defaultOf(f, at)}`;
    }
    return isTagged(f) ? `(${val} === undefined || ${test})` : test;
  }

  private defaultFactory(s: StructSpec): string {
    const lines = [`function default${s.name}(): ${this.structRef(s, 'Buffer')} {`, '  return {'];
    for (const f of s.fields) lines.push(`    ${f.prop}: ${this.defaultOf(f, `${s.name}.${f.name}`)},`);
    lines.push('  };', '}');
    return lines.join('\n');
  }

  private defaultTest(s: StructSpec): string {
    const tests = s.fields.map((f) => this.isDefault(f, `v.${f.prop}`, `${s.name}.${f.name}`));
    const body = tests.length === 0 ? 'true' : tests.join(' &&\n    ');
    return `function isDefault${s.name}(v: ${s.name}): boolean {\n  return ${body};\n}`;
  }

  // ---- entry points ------------------------------------------------------------------------

  private entryPoints(): string {
    const m = this.m;
    const root = m.root;
    const lo = m.validVersions.lo;
    const hi = m.validVersions.hi;
    return [
      `export function decode${m.name}(r: Reader, version: number): ${this.structRef(root, 'Buffer')} {`,
      `  if (!(version >= ${lo} && version <= ${hi})) {`,
      `    throw new ProtocolDecodeError(\`unsupported version \${version} (valid: ${show(m.validVersions)})\`, { api: '${m.name}', version });`,
      '  }',
      '  try {',
      `    return read${root.name}(r, version);`,
      '  } catch (e) {',
      `    throw ProtocolDecodeError.inMessage(e, '${m.name}', version);`,
      '  }',
      '}',
      '',
      `export function encode${m.name}(w: Writer, v: ${this.structRef(root, 'Records')}, version: number): void {`,
      `  if (!(version >= ${lo} && version <= ${hi})) {`,
      `    throw new UnsupportedVersionError(\`${m.name} has no version \${version} (valid: ${show(m.validVersions)})\`);`,
      '  }',
      `  write${root.name}(w, v, version);`,
      '}',
    ].join('\n');
  }

  // ---- decoding ----------------------------------------------------------------------------

  private compactCond(f: FieldSpec, context: Versions): string {
    return condition(f.flexibleVersions ?? this.m.flexibleVersions, context);
  }

  private readPrimitive(p: PrimitiveName, compact: string, nullable: string): string {
    switch (p) {
      case 'string':
        return sel(compact, sel(nullable, 'r.compactNullableString()', 'r.compactString()'), sel(nullable, 'r.nullableString()', 'r.string()'));
      case 'bytes':
        return sel(compact, sel(nullable, 'r.compactNullableBytes()', 'r.compactBytes()'), sel(nullable, 'r.nullableBytes()', 'r.bytes()'));
      case 'records':
        return sel(nullable, `r.records(${compact})`, sel(compact, 'r.compactBytes()', 'r.bytes()'));
      default:
        return `r.${p}()`;
    }
  }

  /** Statements that read field `f` into `target`, at versions within `context`. */
  private readInto(f: FieldSpec, target: string, context: Versions, tagged: boolean, indent: string): string[] {
    const compact = this.compactCond(f, context);
    const nullable = condition(f.nullableVersions, context);
    const t = f.type;
    if (t.kind === 'primitive') return [`${indent}${target} = ${this.readPrimitive(t.name, compact, nullable)};`];
    if (t.kind === 'struct') {
      const marker = tagged ? 'r.uvarint() === 0' : 'r.int8() < 0';
      const read = `read${t.struct.name}(r, version)`;
      if (nullable === 'false') return [`${indent}${target} = ${read};`];
      return [`${indent}${target} = ${nullable === 'true' ? '' : `(${nullable}) && `}${marker} ? null : ${read};`];
    }
    const el = t.element;
    const elType = el.kind === 'struct' ? this.structRef(el.struct, 'Buffer') : this.primitiveType(el.name, 'Buffer');
    const elRead = el.kind === 'struct' ? `read${el.struct.name}(r, version)` : this.readPrimitive(el.name, compact, 'false');
    const onNull =
      nullable === 'true'
        ? `${target} = null;`
        : nullable === 'false'
          ? `throw new ProtocolDecodeError('null in a non-nullable array');`
          : `if (${nullable}) ${target} = null; else throw new ProtocolDecodeError('null in a non-nullable array');`;
    return [
      `${indent}{`,
      `${indent}  const n = r.arrayLength(${compact});`,
      `${indent}  if (n < 0) {`,
      `${indent}    ${onNull}`,
      `${indent}  } else {`,
      `${indent}    const a: ${elType}[] = [];`,
      `${indent}    for (let i = 0; i < n; i++) a.push(${elRead});`,
      `${indent}    ${target} = a;`,
      `${indent}  }`,
      `${indent}}`,
    ];
  }

  private reader(s: StructSpec): string {
    const m = this.m;
    const ctx = s.reachable;
    const at = (f: FieldSpec): string => `${s.name}.${f.name}`;
    const lines: string[] = [`function read${s.name}(r: Reader, version: number): ${this.structRef(s, 'Buffer')} {`];
    const first = s.fields[0];
    let current = first ? first.prop : '';
    lines.push(`  let f = '${current}';`);
    lines.push('  try {');
    for (const f of s.fields) {
      const name = local(f);
      const type = this.fieldType(f, 'Buffer');
      const within = intersect(ctx, f.mandatoryVersions);
      const present = condition(f.mandatoryVersions, ctx);
      const mutable = present !== 'true' || isTagged(f);
      if (present === 'false') {
        lines.push(`    ${mutable && isTagged(f) ? 'let' : 'const'} ${name}: ${type} = ${this.defaultOf(f, at(f))};`);
        continue;
      }
      if (f.prop !== current) lines.push(`    f = '${f.prop}';`);
      current = f.prop;
      if (!mutable && f.type.kind !== 'array') {
        lines.push(...this.readInto(f, `const ${name}: ${type}`, within, false, '    '));
        continue;
      }
      if (present === 'true') {
        lines.push(`    let ${name}: ${type};`);
        lines.push(...this.readInto(f, name, within, false, '    '));
      } else {
        lines.push(`    let ${name}: ${type} = ${this.defaultOf(f, at(f))};`);
        lines.push(`    if (${present}) {`);
        lines.push(...this.readInto(f, name, within, false, '      '));
        lines.push('    }');
      }
    }
    const flexible = condition(m.flexibleVersions, ctx);
    const tagged = s.fields.filter((f) => isTagged(f) && !isEmpty(intersect(f.taggedVersions, ctx)));
    if (flexible !== 'false') {
      const ind = flexible === 'true' ? '    ' : '      ';
      if (flexible !== 'true') lines.push(`    if (${flexible}) {`);
      if (tagged.length === 0) {
        lines.push(`${ind}r.skipTaggedFields();`);
      } else {
        lines.push(`${ind}const count = r.uvarint();`);
        lines.push(`${ind}for (let i = 0; i < count; i++) {`);
        lines.push(`${ind}  const tag = r.uvarint();`);
        lines.push(`${ind}  const size = r.uvarint();`);
        lines.push(`${ind}  const end = r.taggedFieldEnd(size);`);
        lines.push(`${ind}  switch (tag) {`);
        for (const f of [...tagged].sort((a, b) => a.tag! - b.tag!)) {
          const within = intersect(ctx, f.taggedVersions);
          const cond = condition(f.taggedVersions, intersect(ctx, m.flexibleVersions));
          lines.push(`${ind}    case ${f.tag}:`);
          lines.push(`${ind}      if (${cond}) {`);
          lines.push(`${ind}        f = '${f.prop}';`);
          lines.push(...this.readInto(f, local(f), within, true, `${ind}        `));
          lines.push(`${ind}        r.endTaggedField(tag, end);`);
          lines.push(`${ind}        break;`);
          lines.push(`${ind}      }`);
          lines.push(`${ind}      r.skip(size);`);
          lines.push(`${ind}      break;`);
        }
        lines.push(`${ind}    default:`);
        lines.push(`${ind}      r.skip(size);`);
        lines.push(`${ind}  }`);
        lines.push(`${ind}}`);
      }
      if (flexible !== 'true') lines.push('    }');
    }
    const props = s.fields.map((f) => (local(f) === f.prop ? f.prop : `${f.prop}: ${local(f)}`));
    lines.push(`    return { ${props.join(', ')} };`);
    lines.push('  } catch (e) {');
    lines.push('    throw ProtocolDecodeError.inField(e, f);');
    lines.push('  }');
    lines.push('}');
    return lines.join('\n');
  }

  // ---- encoding ----------------------------------------------------------------------------

  private unsupported(f: FieldSpec, s: StructSpec, what: string): string {
    const path = s === this.m.root ? f.prop : `${s.name}.${f.prop}`;
    return `throw new UnsupportedVersionError(\`${this.m.name} v\${version} ${what} field ${path}\`)`;
  }

  /** Statements writing value `x` (an expression free of side effects) of field f to writer `wv`. */
  private writeValue(f: FieldSpec, s: StructSpec, x: string, wv: string, context: Versions, tagged: boolean, indent: string): string[] {
    const compact = this.compactCond(f, context);
    const nullable = condition(f.nullableVersions, context);
    const tsNullable = isNullable(f);
    const t = f.type;
    const out: string[] = [];
    const nullCheck = (): void => {
      if (tsNullable && nullable !== 'true') {
        out.push(`${indent}if (${x} === null${nullable === 'false' ? '' : ` && !(${nullable})`}) ${this.unsupported(f, s, 'cannot express null in')};`);
      }
    };
    if (t.kind === 'primitive') {
      switch (t.name) {
        case 'string':
          nullCheck();
          if (tsNullable) out.push(indent + pick(compact, `${wv}.compactNullableString(${x});`, `${wv}.nullableString(${x});`));
          else out.push(indent + pick(compact, `${wv}.compactString(${x});`, `${wv}.string(${x});`));
          break;
        case 'bytes':
          nullCheck();
          if (tsNullable) out.push(indent + pick(compact, `${wv}.compactNullableBytes(${x});`, `${wv}.nullableBytes(${x});`));
          else out.push(indent + pick(compact, `${wv}.compactBytes(${x});`, `${wv}.bytes(${x});`));
          break;
        case 'records':
          nullCheck();
          out.push(`${indent}${wv}.records(${x}, ${compact});`);
          break;
        default:
          out.push(`${indent}${wv}.${t.name}(${x});`);
      }
      return out;
    }
    if (t.kind === 'struct') {
      const write = `write${t.struct.name}(${wv}, ${x}, version);`;
      if (!tsNullable) return [`${indent}${write}`];
      const [nullMark, presentMark] = tagged ? [`${wv}.uvarint(0);`, `${wv}.uvarint(1);`] : [`${wv}.int8(-1);`, `${wv}.int8(1);`];
      const onNull = nullable === 'true' ? nullMark : nullable === 'false' ? `${this.unsupported(f, s, 'cannot express null in')};` : `if (!(${nullable})) ${this.unsupported(f, s, 'cannot express null in')}; ${nullMark}`;
      const mark = nullable === 'true' ? `${presentMark} ` : nullable === 'false' ? '' : `if (${nullable}) ${presentMark} `;
      return [
        `${indent}if (${x} === null) {`,
        `${indent}  ${onNull}`,
        `${indent}} else {`,
        `${indent}  ${mark}${write}`,
        `${indent}}`,
      ];
    }
    const el = t.element;
    let elWrite: string;
    if (el.kind === 'struct') {
      elWrite = `write${el.struct.name}(${wv}, e, version);`;
    } else if (el.name === 'string') {
      elWrite = pick(compact, `${wv}.compactString(e);`, `${wv}.string(e);`);
    } else if (el.name === 'bytes') {
      elWrite = pick(compact, `${wv}.compactBytes(e);`, `${wv}.bytes(e);`);
    } else {
      elWrite = `${wv}.${el.name}(e);`;
    }
    const body = [`${indent}  ${wv}.arrayLength(${x}.length, ${compact});`, `${indent}  for (const e of ${x}) ${elWrite}`];
    if (!tsNullable) return [`${indent}{`, ...body, `${indent}}`];
    const nullWrite = nullable === 'false' ? `${this.unsupported(f, s, 'cannot express null in')};` : `${nullable === 'true' ? '' : `if (!(${nullable})) ${this.unsupported(f, s, 'cannot express null in')}; `}${wv}.arrayLength(-1, ${compact});`;
    return [`${indent}if (${x} === null) {`, `${indent}  ${nullWrite}`, `${indent}} else {`, ...body, `${indent}}`];
  }

  private writer(s: StructSpec): string {
    const m = this.m;
    const ctx = s.reachable;
    const lines: string[] = [`function write${s.name}(w: Writer, v: ${this.structRef(s, 'Records')}, version: number): void {`];
    for (const f of s.fields) {
      const at = `${s.name}.${f.name}`;
      const present = condition(f.mandatoryVersions, ctx);
      const exists = condition(f.versions, ctx);
      const needsValue = present !== 'false';
      if (needsValue) {
        const within = intersect(ctx, f.mandatoryVersions);
        const x = `v.${f.prop}`;
        if (present === 'true') {
          lines.push(...this.writeValue(f, s, x, 'w', within, false, '  '));
        } else {
          lines.push(`  if (${present}) {`);
          lines.push(...this.writeValue(f, s, x, 'w', within, false, '    '));
          lines.push('  }');
        }
      }
      if (!f.ignorable && exists !== 'true') {
        const absent = not(exists);
        lines.push(`  if (${and(absent, `!(${this.isDefault(f, `v.${f.prop}`, at)})`)}) ${this.unsupported(f, s, 'cannot express a non-default value in')};`);
      }
    }
    const flexible = condition(m.flexibleVersions, ctx);
    if (flexible !== 'false') {
      const tagged = s.fields
        .filter((f) => isTagged(f) && !isEmpty(intersect(f.taggedVersions, ctx)))
        .sort((a, b) => a.tag! - b.tag!);
      const ind = flexible === 'true' ? '  ' : '    ';
      if (flexible !== 'true') lines.push(`  if (${flexible}) {`);
      if (tagged.length === 0) {
        lines.push(`${ind}w.uvarint(0);`);
      } else {
        this.usesWriterValue = true;
        const flexCtx = intersect(ctx, m.flexibleVersions);
        for (const f of tagged) {
          const cond = condition(f.taggedVersions, flexCtx);
          lines.push(`${ind}const tag${f.tag} = ${and(cond, `!${this.isDefault(f, `v.${f.prop}`, `${s.name}.${f.name}`)}`)};`);
        }
        lines.push(`${ind}w.uvarint(${tagged.map((f) => `(tag${f.tag} ? 1 : 0)`).join(' + ')});`);
        for (const f of tagged) {
          const within = intersect(ctx, f.taggedVersions);
          lines.push(`${ind}if (tag${f.tag}) {`);
          lines.push(`${ind}  const t = new Writer(64);`);
          lines.push(...this.writeValue(f, s, `v.${f.prop}!`, 't', within, true, `${ind}  `));
          lines.push(`${ind}  w.taggedField(${f.tag}, t);`);
          lines.push(`${ind}}`);
        }
      }
      if (flexible !== 'true') lines.push('  }');
    }
    lines.push('}');
    return lines.join('\n');
  }
}

export function emitMessage(m: MessageSpec): string {
  return new MessageEmitter(m).emit();
}
