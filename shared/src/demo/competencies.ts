/**
 * The demo's competency frameworks (CASE-shaped), drawn from seed 000 §4.1:
 * the Network Technology framework of 12 indicators in three kinds, decided by
 * the "Vocational Competence Analysis Meeting", and an E-commerce framework in
 * two versions. Identifiers are name-based UUIDs, the same on every machine.
 */
import { createHash } from 'node:crypto';

export type CompetencyKind = 'KNOWLEDGE' | 'SKILL' | 'ATTITUDE';
export type AssociationType = 'isChildOf' | 'precedes' | 'exactMatchOf' | 'replacedBy';

export interface DemoFramework {
  id: string; agreementId: string; title: string; version: string; description: string; creator: string;
  effectiveFrom: string; effectiveTo: string | null; lastChangeDateTime: string;
}
export interface DemoItem {
  id: string; frameworkId: string; code: string; abbreviatedStatement: string; statement: string; kind: CompetencyKind; level: number; listOrder: number;
}
export interface DemoAssociation { id: string; frameworkId: string; type: AssociationType; originId: string; destinationId: string }

/** A version-5-style UUID from a name: stable demo identifiers without a random source. */
export function nameUuid(name: string): string {
  const hex = createHash('sha1').update(`guantong:${name}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const CREATOR = 'Metro Higher Vocational and Technical College, Vocational Competence Analysis Meeting';
const CHANGED = '2021-07-15T02:00:00.000Z';

export const NET_FRAMEWORK: DemoFramework = {
  id: nameUuid('framework:agr-net:1.0'), agreementId: 'agr-net', title: 'Network Technology vocational competencies', version: '1.0',
  description: 'Core competencies of the Network Technology pathway in three kinds and 12 indicators (seed 000 §4.1).',
  creator: CREATOR, effectiveFrom: '2021-09-01', effectiveTo: null, lastChangeDateTime: CHANGED,
};

type ItemSpec = [code: string, short: string, statement: string, kind: CompetencyKind, level: number];

const NET_ITEMS: ItemSpec[] = [
  ['NT-K1', 'Principles of network protocols', 'Explains the principles of network protocols: the TCP/IP and OSI layers and what each does.', 'KNOWLEDGE', 2],
  ['NT-K2', 'IP addressing and routing principles', 'Plans IPv4 and IPv6 addressing and explains how routing decisions are made.', 'KNOWLEDGE', 3],
  ['NT-K3', 'Network security principles', 'Explains network threats, security controls and security policies.', 'KNOWLEDGE', 3],
  ['NT-K4', 'Mobile communication network architecture', 'Explains the architecture of mobile communication networks, from 4G to 5G.', 'KNOWLEDGE', 3],
  ['NT-S1', 'Basic Network Device Operation', 'Installs, connects, configures and verifies switches and routers for a small network.', 'SKILL', 2],
  ['NT-S2', 'Router configuration', 'Configures routers and switches for routed, switched and VLAN networks.', 'SKILL', 4],
  ['NT-S3', 'Structured cabling', 'Installs and tests structured cabling to the standard.', 'SKILL', 2],
  ['NT-S4', 'Server and service administration', 'Administers server operating systems and network services.', 'SKILL', 3],
  ['NT-S5', 'Network Security Deployment', 'Deploys firewalls, access control, VPNs and security monitoring for an enterprise network.', 'SKILL', 4],
  ['NT-A1', 'Network security awareness', 'Treats the security of networks and data as part of every task.', 'ATTITUDE', 3],
  ['NT-A2', 'Working to standards', 'Works to technical standards and safety rules, and records what was done.', 'ATTITUDE', 2],
  ['NT-A3', 'Teamwork and client communication', 'Communicates with clients and works in teams to deliver a network service.', 'ATTITUDE', 2],
];

const itemsOf = (framework: DemoFramework, specs: ItemSpec[]): DemoItem[] =>
  specs.map(([code, abbreviatedStatement, statement, kind, level], listOrder) => ({
    id: nameUuid(`item:${framework.id}:${code}`), frameworkId: framework.id, code, abbreviatedStatement, statement, kind, level, listOrder: listOrder + 1,
  }));

export const netItems: DemoItem[] = itemsOf(NET_FRAMEWORK, NET_ITEMS);

/** The item of the Network Technology framework with this code. */
export function netItem(code: string): DemoItem {
  const item = netItems.find((i) => i.code === code);
  if (!item) throw new Error(`no demo competency ${code}`);
  return item;
}

const association = (framework: DemoFramework, type: AssociationType, origin: DemoItem, destination: DemoItem): DemoAssociation => ({
  id: nameUuid(`association:${framework.id}:${type}:${origin.id}:${destination.id}`), frameworkId: framework.id, type, originId: origin.id, destinationId: destination.id,
});

export const netAssociations: DemoAssociation[] = [
  association(NET_FRAMEWORK, 'isChildOf', netItem('NT-S2'), netItem('NT-S1')),
  association(NET_FRAMEWORK, 'precedes', netItem('NT-K1'), netItem('NT-K2')),
  association(NET_FRAMEWORK, 'precedes', netItem('NT-S1'), netItem('NT-S5')),
  association(NET_FRAMEWORK, 'precedes', netItem('NT-K3'), netItem('NT-S5')),
  association(NET_FRAMEWORK, 'isChildOf', netItem('NT-A1'), netItem('NT-S5')),
];

export const EC_FRAMEWORK_1: DemoFramework = {
  id: nameUuid('framework:agr-ec:1.0'), agreementId: 'agr-ec', title: 'E-commerce vocational competencies', version: '1.0',
  description: 'Competencies of the E-commerce pathway before live-stream commerce (seed 000 §4.2).',
  creator: CREATOR, effectiveFrom: '2021-09-01', effectiveTo: '2024-08-31', lastChangeDateTime: CHANGED,
};

export const EC_FRAMEWORK_2: DemoFramework = {
  id: nameUuid('framework:agr-ec:2.0'), agreementId: 'agr-ec', title: 'E-commerce vocational competencies', version: '2.0',
  description: 'The E-commerce framework revised for live-stream and short-video commerce; unchanged competencies match version 1.0 exactly.',
  creator: CREATOR, effectiveFrom: '2024-09-01', effectiveTo: null, lastChangeDateTime: '2024-06-28T03:00:00.000Z',
};

const EC_COMMON: ItemSpec[] = [
  ['EC-K1', 'E-commerce fundamentals', 'Explains e-commerce business models, platforms and the rules that govern them.', 'KNOWLEDGE', 2],
  ['EC-K2', 'Consumer behaviour online', 'Explains how consumers search, compare and decide online.', 'KNOWLEDGE', 2],
  ['EC-S1', 'Online store operation', 'Sets up and runs an online store: listings, orders, stock and after-sales.', 'SKILL', 3],
  ['EC-S2', 'Product visual design', 'Photographs products and designs store visuals that sell.', 'SKILL', 2],
  ['EC-S4', 'Online customer service', 'Answers customers online, resolves complaints and keeps service records.', 'SKILL', 2],
  ['EC-A1', 'Integrity and consumer protection', 'Trades honestly and protects consumers’ rights and personal information.', 'ATTITUDE', 3],
];

export const ecItems1: DemoItem[] = itemsOf(EC_FRAMEWORK_1, [
  ...EC_COMMON,
  ['EC-S3', 'Storefront promotion', 'Promotes a storefront with search advertising and on-platform campaigns.', 'SKILL', 3],
]);
export const ecItems2: DemoItem[] = itemsOf(EC_FRAMEWORK_2, [
  ...EC_COMMON,
  ['EC-S3', 'Live-stream and short-video promotion', 'Plans and hosts live-stream sales and short-video campaigns, and reads their data.', 'SKILL', 3],
  ['EC-S5', 'Store data analysis', 'Analyses traffic, conversion and campaign data to decide what to change.', 'SKILL', 3],
]);

const byCode = (items: DemoItem[], code: string): DemoItem => items.find((i) => i.code === code)!;

/**
 * Version 2.0 declares its history: each unchanged competency is an exact match
 * of its 1.0 item, and 1.0's storefront promotion is replaced by live-stream promotion.
 */
export const ecAssociations: DemoAssociation[] = [
  ...EC_COMMON.map(([code]) => association(EC_FRAMEWORK_2, 'exactMatchOf', byCode(ecItems2, code), byCode(ecItems1, code))),
  association(EC_FRAMEWORK_2, 'replacedBy', byCode(ecItems1, 'EC-S3'), byCode(ecItems2, 'EC-S3')),
  association(EC_FRAMEWORK_2, 'isChildOf', byCode(ecItems2, 'EC-S3'), byCode(ecItems2, 'EC-S1')),
  association(EC_FRAMEWORK_2, 'precedes', byCode(ecItems2, 'EC-S1'), byCode(ecItems2, 'EC-S5')),
];

export const demoFrameworks: DemoFramework[] = [NET_FRAMEWORK, EC_FRAMEWORK_1, EC_FRAMEWORK_2];
export const demoItems: DemoItem[] = [...netItems, ...ecItems1, ...ecItems2];
export const demoAssociations: DemoAssociation[] = [...netAssociations, ...ecAssociations];
