/**
 * One span per SQL statement a DataSource sends. TypeORM sends every statement
 * through a query runner's `query`, so wrapping the runners the driver hands
 * out covers the query builder, the entity manager and raw queries alike.
 * Statements are parameterised: their text holds placeholders, not values.
 */
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { DataSource, QueryRunner } from 'typeorm';
import { tracer, tracingEnabled } from './tracing.ts';

const traced = new WeakSet<object>();

export function traceDatabase(dataSource: DataSource, name: string): void {
  if (!tracingEnabled()) return;
  const system = dataSource.options.type === 'mysql' ? 'mysql' : 'sqlite';
  const driver = dataSource.driver as unknown as { createQueryRunner(mode: string): QueryRunner };
  const create = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => {
    const runner = create(mode);
    if (traced.has(runner)) return runner;
    traced.add(runner);
    const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
    (runner as { query: unknown }).query = (sql: string, ...rest: unknown[]) =>
      tracer().startActiveSpan(`${system} ${sql.trim().split(/\s+/, 1)[0]!.toUpperCase()}`, {
        kind: SpanKind.CLIENT,
        attributes: { 'db.system': system, 'db.namespace': name, 'db.query.text': sql.slice(0, 500) },
      }, async (span) => {
        try {
          return await query(sql, ...rest);
        } catch (err) {
          span.setStatus({ code: SpanStatusCode.ERROR });
          throw err;
        } finally {
          span.end();
        }
      });
    return runner;
  };
}
