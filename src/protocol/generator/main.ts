// CLI: regenerate src/protocol/generated from the Kafka schemas.
//   node dist/src/protocol/generator/main.js [schemaDir] [outDir]
// schemaDir defaults to ../shared/kafka-protocol beside the repository, outDir to src/protocol/generated.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.js';

export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the repository root (no package.json above the generator)');
    dir = up;
  }
  return dir;
}

export function defaultSchemaDir(): string {
  return resolve(repoRoot(), '..', 'shared', 'kafka-protocol');
}

function main(): void {
  const inputDir = resolve(process.argv[2] ?? defaultSchemaDir());
  const outDir = resolve(process.argv[3] ?? join(repoRoot(), 'src', 'protocol', 'generated'));
  const files = generate(inputDir);
  // Start from an empty tree so a schema that disappears takes its module with it.
  if (existsSync(outDir)) for (const entry of readdirSync(outDir)) rmSync(join(outDir, entry), { recursive: true });
  for (const [rel, content] of files) {
    const path = join(outDir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  process.stdout.write(`generated ${files.size} files from ${inputDir} into ${outDir}\n`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
