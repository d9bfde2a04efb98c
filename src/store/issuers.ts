// Issuers and their aliases. Reports name the same body in long and short
// forms (许昌市城乡一体化示范区管委会, 示范区管委会); a series is the reports of
// one issuer over the years, so every name must lead to one issuer row.
import type Database from 'better-sqlite3';
import { type IssuerName, placeNewIssuer } from './issuer-names.js';
import type { IssuerSummary } from './types.js';

/** SQL for the ids of issuers whose name or an alias contains the parameter @issuer. */
export const ISSUER_MATCH = `(SELECT id FROM issuers WHERE instr(name, @issuer) > 0
  UNION SELECT issuer_id FROM issuer_aliases WHERE instr(alias, @issuer) > 0)`;

export interface Issuers {
  /** The issuer row for a report's issuer name, creating it or recording an alias when needed. */
  resolve(name: string | null): number | null;
  addAlias(alias: string, name: string): void;
  list(): IssuerSummary[];
  /** How many times resolve gave an existing issuer another name (which moves its reports in listings). */
  renamed(): number;
}

export function issuers(db: Database.Database): Issuers {
  const byName = db.prepare('SELECT id FROM issuers WHERE name = ?').pluck();
  const byAlias = db.prepare('SELECT issuer_id FROM issuer_aliases WHERE alias = ?').pluck();
  // Suffix relations in both directions; placeNewIssuer then applies the rest of the rule.
  const longer = db.prepare('SELECT id, name FROM issuers WHERE length(name) > length(@name) AND substr(name, -length(@name)) = @name');
  const shorter = db.prepare('SELECT id, name FROM issuers WHERE length(@name) > length(name) AND substr(@name, -length(name)) = name');
  const insert = db.prepare('INSERT INTO issuers (name) VALUES (?)');
  const rename = db.prepare('UPDATE issuers SET name = ? WHERE id = ?');
  const alias = db.prepare('INSERT OR REPLACE INTO issuer_aliases (alias, issuer_id) VALUES (?, ?)');
  const moveReports = db.prepare('UPDATE reports SET issuer_id = ? WHERE issuer_id = ?');
  const moveAliases = db.prepare('UPDATE issuer_aliases SET issuer_id = ? WHERE issuer_id = ?');
  const remove = db.prepare('DELETE FROM issuers WHERE id = ?');

  const known = (name: string) => (byName.get(name) ?? byAlias.get(name) ?? null) as number | null;

  let renamed = 0;
  function resolve(name: string | null): number | null {
    if (name === null) return null;
    const found = known(name);
    if (found !== null) return found;
    const place = placeNewIssuer(name, longer.all({ name }) as IssuerName[], shorter.all({ name }) as IssuerName[]);
    if (place.as !== 'issuer') renamed++;
    if (place.as === 'alias') {
      alias.run(name, place.id);
      return place.id;
    }
    if (place.as === 'rename') {
      rename.run(name, place.id);
      alias.run(place.short, place.id);
      return place.id;
    }
    return Number(insert.run(name).lastInsertRowid);
  }

  const addAlias = db.transaction((aliasName: string, name: string) => {
    const target = known(name) ?? Number(insert.run(name).lastInsertRowid);
    const merged = byName.get(aliasName) as number | undefined;
    if (merged === target) return;
    if (merged !== undefined) {
      moveReports.run(target, merged);
      moveAliases.run(target, merged);
      remove.run(merged);
    }
    alias.run(aliasName, target);
  });

  return {
    resolve,
    renamed: () => renamed,
    addAlias: (aliasName, name) => addAlias.immediate(aliasName, name),
    list: issuerList(db),
  };
}

/** Every issuer by name, with its aliases and how many reports it has. */
function issuerList(db: Database.Database): Issuers['list'] {
  const summaries = db.prepare(
    `SELECT i.id, i.name,
       (SELECT json_group_array(alias) FROM (SELECT alias FROM issuer_aliases WHERE issuer_id = i.id ORDER BY alias)) AS aliases,
       (SELECT count(*) FROM reports WHERE issuer_id = i.id) AS reports
     FROM issuers i ORDER BY i.name`,
  );
  return () =>
    (summaries.all() as Array<{ id: number; name: string; aliases: string; reports: number }>).map((row) => ({
      ...row,
      aliases: JSON.parse(row.aliases) as string[],
    }));
}
