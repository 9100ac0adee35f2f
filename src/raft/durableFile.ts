/**
 * Write-temp-then-rename: the bytes go to `temporary`, are fsynced, renamed over `file`, and the
 * directory is fsynced. A crash at any point leaves the old file (and perhaps a stray temporary)
 * or the new one, never a torn file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fsyncDirectory } from '../../bindings/index.js';

export async function replaceFileDurably(file: string, temporary: string, content: string | Buffer): Promise<void> {
  const handle = await fs.promises.open(temporary, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.promises.rename(temporary, file);
  await fsyncDirectory(path.dirname(file));
}
