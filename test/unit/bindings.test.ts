import t from 'tap';
import { native } from '../../bindings/index.js';

t.test('the native addon loads through bindings/', async (t) => {
  t.equal(typeof native.abiVersion, 'number');
});
