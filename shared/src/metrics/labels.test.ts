import { describe, expect, it } from 'vitest';
import { operationLabels, outcomeOf, routeLabel } from './labels.ts';

describe('metric labels a client can influence stay bounded', () => {
  it('an operation name is its own label until the limit, then "other"', () => {
    const label = operationLabels(2);
    expect(label('FiveYearRecord')).toBe('FiveYearRecord');
    expect(label('Students')).toBe('Students');
    expect(label('Recognition')).toBe('other');
    expect(label('FiveYearRecord')).toBe('FiveYearRecord');
  });

  it('no name is "anonymous", and a name GraphQL would not accept, or a very long one, is "invalid"', () => {
    const label = operationLabels();
    expect(label(undefined)).toBe('anonymous');
    expect(label(null)).toBe('anonymous');
    expect(label('')).toBe('anonymous');
    expect(label('drop table')).toBe('invalid');
    expect(label('9lives')).toBe('invalid');
    expect(label(`A${'b'.repeat(63)}`)).toBe(`A${'b'.repeat(63)}`);
    expect(label(`A${'b'.repeat(64)}`)).toBe('invalid');
  });

  it('invalid and anonymous names do not use up the limit', () => {
    const label = operationLabels(1);
    label('no way');
    label(undefined);
    expect(label('Students')).toBe('Students');
  });

  it('outcome: ok without errors, partial with data and errors, error with errors and no data', () => {
    expect(outcomeOf({ a: 1 }, 0)).toBe('ok');
    expect(outcomeOf(null, 0)).toBe('ok');
    expect(outcomeOf({ a: 1 }, 1)).toBe('partial');
    expect(outcomeOf(null, 2)).toBe('error');
    expect(outcomeOf(undefined, 1)).toBe('error');
  });

  it('routes outside the served ones share one label', () => {
    expect(routeLabel('/graphql')).toBe('/graphql');
    expect(routeLabel('/readyz')).toBe('/readyz');
    expect(routeLabel('/wp-admin/setup.php')).toBe('other');
  });
});
