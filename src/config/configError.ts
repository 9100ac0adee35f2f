/**
 * An invalid configuration. `problems` holds one human-readable line per mistake, so a user
 * fixing a server.properties file sees every error at once, not only the first.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}
