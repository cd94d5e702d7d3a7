/**
 * The JSON Schema of the CASE 1.1 packages the hub imports: a CFDocument with
 * its CFItems and CFAssociations, limited to the fields the hub keeps. Any
 * other field is refused rather than dropped, so an import never loses
 * anything silently and an export imports back identically.
 */
const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength });
const dateTime = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$' };
const identifier = { type: 'string', pattern: UUID };

const linkURI = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'identifier', 'uri'],
  properties: { title: text(500), identifier, uri: text(500) },
};

export const CASE_PACKAGE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['CFDocument', 'CFItems', 'CFAssociations'],
  properties: {
    CFDocument: {
      type: 'object',
      additionalProperties: false,
      required: ['identifier', 'uri', 'creator', 'title', 'lastChangeDateTime', 'version', 'statusStartDate'],
      properties: {
        identifier,
        uri: text(500),
        creator: text(200),
        title: text(200),
        lastChangeDateTime: dateTime,
        description: text(1000),
        version: text(32),
        adoptionStatus: text(32),
        statusStartDate: { type: 'string', pattern: DATE },
        statusEndDate: { type: 'string', pattern: DATE },
        language: text(16),
      },
    },
    CFItems: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['identifier', 'uri', 'fullStatement', 'humanCodingScheme', 'CFItemType', 'lastChangeDateTime', 'CFDocumentURI', 'extensions'],
        properties: {
          identifier,
          uri: text(500),
          fullStatement: text(1000),
          abbreviatedStatement: text(200),
          humanCodingScheme: text(32),
          listEnumeration: { type: 'string', pattern: '^[1-9]\\d{0,3}$' },
          CFItemType: { enum: ['Knowledge', 'Skill', 'Attitude'] },
          lastChangeDateTime: dateTime,
          CFDocumentURI: linkURI,
          extensions: {
            type: 'object',
            additionalProperties: false,
            required: ['level'],
            properties: { level: { type: 'integer', minimum: 1, maximum: 5 } },
          },
        },
      },
    },
    CFAssociations: {
      type: 'array',
      maxItems: 2000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['identifier', 'uri', 'associationType', 'originNodeURI', 'destinationNodeURI', 'CFDocumentURI', 'lastChangeDateTime'],
        properties: {
          identifier,
          uri: text(500),
          associationType: { enum: ['isChildOf', 'precedes', 'exactMatchOf', 'replacedBy'] },
          originNodeURI: linkURI,
          destinationNodeURI: linkURI,
          CFDocumentURI: linkURI,
          lastChangeDateTime: dateTime,
        },
      },
    },
  },
} as const;
