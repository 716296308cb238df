/** The value after `--name` on the command line (`--seconds 10`), or the fallback. */
export function cliArg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}
