// Issuers and their aliases. Reports name the same body in long and short
// forms (许昌市城乡一体化示范区管委会, 示范区管委会); a series is the reports of
// one issuer over the years, so every name must lead to one issuer row.
import type Database from 'better-sqlite3';
import type { IssuerSummary } from './types.js';

/**
 * Names that stand for many bodies: 省人民政府 is every province's government.
 * The structure stage qualifies them when the text names the place; a name
 * still starting with a bare level word cannot be told apart, so it never
 * becomes an alias of a longer one.
 */
const GENERIC = /^(?:省|市|区|县|州|盟|旗|自治区|自治州|人民政府|政府)/;
const SHORTEST_ALIAS = 3;

function canAbbreviate(short: string, long: string): boolean {
  return long.length > short.length && long.endsWith(short) && short.length >= SHORTEST_ALIAS && !GENERIC.test(short);
}

/** SQL for the ids of issuers whose name or an alias contains the parameter @issuer. */
export const ISSUER_MATCH = `(SELECT id FROM issuers WHERE instr(name, @issuer) > 0
  UNION SELECT issuer_id FROM issuer_aliases WHERE instr(alias, @issuer) > 0)`;

export interface Issuers {
  /** The issuer row for a report's issuer name, creating it or recording an alias when needed. */
  resolve(name: string | null): number | null;
  addAlias(alias: string, name: string): void;
  list(): IssuerSummary[];
}

export function issuers(db: Database.Database): Issuers {
  const byName = db.prepare('SELECT id FROM issuers WHERE name = ?').pluck();
  const byAlias = db.prepare('SELECT issuer_id FROM issuer_aliases WHERE alias = ?').pluck();
  const insert = db.prepare('INSERT INTO issuers (name) VALUES (?)');
  const names: Names = {
    known: (name) => (byName.get(name) ?? byAlias.get(name) ?? null) as number | null,
    canonical: (name) => (byName.get(name) as number | undefined) ?? null,
    add: (name) => Number(insert.run(name).lastInsertRowid),
    alias: db.prepare('INSERT OR REPLACE INTO issuer_aliases (alias, issuer_id) VALUES (?, ?)'),
  };
  const addAlias = aliasMerger(db, names);
  return { resolve: resolver(db, names), addAlias: (aliasName, name) => addAlias.immediate(aliasName, name), list: lister(db) };
}

/** What resolving and merging share: the issuer a name is known as, and adding names. */
interface Names {
  /** The issuer whose name or alias this is. */
  known(name: string): number | null;
  /** The issuer whose canonical name this is. */
  canonical(name: string): number | null;
  add(name: string): number;
  alias: Database.Statement<[string, number]>;
}

/** The issuer row for a report's issuer name: a known name, an alias of one longer name, the full form of one shorter name, or new. */
function resolver(db: Database.Database, names: Names): Issuers['resolve'] {
  // Suffix relations in both directions; canAbbreviate then applies the rest of the rule.
  const longer = db.prepare('SELECT id, name FROM issuers WHERE length(name) > length(@name) AND substr(name, -length(@name)) = @name');
  const shorter = db.prepare('SELECT id, name FROM issuers WHERE length(@name) > length(name) AND substr(@name, -length(name)) = name');
  const rename = db.prepare('UPDATE issuers SET name = ? WHERE id = ?');
  type Row = { id: number; name: string };

  return (name) => {
    if (name === null) return null;
    const found = names.known(name);
    if (found !== null) return found;
    // The new name is a short form of exactly one stored issuer: an alias.
    const fuller = (longer.all({ name }) as Row[]).filter((row) => canAbbreviate(name, row.name));
    if (fuller.length === 1) {
      names.alias.run(name, fuller[0]!.id);
      return fuller[0]!.id;
    }
    // A stored issuer is a short form of the new name: the full name becomes canonical.
    const shorts = (shorter.all({ name }) as Row[]).filter((row) => canAbbreviate(row.name, name));
    if (fuller.length === 0 && shorts.length === 1) {
      const { id, name: short } = shorts[0]!;
      rename.run(name, id);
      names.alias.run(short, id);
      return id;
    }
    return names.add(name);
  };
}

/** Records an alias in one transaction; an alias that was an issuer of its own brings its reports and aliases along. */
function aliasMerger(db: Database.Database, names: Names) {
  const moveReports = db.prepare('UPDATE reports SET issuer_id = ? WHERE issuer_id = ?');
  const moveAliases = db.prepare('UPDATE issuer_aliases SET issuer_id = ? WHERE issuer_id = ?');
  const remove = db.prepare('DELETE FROM issuers WHERE id = ?');
  return db.transaction((aliasName: string, name: string) => {
    const target = names.known(name) ?? names.add(name);
    const merged = names.canonical(aliasName);
    if (merged === target) return;
    if (merged !== null) {
      moveReports.run(target, merged);
      moveAliases.run(target, merged);
      remove.run(merged);
    }
    names.alias.run(aliasName, target);
  });
}

/** Every issuer with its aliases and how many reports it has. */
function lister(db: Database.Database): Issuers['list'] {
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
