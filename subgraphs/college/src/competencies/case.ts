/**
 * CASE 1.1 (1EdTech) packages: a framework as a CFDocument, its competency
 * items as CFItems and their links as CFAssociations. The hub keeps every
 * field it accepts (case-schema.ts), so an exported package imports back
 * identically. An item's kind is its CFItemType (Knowledge, Skill, Attitude);
 * its level (1–5) travels in the item's `extensions`.
 */
import { Ajv, type ErrorObject } from 'ajv';
import { badInput } from '@guantong/shared/errors';
import { CASE_PACKAGE_SCHEMA } from './case-schema.ts';

export type CompetencyKind = 'KNOWLEDGE' | 'SKILL' | 'ATTITUDE';
export type AssociationType = 'isChildOf' | 'precedes' | 'exactMatchOf' | 'replacedBy';

export interface FrameworkRecord {
  id: string; uri: string; title: string; version: string; description: string | null; creator: string;
  language: string | null; adoptionStatus: string | null; effectiveFrom: string; effectiveTo: string | null; lastChangeDateTime: string;
}
export interface ItemRecord {
  id: string; uri: string; code: string; abbreviatedStatement: string | null; statement: string; kind: CompetencyKind; level: number; listOrder: number; lastChangeDateTime: string;
}
/** One end of an association: an item of this framework, of another one, or of a framework elsewhere. */
export interface NodeLink { id: string; uri: string; title: string }
export interface AssociationRecord { id: string; uri: string; type: AssociationType; origin: NodeLink; destination: NodeLink; sequence: number; lastChangeDateTime: string }
export interface CaseFramework { framework: FrameworkRecord; items: ItemRecord[]; associations: AssociationRecord[] }

interface Link { title: string; identifier: string; uri: string }
interface CfDocument {
  identifier: string; uri: string; creator: string; title: string; lastChangeDateTime: string; description?: string; version: string;
  adoptionStatus?: string; statusStartDate: string; statusEndDate?: string; language?: string;
}
interface CfItem {
  identifier: string; uri: string; fullStatement: string; abbreviatedStatement?: string; humanCodingScheme: string; listEnumeration?: string;
  CFItemType: 'Knowledge' | 'Skill' | 'Attitude'; lastChangeDateTime: string; CFDocumentURI: Link; extensions: { level: number };
}
interface CfAssociation {
  identifier: string; uri: string; associationType: AssociationType; originNodeURI: Link; destinationNodeURI: Link; CFDocumentURI: Link; lastChangeDateTime: string;
}
export interface CasePackage { CFDocument: CfDocument; CFItems: CfItem[]; CFAssociations: CfAssociation[] }

const ITEM_TYPES: Record<CompetencyKind, CfItem['CFItemType']> = { KNOWLEDGE: 'Knowledge', SKILL: 'Skill', ATTITUDE: 'Attitude' };
const KINDS: Record<CfItem['CFItemType'], CompetencyKind> = { Knowledge: 'KNOWLEDGE', Skill: 'SKILL', Attitude: 'ATTITUDE' };

/** Leaves out a field whose value is null, as CASE leaves out what is not known. */
const optional = <K extends string>(key: K, value: string | null): Partial<Record<K, string>> => (value === null ? {} : ({ [key]: value } as Record<K, string>));
const link = (node: NodeLink): Link => ({ title: node.title, identifier: node.id, uri: node.uri });
const node = (l: Link): NodeLink => ({ id: l.identifier, uri: l.uri, title: l.title });

export function toCasePackage({ framework: f, items, associations }: CaseFramework): CasePackage {
  const document: Link = { title: f.title, identifier: f.id, uri: f.uri };
  return {
    CFDocument: {
      identifier: f.id, uri: f.uri, creator: f.creator, title: f.title, lastChangeDateTime: f.lastChangeDateTime, ...optional('description', f.description),
      version: f.version, ...optional('adoptionStatus', f.adoptionStatus), statusStartDate: f.effectiveFrom, ...optional('statusEndDate', f.effectiveTo), ...optional('language', f.language),
    },
    CFItems: [...items].sort((a, b) => a.listOrder - b.listOrder).map((i) => ({
      identifier: i.id, uri: i.uri, fullStatement: i.statement, ...optional('abbreviatedStatement', i.abbreviatedStatement), humanCodingScheme: i.code,
      listEnumeration: String(i.listOrder), CFItemType: ITEM_TYPES[i.kind], lastChangeDateTime: i.lastChangeDateTime, CFDocumentURI: document, extensions: { level: i.level },
    })),
    CFAssociations: [...associations].sort((a, b) => a.sequence - b.sequence).map((a) => ({
      identifier: a.id, uri: a.uri, associationType: a.type, originNodeURI: link(a.origin), destinationNodeURI: link(a.destination), CFDocumentURI: document, lastChangeDateTime: a.lastChangeDateTime,
    })),
  };
}

// Stryker disable next-line ObjectLiteral,BooleanLiteral: the schema is strict-clean and the first error is reported either way, so these options change no answer.
const validate = new Ajv({ allErrors: false, strict: true }).compile<CasePackage>(CASE_PACKAGE_SCHEMA);
const refuse = (message: string) => badInput(`the CASE package is refused: ${message}`, { field: 'document' });

function parse(json: string): CasePackage {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw refuse('it is not JSON; send a CASE 1.1 package (CFDocument, CFItems, CFAssociations) as a JSON text');
  }
  if (!validate(value)) {
    // Ajv sets its errors whenever validation fails: the first one says what is wrong.
    const error = (validate.errors as ErrorObject[])[0];
    const where = error.instancePath || '/';
    const extra = error.keyword === 'additionalProperties' ? ` (${String(error.params.additionalProperty)} is not a field the hub keeps)` : '';
    throw refuse(`${where} ${error.message}${extra}`);
  }
  return value;
}

function requireConsistent(p: CasePackage): void {
  const doc = p.CFDocument;
  const sameDocument = (l: Link) => l.identifier === doc.identifier && l.uri === doc.uri && l.title === doc.title;
  // Stryker disable next-line ConditionalExpression: with no end date the comparison is false anyway; the test only says the rule aloud.
  if (doc.statusEndDate !== undefined && doc.statusEndDate < doc.statusStartDate) throw refuse('CFDocument.statusEndDate is before its statusStartDate');
  if (![...p.CFItems, ...p.CFAssociations].every((x) => sameDocument(x.CFDocumentURI))) {
    throw refuse('every CFItem and CFAssociation must name this CFDocument (identifier, uri and title) in CFDocumentURI');
  }
  // Stryker disable next-line MethodExpression: folding to upper or to lower case finds the same duplicates.
  const ids = [doc.identifier, ...p.CFItems.map((i) => i.identifier), ...p.CFAssociations.map((a) => a.identifier)].map((id) => id.toLowerCase());
  if (new Set(ids).size !== ids.length) throw refuse('identifiers must be unique across the CFDocument, its CFItems and CFAssociations');
  const codes = p.CFItems.map((i) => i.humanCodingScheme);
  if (new Set(codes).size !== codes.length) throw refuse('each CFItem needs its own humanCodingScheme (the competency code)');
  const orders = p.CFItems.map((i, index) => i.listEnumeration ?? String(index + 1));
  if (new Set(orders).size !== orders.length) throw refuse('each CFItem needs its own listEnumeration');
}

/** Validates and reads a package: BAD_USER_INPUT (field `document`) saying what is wrong, or the records to store. */
export function fromCasePackage(json: string): CaseFramework {
  const p = parse(json);
  requireConsistent(p);
  const d = p.CFDocument;
  return {
    framework: {
      id: d.identifier, uri: d.uri, title: d.title, version: d.version, description: d.description ?? null, creator: d.creator, language: d.language ?? null,
      adoptionStatus: d.adoptionStatus ?? null, effectiveFrom: d.statusStartDate, effectiveTo: d.statusEndDate ?? null, lastChangeDateTime: d.lastChangeDateTime,
    },
    items: p.CFItems.map((i, index) => ({
      id: i.identifier, uri: i.uri, code: i.humanCodingScheme, abbreviatedStatement: i.abbreviatedStatement ?? null, statement: i.fullStatement,
      kind: KINDS[i.CFItemType], level: i.extensions.level, listOrder: Number(i.listEnumeration ?? index + 1), lastChangeDateTime: i.lastChangeDateTime,
    })),
    associations: p.CFAssociations.map((a, sequence) => ({
      id: a.identifier, uri: a.uri, type: a.associationType, origin: node(a.originNodeURI), destination: node(a.destinationNodeURI), sequence, lastChangeDateTime: a.lastChangeDateTime,
    })),
  };
}
