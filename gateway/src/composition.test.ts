import { describe, expect, it } from 'vitest';
import { composeSupergraph, readSupergraph } from './composition.ts';

describe('the committed supergraph', () => {
  it('matches a fresh composition of the three subgraph schemas (run `npm run compose` when it does not)', () => {
    expect(readSupergraph()).toBe(composeSupergraph());
  });

  it('hides the internal authorisation field from clients', () => {
    expect(readSupergraph()).toMatch(/pathwayOrganizationIds: \[ID!\]!.*@inaccessible/);
  });
});
