/** Consecutive years of one body among file names or paths: `beijing-gwr-2025.txt` with `beijing-gwr-2026.txt`, in the names' order. */
export function yearPairs(names: Iterable<string>): Array<[string, string]> {
  const all = new Set(names);
  return [...all].flatMap((name): Array<[string, string]> => {
    const match = /^(.*-)(\d{4})\.txt$/.exec(name);
    const next = match && `${match[1]}${Number(match[2]) + 1}.txt`;
    return next && all.has(next) ? [[name, next]] : [];
  });
}
