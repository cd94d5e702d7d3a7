/** Pages of loaded rows, by key: what every curriculum list answers. */
import { describe, expect, it } from 'vitest';
import { decodeKeyCursor, encodeKeyCursor, numericKey, pageInOrder, pageOf, pageSize } from '../paging.ts';

const rows = ['b', 'd', 'a', 'c', 'e'].map((key) => ({ key }));
const keys = (page: { nodes: { key: string }[] }) => page.nodes.map((n) => n.key);

describe('a page of rows', () => {
  it('orders by key, counts all rows, and says where it ends', () => {
    const first = pageOf(rows, (r) => r.key, { first: 2 });
    expect(keys(first)).toEqual(['a', 'b']);
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo).toEqual({ startCursor: encodeKeyCursor('a'), endCursor: encodeKeyCursor('b'), hasNextPage: true, hasPreviousPage: false });
    const last = pageOf(rows, (r) => r.key, { first: 3, after: first.pageInfo.endCursor });
    expect(keys(last)).toEqual(['c', 'd', 'e']);
    expect(last.pageInfo).toEqual({ startCursor: encodeKeyCursor('c'), endCursor: encodeKeyCursor('e'), hasNextPage: false, hasPreviousPage: true });
  });

  it('gives every row an edge with the cursor that continues after it, in node order', () => {
    const page = pageOf(rows, (r) => r.key, { first: 3 });
    expect(page.edges).toEqual(page.nodes.map((node) => ({ cursor: encodeKeyCursor(node.key), node })));
    const next = pageOf(rows, (r) => r.key, { first: 1, after: page.edges[1]!.cursor });
    expect(keys(next)).toEqual(['c']);
  });

  it('has a previous page only when rows lie at or before the cursor', () => {
    expect(pageOf(rows, (r) => r.key, { after: encodeKeyCursor('0') }).pageInfo.hasPreviousPage).toBe(false);
    expect(pageOf(rows, (r) => r.key, { after: encodeKeyCursor('a') }).pageInfo.hasPreviousPage).toBe(true);
  });

  it('continues after the key even when that row is gone, and answers an empty page past the end', () => {
    expect(keys(pageOf(rows, (r) => r.key, { first: 2, after: encodeKeyCursor('bb') }))).toEqual(['c', 'd']);
    expect(pageOf(rows, (r) => r.key, { after: encodeKeyCursor('z') })).toEqual({
      totalCount: 5,
      pageInfo: { startCursor: null, endCursor: null, hasNextPage: false, hasPreviousPage: true },
      edges: [],
      nodes: [],
    });
  });

  it('takes the given default page size, 20 unless said', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ key: numericKey(i) }));
    expect(pageOf(many, (r) => r.key, {}).nodes).toHaveLength(20);
    expect(pageOf(many, (r) => r.key, {}, 50).nodes).toHaveLength(50);
    expect(pageOf(many, (r) => r.key, { first: 100 }).nodes).toHaveLength(60);
  });

  it('refuses a page size outside 1 to 100, naming the field', () => {
    for (const first of [0, 101, 1.5]) expect(() => pageSize(first)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } }));
    expect(() => pageSize(0)).toThrow('first must be from 1 to 100, got 0');
    expect(pageSize(1)).toBe(1);
    expect(pageSize(100)).toBe(100);
    expect(pageSize(null, 7)).toBe(7);
  });

  it('accepts only cursors it issued', () => {
    expect(decodeKeyCursor(encodeKeyCursor('2024|x'))).toBe('2024|x');
    for (const bad of ['', 'not base64!', `${encodeKeyCursor('a')}=`]) {
      expect(() => decodeKeyCursor(bad)).toThrow(expect.objectContaining({ message: 'after must be a cursor taken from pageInfo.endCursor of an earlier page', extensions: { code: 'BAD_USER_INPUT', field: 'after' } }));
    }
  });

  it('numeric keys sort as text in number order', () => {
    expect(numericKey(7)).toBe('000000000007');
    expect([numericKey(10), numericKey(9)].sort()).toEqual([numericKey(9), numericKey(10)]);
  });
});

describe('a page of rows in the order given', () => {
  const history = ['proposed', 'accepted', 'withdrawn', 'renewed'];

  it('keeps the order given, not the values\' order, with positions as cursors', () => {
    const first = pageInOrder(history, { first: 3 });
    expect(first.nodes).toEqual(['proposed', 'accepted', 'withdrawn']);
    expect(first.edges).toEqual([
      { cursor: encodeKeyCursor(numericKey(0)), node: 'proposed' },
      { cursor: encodeKeyCursor(numericKey(1)), node: 'accepted' },
      { cursor: encodeKeyCursor(numericKey(2)), node: 'withdrawn' },
    ]);
    expect(first.totalCount).toBe(4);
    expect(first.pageInfo).toEqual({ startCursor: encodeKeyCursor(numericKey(0)), endCursor: encodeKeyCursor(numericKey(2)), hasNextPage: true, hasPreviousPage: false });
  });

  it('continues after a position, and uses the fallback size when first is not given', () => {
    const rest = pageInOrder(history, { after: encodeKeyCursor(numericKey(1)) }, 1);
    expect(rest.nodes).toEqual(['withdrawn']);
    expect(rest.edges).toEqual([{ cursor: encodeKeyCursor(numericKey(2)), node: 'withdrawn' }]);
    expect(rest.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });
});
