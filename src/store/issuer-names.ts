// When one issuer's name is a short form of another's, for both engines.
/**
 * Names that stand for many bodies: 省人民政府 is every province's government.
 * The structure stage qualifies them when the text names the place; a name
 * still starting with a bare level word cannot be told apart, so it never
 * becomes an alias of a longer one.
 */
const GENERIC = /^(?:省|市|区|县|州|盟|旗|自治区|自治州|人民政府|政府)/;
const SHORTEST_ALIAS = 3;

/** Whether `short` may stand for `long`: a distinctive ending of it. */
export function canAbbreviate(short: string, long: string): boolean {
  return long.length > short.length && long.endsWith(short) && short.length >= SHORTEST_ALIAS && !GENERIC.test(short);
}

export interface IssuerName {
  id: number;
  name: string;
}

/** What a new issuer name becomes, given the stored names it ends or that end it. */
export type NewIssuer =
  /** A short form of exactly one stored issuer: its alias. */
  | { as: 'alias'; id: number }
  /** A stored issuer is a short form of it: the full name becomes canonical, the short one its alias. */
  | { as: 'rename'; id: number; short: string }
  | { as: 'issuer' };

export function placeNewIssuer(name: string, longer: IssuerName[], shorter: IssuerName[]): NewIssuer {
  const fuller = longer.filter((row) => canAbbreviate(name, row.name));
  if (fuller.length === 1) return { as: 'alias', id: fuller[0]!.id };
  const shorts = shorter.filter((row) => canAbbreviate(row.name, name));
  if (fuller.length === 0 && shorts.length === 1) return { as: 'rename', id: shorts[0]!.id, short: shorts[0]!.name };
  return { as: 'issuer' };
}
