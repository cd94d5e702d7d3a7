/**
 * CASE 1.1 packages: what the hub exports imports back identically, and what
 * it cannot keep is refused with a message saying what is accepted.
 */
import { describe, expect, it } from 'vitest';
import { fromCasePackage, toCasePackage, type CaseFramework } from '../competencies/case.ts';

const DOC = '11111111-1111-4111-8111-111111111111';
const ITEM_A = '22222222-2222-4222-8222-222222222222';
const ITEM_B = '33333333-3333-4333-8333-333333333333';
const LINK = '44444444-4444-4444-8444-444444444444';
const ELSEWHERE = '55555555-5555-4555-8555-555555555555';
const ITEM_C = '66666666-6666-4666-8666-666666666666';
const LINK_2 = '77777777-7777-4777-8777-777777777777';
const at = '2024-06-28T03:00:00.000Z';

const framework: CaseFramework = {
  framework: {
    id: DOC, uri: `urn:uuid:${DOC}`, title: 'Networks', version: '2.0', description: 'A framework', creator: 'Metro', language: 'en', adoptionStatus: 'Adopted',
    effectiveFrom: '2024-09-01', effectiveTo: '2027-08-31', lastChangeDateTime: at,
  },
  items: [
    { id: ITEM_B, uri: `urn:uuid:${ITEM_B}`, code: 'NT-S1', abbreviatedStatement: null, statement: 'Operates devices.', kind: 'SKILL', level: 2, listOrder: 2, lastChangeDateTime: at },
    { id: ITEM_A, uri: `urn:uuid:${ITEM_A}`, code: 'NT-K1', abbreviatedStatement: 'Protocols', statement: 'Explains protocols.', kind: 'KNOWLEDGE', level: 3, listOrder: 1, lastChangeDateTime: '2024-01-01T00:00:00Z' },
    { id: ITEM_C, uri: `urn:uuid:${ITEM_C}`, code: 'NT-A1', abbreviatedStatement: null, statement: 'Minds security.', kind: 'ATTITUDE', level: 1, listOrder: 3, lastChangeDateTime: at },
  ],
  associations: [{
    id: LINK, uri: `urn:uuid:${LINK}`, type: 'exactMatchOf', origin: { id: ITEM_A, uri: `urn:uuid:${ITEM_A}`, title: 'NT-K1 Protocols' },
    destination: { id: ELSEWHERE, uri: 'https://case.example.org/uri/x', title: 'An item of another framework' }, sequence: 1, lastChangeDateTime: at,
  }, {
    id: LINK_2, uri: `urn:uuid:${LINK_2}`, type: 'precedes', origin: { id: ITEM_A, uri: `urn:uuid:${ITEM_A}`, title: 'NT-K1' },
    destination: { id: ITEM_B, uri: `urn:uuid:${ITEM_B}`, title: 'NT-S1' }, sequence: 0, lastChangeDateTime: at,
  }],
};

const json = (f: CaseFramework) => JSON.stringify(toCasePackage(f));
const refusedWith = (document: string) => {
  try {
    fromCasePackage(document);
  } catch (err) {
    const e = err as { message: string; extensions: Record<string, unknown> };
    expect(e.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'document' });
    return e.message;
  }
  throw new Error('expected the package to be refused');
};

describe('a CASE package', () => {
  it('exports the framework as a CFDocument with its CFItems in list order and its CFAssociations', () => {
    const p = toCasePackage(framework);
    expect(p.CFDocument).toEqual({
      identifier: DOC, uri: `urn:uuid:${DOC}`, creator: 'Metro', title: 'Networks', lastChangeDateTime: at, description: 'A framework', version: '2.0',
      adoptionStatus: 'Adopted', statusStartDate: '2024-09-01', statusEndDate: '2027-08-31', language: 'en',
    });
    expect(p.CFItems.map((i) => [i.humanCodingScheme, i.CFItemType, i.extensions.level, i.listEnumeration])).toEqual([['NT-K1', 'Knowledge', 3, '1'], ['NT-S1', 'Skill', 2, '2'], ['NT-A1', 'Attitude', 1, '3']]);
    expect(p.CFItems[1]).not.toHaveProperty('abbreviatedStatement');
    expect(p.CFItems[0].CFDocumentURI).toEqual({ title: 'Networks', identifier: DOC, uri: `urn:uuid:${DOC}` });
    // Associations go out in document order (their sequence), whatever order they are stored in.
    expect(p.CFAssociations.map((a) => a.associationType)).toEqual(['precedes', 'exactMatchOf']);
    expect(p.CFAssociations[1]).toMatchObject({ associationType: 'exactMatchOf', originNodeURI: { identifier: ITEM_A }, destinationNodeURI: { identifier: ELSEWHERE, uri: 'https://case.example.org/uri/x' } });
  });

  it('leaves out fields that are not known, and an open-ended framework has no statusEndDate', () => {
    const bare = { ...framework, associations: [], framework: { ...framework.framework, description: null, language: null, adoptionStatus: null, effectiveTo: null } };
    const doc = toCasePackage(bare).CFDocument;
    for (const field of ['description', 'language', 'adoptionStatus', 'statusEndDate']) expect(doc).not.toHaveProperty(field);
    expect(fromCasePackage(json(bare))).toEqual({ ...bare, items: [...bare.items].sort((a, b) => a.listOrder - b.listOrder) });
  });

  it('imports back identically: records, and the package itself', () => {
    const back = fromCasePackage(json(framework));
    expect(back.framework).toEqual(framework.framework);
    expect(back.items).toEqual([...framework.items].sort((a, b) => a.listOrder - b.listOrder));
    expect(back.associations).toEqual([...framework.associations].sort((a, b) => a.sequence - b.sequence));
    expect(back.items.map((i) => i.kind)).toEqual(['KNOWLEDGE', 'SKILL', 'ATTITUDE']);
    expect(json(back)).toBe(json(framework));
  });

  it('an item without listEnumeration takes its place in the list', () => {
    const p = toCasePackage(framework);
    for (const item of p.CFItems) delete (item as { listEnumeration?: string }).listEnumeration;
    expect(fromCasePackage(JSON.stringify(p)).items.map((i) => [i.code, i.listOrder])).toEqual([['NT-K1', 1], ['NT-S1', 2], ['NT-A1', 3]]);
    // A place given and a place taken must not meet: the second item may not claim the first's.
    const mixed = toCasePackage(framework);
    delete (mixed.CFItems[0] as { listEnumeration?: string }).listEnumeration;
    mixed.CFItems[1].listEnumeration = '1';
    expect(refusedWith(JSON.stringify(mixed))).toBe('the CASE package is refused: each CFItem needs its own listEnumeration');
  });

  it('refuses what is not JSON, or not a package', () => {
    expect(refusedWith('{')).toBe('the CASE package is refused: it is not JSON; send a CASE 1.1 package (CFDocument, CFItems, CFAssociations) as a JSON text');
    expect(refusedWith('{}')).toBe("the CASE package is refused: / must have required property 'CFDocument'");
  });

  it('refuses a field the hub does not keep, naming it, rather than drop it', () => {
    const p = toCasePackage(framework) as unknown as { CFItems: Record<string, unknown>[] };
    p.CFItems[0].educationLevel = ['10'];
    expect(refusedWith(JSON.stringify(p))).toBe('the CASE package is refused: /CFItems/0 must NOT have additional properties (educationLevel is not a field the hub keeps)');
  });

  it('refuses an unknown item type or association type, and a level outside 1–5', () => {
    const edit = (change: (p: ReturnType<typeof toCasePackage>) => void) => {
      const p = toCasePackage(framework);
      change(p);
      return refusedWith(JSON.stringify(p));
    };
    expect(edit((p) => { (p.CFItems[0] as { CFItemType: string }).CFItemType = 'Competency'; })).toContain('/CFItems/0/CFItemType must be equal to one of the allowed values');
    expect(edit((p) => { (p.CFAssociations[0] as { associationType: string }).associationType = 'isPeerOf'; })).toContain('/CFAssociations/0/associationType');
    expect(edit((p) => { p.CFItems[0].extensions.level = 6; })).toContain('/CFItems/0/extensions/level must be <= 5');
  });

  it('refuses an inconsistent package: dates out of order, another document named, identifiers or codes twice', () => {
    const edit = (change: (p: ReturnType<typeof toCasePackage>) => void) => {
      const p = toCasePackage(framework);
      change(p);
      return refusedWith(JSON.stringify(p));
    };
    expect(edit((p) => { p.CFDocument.statusEndDate = '2024-08-31'; })).toBe('the CASE package is refused: CFDocument.statusEndDate is before its statusStartDate');
    const oneDay = toCasePackage({ ...framework, framework: { ...framework.framework, effectiveTo: framework.framework.effectiveFrom } });
    expect(fromCasePackage(JSON.stringify(oneDay)).framework.effectiveTo).toBe('2024-09-01');
    const named = 'the CASE package is refused: every CFItem and CFAssociation must name this CFDocument (identifier, uri and title) in CFDocumentURI';
    expect(edit((p) => { p.CFItems[1].CFDocumentURI = { ...p.CFItems[1].CFDocumentURI, title: 'Other' }; })).toBe(named);
    expect(edit((p) => { p.CFAssociations[0].CFDocumentURI = { ...p.CFAssociations[0].CFDocumentURI, identifier: ELSEWHERE }; })).toBe(named);
    expect(edit((p) => { p.CFItems[0].CFDocumentURI = { ...p.CFItems[0].CFDocumentURI, uri: 'urn:other' }; })).toBe(named);
    expect(edit((p) => { p.CFAssociations[0].identifier = ITEM_A.toUpperCase(); })).toBe('the CASE package is refused: identifiers must be unique across the CFDocument, its CFItems and CFAssociations');
    expect(edit((p) => { p.CFItems[1].humanCodingScheme = 'NT-K1'; })).toBe('the CASE package is refused: each CFItem needs its own humanCodingScheme (the competency code)');
    expect(edit((p) => { p.CFItems[1].listEnumeration = '1'; })).toBe('the CASE package is refused: each CFItem needs its own listEnumeration');
  });

  it('keeps the demo frameworks whole', async () => {
    const { competencies } = await import('@guantong/shared/demo');
    expect(competencies.netItems.map((i) => i.kind).filter((k, i, all) => all.indexOf(k) === i)).toEqual(['KNOWLEDGE', 'SKILL', 'ATTITUDE']);
    expect(competencies.netItems).toHaveLength(12);
  });
});
