/**
 * The lookups one institution may make of another while serving a caller's
 * write, and the client that sends them through the gateway under the caller's
 * delegation. The gateway accepts a delegation for these documents only: all
 * queries but one write, completeSecondaryStage, which its owner authorises
 * and decides from the college's own record.
 */
import { GraphQLError } from 'graphql';
import { forbidden } from './errors.ts';

// Pages are asked for by a variable: the gateway's cost limit multiplies a
// literal page size, and these lists are a learner's or a programme's own few rows.
export const LOOKUPS = {
  /** Is the learner enrolled by a school; is the name theirs; are they in this programme (and born when). */
  enrolment: /* GraphQL */ `query GuantongEnrolmentCheck($studentId: ID!, $name: String, $programCode: ID) {
  enrolmentCheck(studentId: $studentId, name: $name, programCode: $programCode) { enrolled nameMatches inProgram birthDate }
}`,
  /**
   * Many enrolment checks at once, each with a name or programme to compare:
   * an import job's checks (award holders, pathway registrations), one
   * request per batch of rows.
   */
  enrolmentChecks: /* GraphQL */ `query GuantongEnrolmentChecks($checks: [EnrolmentCheckRequest!]!) {
  enrolmentChecks(checks: $checks) { studentId enrolled nameMatches inProgram birthDate }
}`,
  /** Which organisations exist, by id, across the three kinds of institution. */
  organization: /* GraphQL */ `query GuantongOrganization($id: ID!) {
  secondarySchool(id: $id) { id } college(id: $id) { id } certificationOrganization(id: $id) { id }
}`,
  /** A certificate standard in the enterprise catalogue. */
  standard: /* GraphQL */ `query GuantongStandard($code: ID!) {
  certificateStandard(code: $code) { code }
}`,
  /** The courses of a secondary programme. */
  secondaryProgram: /* GraphQL */ `query GuantongSecondaryProgram($code: ID!, $first: Int = 100) {
  secondaryProgram(code: $code) { code courses(first: $first) { nodes { code } } }
}`,
  /** A learner's secondary results and module credits: progression evidence. */
  resultsEvidence: /* GraphQL */ `query GuantongResultsEvidence($studentId: LearnerId!, $first: Int = 100) {
  student(id: $studentId) { secondaryStage { results(first: $first) { nodes { course { code } term score passed } } } moduleCredits }
}`,
  /** A learner's certificates and what they count as: progression evidence. */
  certificateEvidence: /* GraphQL */ `query GuantongCertificateEvidence($studentId: LearnerId!, $first: Int = 100) {
  student(id: $studentId) {
    certificates(first: $first) { nodes { serial status score issuedOn revokedOn revocationReason standard { code level } } }
    recognizedCertificates(first: $first) { nodes { standard { code level } award { standard { level } } effectiveFrom effectiveTo } }
  }
}`,
  /**
   * The college reports a progression: the school records the end of the
   * learner's secondary stage. The only registered write; the school decides
   * it itself, from the college's record (progressionRecord), never from the
   * caller's word, and it is idempotent.
   */
  completeSecondaryStage: /* GraphQL */ `mutation GuantongCompleteSecondaryStage($studentId: ID!) {
  completeSecondaryStage(studentId: $studentId) { completedOn }
}`,
  /** Competency items of the college's frameworks, by CASE identifier, with the agreement whose framework holds each. */
  competencyItems: /* GraphQL */ `query GuantongCompetencyItems($ids: [ID!]!, $first: Int = 100) {
  competencyItems(ids: $ids, first: $first) { nodes { id framework { agreement { id secondaryProgram { code } collegeProgram { code } } } } }
}`,
  /** The content units of a certificate standard in the enterprise catalogue. */
  contentUnits: /* GraphQL */ `query GuantongContentUnits($code: ID!, $first: Int = 100) {
  certificateStandard(code: $code) { code contentUnits(first: $first) { nodes { code } } }
}`,
  /** A job position in the enterprise catalogue. */
  jobPosition: /* GraphQL */ `query GuantongJobPosition($id: ID!) {
  jobPosition(id: $id) { id }
}`,
  /** The college's record of a learner's progression: its stage and the college that enrolled them, on which day. */
  progressionRecord: /* GraphQL */ `query GuantongProgressionRecord($studentId: LearnerId!) {
  student(id: $studentId) { pathway { stage } higherStage { enrolledOn institution { id } } }
}`,
  /**
   * What a learning report needs from the college and the enterprise: the
   * learner's competency profile as of the assessment's day (its items and
   * evidence) and their target job's requirements.
   */
  learningReportInputs: /* GraphQL */ `query GuantongLearningReportInputs($studentId: LearnerId!, $on: Date!, $first: Int = 100) {
  student(id: $studentId) {
    competencyProfile(on: $on) { items(first: $first) { nodes { item { id code kind level } evidence { kind source issuerId stage on score value weight } } } }
    careerTarget { jobPosition { id title requirements(first: $first) { nodes { kind essential competency { id } } } } }
  }
}`,
} as const;

export type LookupName = keyof typeof LOOKUPS;

const DOCUMENTS = new Set<string>(Object.values(LOOKUPS));

export function isLookupDocument(query: string | undefined): boolean {
  return query !== undefined && DOCUMENTS.has(query);
}

/** The lookups an import job's delegation may send: the batched enrolment checks only. */
export function isJobLookupDocument(query: string | undefined): boolean {
  return query === LOOKUPS.enrolmentChecks;
}

export interface LookupReply {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: readonly (string | number)[]; extensions?: { code?: unknown } }[];
}

/** Asks other institutions, through the gateway, as the caller of this request. */
export interface PeerLookups {
  ask(name: LookupName, variables: Record<string, unknown>): Promise<LookupReply>;
}

const REFUSALS = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

/**
 * Transport failures say only what could not be checked: never a host, port
 * or driver message.
 */
const peerUnavailable = (what: string) =>
  new GraphQLError(`${what} could not be checked: another institution's service did not answer; try again later`, {
    extensions: { code: 'SERVICE_UNAVAILABLE' },
  });

/** The data of a lookup, or the refusal or outage that stopped it. */
export function requireData(reply: LookupReply, what: string): Record<string, unknown> {
  if (reply.errors?.some((e) => REFUSALS.has(String(e.extensions?.code)))) {
    throw forbidden(`${what} could not be checked: another institution refused to show you what it needs`);
  }
  if (reply.errors?.length || !reply.data) throw peerUnavailable(what);
  return reply.data;
}

/** Stands for an answer that never came; `requireData` turns it into the client's message. */
const UNANSWERED: LookupReply = { errors: [{ message: 'no answer', extensions: { code: 'SERVICE_UNAVAILABLE' } }] };

/** What a job's lookups add to a request's: proofs of its learners, and patience with the gateway's rate limit. */
export interface LookupOptions {
  /** The request's `extensions` for these variables (a job's proofs that its learners are in its file). */
  extensionsFor?(variables: Record<string, unknown>): Record<string, unknown>;
  /**
   * How many times a lookup refused with 429 waits its Retry-After (at most
   * 60 s) and asks again: a background job slows to its caller's rate budget
   * instead of failing rows; a mutation, whose caller is waiting, does not wait.
   */
  rateLimitRetries?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const retryAfterMs = (response: Response) => Math.min(60, Math.max(1, Number(response.headers.get('retry-after')) || 1)) * 1000;

/**
 * Lookups through the gateway, with the delegation it issued for this request
 * (writes only) or for an import job.
 */
export function gatewayLookups(gatewayUrl: string, delegation: string | undefined, timeoutMs: number, options: LookupOptions = {}): PeerLookups {
  return {
    async ask(name, variables) {
      if (!delegation) return UNANSWERED;
      const body = JSON.stringify({ query: LOOKUPS[name], variables, ...(options.extensionsFor ? { extensions: options.extensionsFor(variables) } : {}) });
      try {
        for (let attempt = 0; ; attempt++) {
          const response = await fetch(gatewayUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${delegation}` },
            body,
            signal: AbortSignal.timeout(timeoutMs),
          });
          if (response.status === 429 && attempt < (options.rateLimitRetries ?? 0)) {
            await sleep(retryAfterMs(response));
            continue;
          }
          return (await response.json()) as LookupReply;
        }
      } catch {
        return UNANSWERED;
      }
    },
  };
}
