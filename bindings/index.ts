// The one typed face of the native addon: no other module loads the .node file.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface NativeAddon {
  abiVersion: number;
}

function load(): NativeAddon {
  for (const rel of ['../build/Release/runnel_native.node', '../../build/Release/runnel_native.node']) {
    try {
      return require(rel) as NativeAddon;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw err;
    }
  }
  throw new Error('runnel native addon not built: run `npm install` (node-gyp rebuild)');
}

export const native: NativeAddon = load();
