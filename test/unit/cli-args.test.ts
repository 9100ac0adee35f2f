import t from 'tap';
import { parseArgs, parseKeyValue, UsageError } from '../../src/cli/args.js';

const specs = {
  'bootstrap-server': { kind: 'string' },
  config: { kind: 'list', short: 'c' },
  describe: { kind: 'boolean' },
  offset: { kind: 'string' },
} as const;

t.test('long flags, inline values, repeats, booleans and positionals', async (t) => {
  const r = parseArgs(['--bootstrap-server', 'h:9092', 'pos1', '--config', 'a=1', '-c', 'b=2', '--describe', '--offset=-2', 'pos2'], specs);
  t.equal(r.flags['bootstrap-server'], 'h:9092');
  t.same(r.flags.config, ['a=1', 'b=2']);
  t.equal(r.flags.describe, true);
  t.equal(r.flags.offset, '-2');
  t.same(r.positionals, ['pos1', 'pos2']);
});

t.test('defaults when absent', async (t) => {
  const r = parseArgs([], specs);
  t.equal(r.flags['bootstrap-server'], undefined);
  t.same(r.flags.config, []);
  t.equal(r.flags.describe, false);
});

t.test('a value that starts with a dash is still a value', async (t) => {
  t.equal(parseArgs(['--offset', '-2'], specs).flags.offset, '-2');
});

t.test('-- ends flags', async (t) => {
  t.same(parseArgs(['--', '--describe'], specs).positionals, ['--describe']);
});

t.test('bad input is a one-line UsageError', async (t) => {
  const cases: [string[], RegExp][] = [
    [['--nope'], /^unknown option --nope$/],
    [['-x'], /^unknown option -x$/],
    [['--offset'], /^option --offset requires a value$/],
    [['--describe=yes'], /^option --describe takes no value$/],
    [['--offset', '1', '--offset', '2'], /^option --offset given more than once$/],
  ];
  for (const [argv, re] of cases) {
    t.throws(() => parseArgs(argv, specs), { name: 'UsageError', message: re }, argv.join(' '));
  }
});

t.test('parseKeyValue', async (t) => {
  t.same(parseKeyValue('config', 'a=b=c'), ['a', 'b=c']);
  t.throws(() => parseKeyValue('config', 'novalue'), UsageError);
  t.throws(() => parseKeyValue('config', '=v'), UsageError);
});
