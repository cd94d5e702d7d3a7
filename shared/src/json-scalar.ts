/**
 * The `JSON` scalar: any JSON value, as is. Verifiable credentials and DID
 * documents are JSON-LD documents whose shape their own specifications (and
 * JSON Schemas) define; the graph passes them through rather than re-typing them.
 */
import { GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value: an object, array, string, number, boolean or null.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => (ast.kind === Kind.VARIABLE ? variables?.[ast.name.value] : valueFromASTUntyped(ast, variables)),
});
