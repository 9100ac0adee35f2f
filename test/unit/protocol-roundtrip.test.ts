// decode(encode(x)) equals x for every schema at every valid version, on values generated from the
// schema model: fields present in the version carry random values, the others their defaults
// (which is what decoding yields for them).
import { deepStrictEqual } from 'node:assert';
import fc from 'fast-check';
import t from 'tap';
import { Reader } from '../../src/protocol/reader.js';
import { Writer } from '../../src/protocol/writer.js';
import { codecOf, loadModel, structArb, versionsOf } from './protocol-model.js';

const model = loadModel();

t.test('the model covers every schema directory', async (t) => {
  t.ok(model.filter((m) => m.dir === 'messages').length > 150, 'messages');
  t.ok(model.some((m) => m.dir === 'records'), 'records');
  t.ok(model.some((m) => m.dir === 'metadata'), 'metadata');
});

let pairs = 0;
for (const m of model) {
  t.test(m.name, async (t) => {
    const codec = codecOf(m);
    for (const version of versionsOf(m)) {
      pairs++;
      fc.assert(
        fc.property(structArb(m.root, version), (x) => {
          const w = new Writer(32);
          codec.encode(w, x, version);
          const bytes = Buffer.concat(w.finish());
          const r = new Reader(bytes);
          const back = codec.decode(r, version);
          deepStrictEqual(back, x);
          deepStrictEqual(r.remaining(), 0);
        }),
        { numRuns: 12, seed: 0x5eed + version },
      );
    }
    t.pass(`${m.name} versions ${m.validVersions.lo}-${m.validVersions.hi} round-trip`);
  });
}

t.test('count', async (t) => {
  t.ok(pairs > 700, `${pairs} (schema, version) pairs checked`);
});
