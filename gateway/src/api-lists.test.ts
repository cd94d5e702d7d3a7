/**
 * Every list a client can ask for is either a page (a Connection, with `first`
 * and `after` and a maximum page size) or bounded by something other than the
 * data's growth. The bounded ones are named below, each with why it cannot grow;
 * a new list field fails here until it is paginated or argued onto the list.
 */
import { printSchema, Supergraph } from '@apollo/federation-internals';
import { buildSchema, getNullableType, isInterfaceType, isListType, isObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { composeSupergraph } from './composition.ts';

/**
 * Connections without a total, each with its reason: a change feed's total
 * would mean reading the whole log and applying the read rules to every row.
 */
const NO_TOTAL: Record<string, string> = {
  SecondaryChangeConnection: 'a change feed: its total grows with every write and depends on per-row read rules',
  CollegeChangeConnection: 'a change feed: its total grows with every write and depends on per-row read rules',
  EnterpriseChangeConnection: 'a change feed: its total grows with every write and depends on per-row read rules',
};

/** Lists whose length is fixed by something other than how much data the hub holds. */
const BOUNDED: Record<string, string> = {
  'AccessLogEntry.parts': 'record parts one read touched: a subset of the RecordPart set',
  'AuditEntry.parts': 'record parts one read touched: a subset of the RecordPart set',
  'CertificateModule.competencies': "a module's few competency rows (one per item it teaches, a handful)",
  'CertificateModule.prerequisites': "a module's one or two prerequisite modules",
  'CohortDistribution.bands': 'always the five score bands 0–59, 60–69, 70–79, 80–89, 90–100',
  'LearningReport.competenciesGained': 'the items the one assessed module teaches (a handful)',
  'LearningReport.remainingGaps': "the target job's few competency requirements",
  'LearningReport.suggestions': 'at most 5 suggestions, by construction',
  'ConsentGrant.scopes': 'a subset of the RecordPart enum',
  'CredentialVerification.checks': 'the fixed set of checks a verifier runs',
  'CredentialVerification.embedded': 'the credentials inside the one document presented, whose size the gateway limits',
  'ExamEligibility.reasons': 'one reason code per failed gate condition, a fixed set',
  'RequirementCheck.missing': 'the codes one fixed requirement names',
  'Query.enrolmentChecks': 'one answer per learner asked, at most 500 a request',
  'WebhookSubscription.entityTypes': "a subset of the subgraph's entity types, a fixed set",
  'ProgressionRequirement.courseCodes': 'the courses one requirement names, fixed when the requirement is written',
  'ProposedCreditRule.exemptCourseCodes': 'the courses one proposed rule names, fixed by the proposal',
  'CreditRule.exemptCourses': 'the courses one rule exempts, fixed when the rule is written',
  'CreditRuleConflict.rules': 'the rules that clash in one conflict (a pair, or a few overlapping rules)',
  'DecisionCheck.evidenceUsed': 'the evidence one recorded check used, at most one item per requirement clause',
  'ProgressionAssessment.checks': 'one per requirement of the agreement’s requirement set',
  'ProgressionAssessment.unmet': 'the unmet subset of the checks',
  'ProgressionDecision.checks': 'one per requirement of the requirement version decided on',
  'ProgressionDecision.confirmedTransfers': 'one per course of the learner’s programme at most, frozen by the decision',
  'ArticulationAgreement.progressionRequirements': 'the agreement’s requirement set in force, fixed by the committee',
  'RequirementVersion.requirements': 'one version’s requirement set, frozen when the version was written',
  'CommitteeDecision.touchedCreditRules': 'what one proposal changed, fixed by that proposal',
  'CommitteeDecision.touchedMappings': 'what one proposal changed, fixed by that proposal',
  'CertificateStandard.prerequisites': 'the standards one standard names as prerequisites, fixed by the standard',
  'CertificateStandard.recognitions': 'one per counterpart standard recognised, at most one per standard in the same field and level',
  'RecognizedCertificate.path': 'the chain from a certificate to what it is recognised as, limited by the recognition depth',
  'ContentUnit.assesses': 'the competency items one content unit assesses, fixed by the standard',
  'ReviewedCourse.certificates': 'the standards one course prepares for, fixed by the course',
  'OverlapSuggestion.competencies': 'the competencies two courses share, bounded by one course’s mappings',
  'StageSplit.gaps': 'the content units of one standard neither stage covers, bounded by the standard',
  'CareerGap.missingCompetencies': 'what one job position requires, fixed by the position',
  'CareerGap.missingCertificates': 'what one job position requires, fixed by the position',
  'CompetencyAttainment.evidence': "one learner's few results, module assessments and certificates touching one item",
  'CompetencyRadar.axes': 'one per competency kind: at most three',
  'ModuleRecommendation.covers': 'the items one module teaches',
  'ModuleRecommendation.missingCovered': 'the items one module teaches',
  'ModuleRecommendation.unlocks': 'the modules naming one module as a prerequisite (one or two in a standard’s sequence)',
  'MissingCompetency.courses': 'the courses of the learner’s own programmes that cover one gap',
  'MissingCompetency.certificates': 'the standards that cover one competency, fixed by the framework',
  'MissingCertificate.courses': 'the courses of the learner’s own programmes that cover one gap',
  'CreditTransferSummary.transfers': 'one per course of the learner’s higher programme at most',
  'IssuingReport.totals': 'one per month of the report window, which is limited in length',
  'CollegeTeacher.qualifications': 'one teacher’s own qualifications, a handful per career',
  'CollegeTeacher.practice': 'one teacher’s enterprise practice periods, limited by the years of a career',
  'SecondaryTeacher.qualifications': 'one teacher’s own qualifications, a handful per career',
  'SecondaryTeacher.practice': 'one teacher’s enterprise practice periods, limited by the years of a career',
};

// Printed and rebuilt: federation-internals loads graphql's CommonJS build, this test its ES module build.
const apiSchema = (): GraphQLSchema => buildSchema(printSchema(Supergraph.build(composeSupergraph()).apiSchema()));
const isPageType = (name: string) => /(Connection|Edge)$/.test(name);

/** `Type.field` of every list-typed field outside the connection types. */
function listFields(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap()).flatMap((type) => {
    if (type.name.startsWith('__') || isPageType(type.name) || !(isObjectType(type) || isInterfaceType(type))) return [];
    return Object.values(type.getFields())
      .filter((field) => isListType(getNullableType(field.type)))
      .map((field) => `${type.name}.${field.name}`);
  });
}

describe('lists in the public API', () => {
  const schema = apiSchema();

  it('are pages unless their length is bounded by something other than the data (each with its reason)', () => {
    const unbounded = listFields(schema).filter((coordinate) => !(coordinate in BOUNDED));
    expect(unbounded, 'paginate these (first/after, a Connection) or add them to BOUNDED with the reason they cannot grow').toEqual([]);
  });

  it('names no field in the allowlist that is no longer a list', () => {
    const lists = new Set(listFields(schema));
    expect(Object.keys(BOUNDED).filter((coordinate) => !lists.has(coordinate))).toEqual([]);
  });

  it('gives every connection field first and after, and every connection edges with cursors, nodes, a total and a full PageInfo', () => {
    const problems: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const target = getNullableType(field.type);
        if (!isObjectType(target) || !target.name.endsWith('Connection')) continue;
        const args = field.args.map((arg) => `${arg.name}: ${String(arg.type)}`);
        if (!args.includes('first: Int') || !args.includes('after: String')) problems.push(`${type.name}.${field.name} lacks first/after`);
        const fields = target.getFields();
        for (const name of ['edges', 'nodes', 'totalCount', 'pageInfo']) if (!fields[name] && !(name === 'totalCount' && target.name in NO_TOTAL)) problems.push(`${target.name} lacks ${name}`);
        const edge = fields.edges && getNullableType(getNullableType(fields.edges.type));
        const edgeType = edge && isListType(edge) ? getNullableType(edge.ofType) : null;
        if (!isObjectType(edgeType) || String(edgeType.getFields().cursor?.type) !== 'String!' || !edgeType.getFields().node) problems.push(`${target.name}.edges is not [Edge { cursor node }]`);
      }
    }
    const pageInfo = schema.getType('PageInfo');
    expect(isObjectType(pageInfo) && Object.keys(pageInfo.getFields()).sort()).toEqual(['endCursor', 'hasNextPage', 'hasPreviousPage', 'startCursor']);
    expect(problems).toEqual([]);
  });
});
