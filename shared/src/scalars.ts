/**
 * The `Date` and `DateTime` scalars every subgraph declares. `Date` is
 * graphql-scalars' LocalDate (a calendar date, YYYY-MM-DD); `DateTime` is an
 * RFC 3339 instant with its offset. Both travel as the strings the hub stores,
 * unchanged, so a value reads the same as before it had a type; on input a bad
 * value is refused before any resolver runs, with BAD_USER_INPUT and the format.
 */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { isValidLearnerId } from './validation.ts';

const refuse = (name: string, format: string, value: unknown) =>
  new GraphQLError(`${name} must be ${format}; got ${JSON.stringify(value) ?? String(value)}`, { extensions: { code: 'BAD_USER_INPUT' } });

function scalar(name: string, description: string, specifiedByURL: string, format: string, accepts: (text: string) => boolean): GraphQLScalarType<string, string> {
  const checked = (value: unknown): string => {
    if (typeof value !== 'string' || !accepts(value)) throw refuse(name, format, value);
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    specifiedByURL,
    serialize: checked,
    parseValue: checked,
    parseLiteral: (ast: ValueNode) => checked(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

const isLocalDate = (text: string): boolean => {
  try {
    return LocalDateResolver.parseValue(text) === text;
  } catch {
    return false;
  }
};

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const isDateTime = (text: string): boolean => RFC3339.test(text) && isLocalDate(text.slice(0, 10)) && !Number.isNaN(Date.parse(text));

export const DateScalar = scalar(
  'Date',
  'A calendar date, YYYY-MM-DD (RFC 3339 full-date), e.g. 2026-09-01.',
  'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  'a calendar date written YYYY-MM-DD, e.g. 2026-09-01',
  isLocalDate,
);

export const DateTimeScalar = scalar(
  'DateTime',
  'An instant, as an RFC 3339 date-time with its offset, e.g. 2026-09-01T08:30:00.000Z or 2026-09-01T16:30:00+08:00.',
  'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  'an RFC 3339 date-time with an offset, e.g. 2026-09-01T08:30:00Z',
  isDateTime,
);

/** The resolvers of both scalars, for a subgraph's resolver map. */
export const dateScalars = { Date: DateScalar, DateTime: DateTimeScalar };

/** A hub-wide learner id, checked like every other learner id (GB 11643's MOD 11-2 check character). */
export const LearnerIdScalar = scalar(
  'LearnerId',
  'A hub-wide learner id: GT, the cohort year and a 5-digit serial, and a MOD 11-2 check character, e.g. GT202200001X.',
  'https://en.wikipedia.org/wiki/ISO/IEC_7064',
  'a Guantong learner id: GT, 9 digits and a check character, e.g. GT202200001X',
  isValidLearnerId,
);

const CHECKED = [DateScalar, DateTimeScalar, LearnerIdScalar];

/**
 * Gives a schema built from SDL alone (the gateway's API schema) the input
 * checks of these scalars, so a malformed variable is refused at the gateway
 * with BAD_USER_INPUT rather than by a subgraph behind it, where the gateway
 * would see only a failed fetch. Output stays the subgraphs' own.
 */
export function checkScalarInputs(schema: { getType(name: string): unknown }): void {
  for (const scalarType of CHECKED) {
    const target = schema.getType(scalarType.name) as Pick<GraphQLScalarType, 'parseValue' | 'parseLiteral'> | undefined;
    if (!target) continue;
    target.parseValue = scalarType.parseValue;
    target.parseLiteral = scalarType.parseLiteral;
  }
}
