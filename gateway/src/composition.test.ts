import { describe, expect, it } from 'vitest';
import { apiSchemaOf, composeSupergraph, readApiSchema, readSupergraph } from './composition.ts';

describe('the committed supergraph', () => {
  it('matches a fresh composition of the three subgraph schemas (run `npm run compose` when it does not)', () => {
    expect(readSupergraph()).toBe(composeSupergraph());
  });

  it('hides the internal authorisation field from clients', () => {
    expect(readSupergraph()).toMatch(/pathwayOrganizationIds: \[ID!\]!.*@inaccessible/);
  });
});

describe('the published API schema', () => {
  it('is the committed supergraph\'s API schema (run `npm run compose` when it is not)', () => {
    expect(readApiSchema()).toBe(apiSchemaOf(readSupergraph()));
  });

  it('holds what clients may ask and none of the federation machinery or internal fields', () => {
    const api = readApiSchema();
    expect(api).toMatch(/^type Query \{/m);
    expect(api).toMatch(/^type Student /m);
    expect(api).not.toMatch(/join__|link__|@join|@link/);
    expect(api).not.toMatch(/\b(activeGrants|pathwayOrganizationIds)\b/);
    expect(api).not.toMatch(/\b_entities\b|\b_service\b/);
  });

  it('is printed sorted, so it changes only when the contract does', () => {
    const types = [...readApiSchema().matchAll(/^(?:type|enum|input|scalar|interface|union) (\w+)/gm)].map((m) => m[1]);
    expect(types).toEqual([...types].sort());
  });
});
