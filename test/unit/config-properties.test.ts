import t from 'tap';
import { formatProperties, parseProperties, toMap } from '../../src/config/properties.js';

t.test('separators: =, :, whitespace, and whitespace around them', async (t) => {
  const m = toMap(parseProperties('a=1\nb:2\nc 3\nd  =  4\ne\t:\t5\nf\n'));
  t.same([...m], [['a', '1'], ['b', '2'], ['c', '3'], ['d', '4'], ['e', '5'], ['f', '']]);
});

t.test('comments and blank lines are skipped, line numbers kept', async (t) => {
  const e = parseProperties('# one\n! two\n\n   \n  key = v\n');
  t.same(e, [{ key: 'key', value: 'v', line: 5 }]);
});

t.test('continuations join lines and drop the next line\'s leading whitespace', async (t) => {
  const e = parseProperties('list=a,\\\n    b,\\\n    c\nnext=1\n');
  t.same(e, [{ key: 'list', value: 'a,b,c', line: 1 }, { key: 'next', value: '1', line: 4 }]);
});

t.test('an even number of trailing backslashes is not a continuation', async (t) => {
  const m = toMap(parseProperties('path=C:\\\\\nother=x'));
  t.equal(m.get('path'), 'C:\\');
  t.equal(m.get('other'), 'x');
});

t.test('a comment line ending in a backslash does not continue', async (t) => {
  t.same([...toMap(parseProperties('# comment \\\nkey=v'))], [['key', 'v']]);
});

t.test('escapes in keys and values, including unicode', async (t) => {
  const m = toMap(parseProperties('my\\ key\\=x = tab\\there\\nnl \\u00e9\\u4e2d \\:\\#\nsnow=\\u2603'));
  t.equal(m.get('my key=x'), 'tab\there\nnl é中 :#');
  t.equal(m.get('snow'), '☃');
});

t.test('trailing whitespace of a value is kept, as in Java', async (t) => {
  t.equal(toMap(parseProperties('k=v  ')).get('k'), 'v  ');
});

t.test('CRLF and CR line endings', async (t) => {
  t.same([...toMap(parseProperties('a=1\r\nb=2\rc=3'))], [['a', '1'], ['b', '2'], ['c', '3']]);
});

t.test('malformed \\u escape is a ConfigError naming file and line', async (t) => {
  t.throws(() => parseProperties('ok=1\nbad=\\u12G4', 'x.properties'), { name: 'ConfigError', message: /x\.properties:2/ });
});

t.test('last duplicate wins in toMap', async (t) => {
  t.equal(toMap(parseProperties('k=1\nk=2')).get('k'), '2');
});

t.test('formatProperties round-trips awkward keys and values', async (t) => {
  const entries: [string, string][] = [
    ['plain', 'value'],
    ['spa ce', ' leading space'],
    ['eq=colon:', '#not a comment'],
    ['uni', 'é☃\t\n'],
    ['back', 'C:\\dir\\'],
    ['empty', ''],
  ];
  const text = formatProperties(entries, ['header']);
  t.ok(text.startsWith('#header\n'));
  t.same([...toMap(parseProperties(text))], entries);
});
