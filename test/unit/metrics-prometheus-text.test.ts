// The strict Prometheus text parser the metrics tests rely on: it reads what prom-client writes,
// escapes included, and refuses each way an exposition can be malformed.
import t from 'tap';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { parsePrometheusText, parseValue, sampleValue } from '../helpers/prometheusText.js';

t.test('reads prom-client output, unescaping HELP and label values', async (t) => {
  const registry = new Registry();
  const g = new Gauge({ name: 'x_gauge', help: 'a \\ backslash\nand a newline', labelNames: ['l'], registers: [registry] });
  g.labels('quote " backslash \\ newline \n end').set(-2.5);
  g.labels('inf').set(Infinity);
  new Counter({ name: 'x_total', help: 'c', registers: [registry] }).inc(3);
  new Histogram({ name: 'x_seconds', help: 'h', labelNames: ['api'], buckets: [0.1, 1], registers: [registry] }).labels('a').observe(0.5);
  const families = parsePrometheusText(await registry.metrics());
  t.equal(families.get('x_gauge')?.help, 'a \\ backslash\nand a newline');
  t.equal(sampleValue(families, 'x_gauge', { l: 'quote " backslash \\ newline \n end' }), -2.5);
  t.equal(sampleValue(families, 'x_gauge', { l: 'inf' }), Infinity);
  t.equal(sampleValue(families, 'x_total'), 3);
  t.equal(families.get('x_total')?.type, 'counter');
  t.equal(families.get('x_seconds')?.type, 'histogram');
  t.equal(sampleValue(families, 'x_seconds_bucket', { api: 'a', le: '0.1' }), 0);
  t.equal(sampleValue(families, 'x_seconds_bucket', { api: 'a', le: '1' }), 1);
  t.equal(sampleValue(families, 'x_seconds_count', { api: 'a' }), 1);
  t.throws(() => sampleValue(families, 'x_gauge'), /found 2/, 'an ambiguous lookup is refused');
});

t.test('values follow Go ParseFloat', async (t) => {
  t.equal(parseValue('1e3'), 1000);
  t.equal(parseValue('-.5'), -0.5);
  t.equal(parseValue('+Inf'), Infinity);
  t.equal(parseValue('-inf'), -Infinity);
  t.ok(Number.isNaN(parseValue('NaN')));
  t.equal(parseValue('1,5'), null);
  t.equal(parseValue('0x'), null);
  t.equal(parseValue(''), null);
});

t.test('accepts comments, blank lines, timestamps and a trailing comma in labels', async (t) => {
  const families = parsePrometheusText('# a comment\n\n# TYPE a gauge\na{x="1",} 2 1700000000000\n');
  t.same(families.get('a')?.samples, [{ name: 'a', labels: { x: '1' }, value: 2, timestamp: 1700000000000 }]);
});

const bad: Array<[string, string, RegExp]> = [
  ['no final newline', '# TYPE a gauge\na 1', /newline/],
  ['bad metric name', '1a 1\n', /invalid metric name/],
  ['bad label name', 'a{1x="v"} 1\n', /invalid label name/],
  ['reserved label name', 'a{__name__="v"} 1\n', /reserved/],
  ['repeated label', 'a{x="1",x="2"} 1\n', /repeated/],
  ['unquoted label value', 'a{x=1} 1\n', /lacks ="value"/],
  ['unterminated label value', 'a{x="1} 1\n', /unterminated|expected/],
  ['bad escape in a label value', 'a{x="\\t"} 1\n', /invalid escape/],
  ['bad escape in HELP', '# HELP a bad \\t\n', /invalid escape/],
  ['missing value', 'a\n', /expected a value/],
  ['bad value', 'a one\n', /invalid value/],
  ['bad timestamp', 'a 1 1.5\n', /invalid timestamp/],
  ['trailing garbage', 'a 1 2 3\n', /expected a value/],
  ['unknown type', '# TYPE a meter\n', /unknown type/],
  ['second TYPE', '# TYPE a gauge\n# TYPE a gauge\n', /second TYPE/],
  ['second HELP', '# HELP a x\n# HELP a y\n', /second HELP/],
  ['TYPE after samples', 'a 1\n# TYPE a gauge\n', /after its samples/],
  ['family split in two', '# TYPE a gauge\na 1\n# TYPE b gauge\nb 1\na{x="1"} 2\n', /two separate groups/],
  ['duplicate series', 'a{x="1",y="2"} 1\na{y="2",x="1"} 2\n', /duplicate series/],
  ['negative counter', '# TYPE c counter\nc -1\n', /non-negative/],
  ['histogram without +Inf', '# TYPE h histogram\nh_bucket{le="1"} 1\nh_sum 1\nh_count 1\n', /\+Inf/],
  ['histogram not cumulative', '# TYPE h histogram\nh_bucket{le="1"} 2\nh_bucket{le="2"} 1\nh_bucket{le="+Inf"} 2\nh_sum 1\nh_count 2\n', /cumulative/],
  ['histogram +Inf differs from _count', '# TYPE h histogram\nh_bucket{le="+Inf"} 2\nh_sum 1\nh_count 3\n', /differs/],
  ['histogram without _sum', '# TYPE h histogram\nh_bucket{le="+Inf"} 2\nh_count 2\n', /_count or _sum/],
  ['histogram bucket without le', '# TYPE h histogram\nh_bucket 2\nh_sum 1\nh_count 2\n', /le label/],
  ['histogram plain sample', '# TYPE h histogram\nh 2\n', /without _bucket/],
];
for (const [what, text, error] of bad) {
  t.test(`refuses: ${what}`, async (t) => {
    t.throws(() => parsePrometheusText(text), error);
  });
}
