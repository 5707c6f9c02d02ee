import { DEFAULT_PAGE_SIZE, MAX_OFFSET, MAX_PAGE_SIZE } from './settings.js';
import { PIPELINE_VERSION } from '../pipeline/index.js';

/**
 * The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`. Schemas are JSON
 * Schema 2020-12; test/api checks every documented response against real responses, so this
 * document and the code cannot drift apart unnoticed.
 */

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string) => ({ type: [type, 'null'] });
const json = (schema: object) => ({ 'application/json': { schema } });
const error = (description: string) => ({ description, content: json(ref('Error')) });

const idParam = (what: string) => ({
  name: 'id', in: 'path', required: true, description: `The ${what} id.`, schema: { type: 'string', maxLength: 512 },
});
const pageParams = [
  { name: 'limit', in: 'query', description: 'Items per page.', schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE } },
  { name: 'offset', in: 'query', description: 'Items to skip.', schema: { type: 'integer', minimum: 0, maximum: MAX_OFFSET, default: 0 } },
];

const support = {
  type: 'object',
  description: 'The words of one report that support something, by offsets into its text (UTF-16 code units, half-open).',
  required: ['report', 'start', 'end', 'text'],
  properties: { report: { type: 'string' }, start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 }, text: { type: 'string' } },
};

const factCounts = {
  type: 'object',
  required: ['corroborated', 'singleSource', 'disputed'],
  additionalProperties: false,
  properties: { corroborated: { type: 'integer', minimum: 0 }, singleSource: { type: 'integer', minimum: 0 }, disputed: { type: 'integer', minimum: 0 } },
};

const storyListItem = {
  type: 'object',
  required: ['id', 'title', 'reports', 'independentSources', 'firstSeen', 'lastSeen', 'facts'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    title: nullable('string'),
    reports: { type: 'integer', minimum: 0 },
    independentSources: { type: 'integer', minimum: 0 },
    firstSeen: { ...nullable('string'), format: 'date-time' },
    lastSeen: { ...nullable('string'), format: 'date-time' },
    facts: ref('FactCounts'),
  },
};

const factValue = {
  type: 'object',
  required: ['value', 'sources', 'support'],
  properties: {
    value: { type: ['string', 'number'] },
    low: nullable('number'),
    high: { ...nullable('number'), description: 'Null stands for no upper bound ("at least 5").' },
    hedge: { type: 'string' },
    sources: { type: 'array', items: { type: 'string' } },
    support: { type: 'array', items: ref('Support') },
  },
};

const storyDetail = {
  type: 'object',
  description: 'A story with its reports and its sourced account: what `corroborate story ID --json` prints.',
  required: ['id', 'title', 'firstSeen', 'lastSeen', 'independentSources', 'reports', 'facts', 'entities', 'quotes', 'revisions'],
  properties: {
    id: { type: 'string' },
    title: nullable('string'),
    firstSeen: nullable('string'),
    lastSeen: nullable('string'),
    independentSources: { type: 'integer', minimum: 0 },
    reports: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'externalId', 'title', 'outlet', 'url', 'published', 'language', 'derivedFrom', 'revisionOf', 'revisedBy'],
        properties: {
          id: { type: 'string' }, externalId: nullable('string'), title: nullable('string'), outlet: nullable('string'), url: nullable('string'),
          published: nullable('string'), language: nullable('string'),
          derivedFrom: { ...nullable('string'), description: 'The report this one copies or rewrites; for a report its outlet updated, its article\'s (an update is no copy of its own earlier version).' },
          revisionOf: { ...nullable('string'), description: 'The earlier version this report replaces (its outlet updated it).' },
          revisedBy: { ...nullable('string'), description: 'The latest version replacing this one; the account counts that one instead.' },
          derivation: { description: 'How the report copies or rewrites its origin (the cluster stage\'s evidence), or null.' },
        },
      },
    },
    facts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'kind', 'statement', 'status', 'independentSources', 'value', 'values', 'relations', 'rule', 'support'],
        properties: {
          id: { type: 'string' },
          kind: { enum: ['quantity', 'date', 'quote', 'statement'] },
          statement: { type: 'string' },
          status: { enum: ['corroborated', 'single-source', 'disputed'] },
          independentSources: { type: 'integer', minimum: 0 },
          value: { type: ['string', 'number'] },
          values: { type: 'array', items: ref('FactValue') },
          relations: {
            type: 'array',
            items: { type: 'object', required: ['type', 'fact', 'rule'], properties: { type: { enum: ['part-of', 'subset-of', 'sum-of'] }, fact: { type: 'string' }, rule: { type: 'string' } } },
          },
          rule: { type: 'string' },
          support: { type: 'array', items: ref('Support') },
          revised: ref('FactRevised'),
        },
      },
    },
    revisions: { type: 'array', items: ref('Revision'), description: 'What each report its outlet updated changed against its earlier version.' },
    entities: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'type', 'aliases', 'reports'],
        properties: {
          id: { type: 'string' }, name: { type: 'string' }, type: { enum: ['person', 'organisation', 'location'] },
          aliases: { type: 'array', items: { type: 'string' } }, reports: { type: 'array', items: { type: 'string' } }, country: { type: 'string' },
        },
      },
    },
    quotes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['speaker', 'speakerEntity', 'text', 'match', 'sources', 'support'],
        properties: {
          speaker: nullable('string'), speakerEntity: nullable('string'), text: { type: 'string' },
          match: { enum: ['verbatim', 'trimmed', 'altered', 'single'] },
          sources: { type: 'array', items: { type: 'string' } }, support: { type: 'array', items: ref('Support') },
        },
      },
    },
  },
};

const reportDetail = {
  type: 'object',
  description: 'One report with its extracted text: what `corroborate report ID --json` prints.',
  required: ['id', 'externalId', 'title', 'outlet', 'url', 'published', 'language', 'story', 'derivedFrom', 'text', 'revisionOf', 'revisedBy', 'revision'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' }, externalId: nullable('string'), title: nullable('string'), outlet: nullable('string'), url: nullable('string'),
    published: nullable('string'), language: nullable('string'), story: nullable('string'), derivedFrom: nullable('string'), text: { type: 'string' },
    revisionOf: { ...nullable('string'), description: 'The earlier version this report replaces (its outlet updated it).' },
    revisedBy: { ...nullable('string'), description: 'The latest version replacing this one.' },
    revision: { oneOf: [ref('Revision'), { type: 'null' }], description: 'What this version changed against the one it replaces.' },
  },
};

const revisedValue = {
  type: 'object',
  description: 'A fact\'s value in one version of a report, with that version\'s words.',
  required: ['value', 'support'],
  additionalProperties: false,
  properties: {
    value: { type: ['string', 'number'] }, low: { type: 'number' }, high: { type: 'number' }, hedge: { type: 'string' },
    support: { type: 'array', items: ref('Support') },
  },
};

const factRevision = {
  type: 'object',
  required: ['kind', 'change', 'factKind', 'statement', 'subject', 'from', 'to', 'rule'],
  additionalProperties: false,
  properties: {
    kind: { const: 'fact-revision' },
    change: { enum: ['changed', 'added', 'removed', 'reworded'] },
    factKind: { enum: ['quantity', 'date', 'quote', 'statement'] },
    statement: { type: 'string', description: 'Readable: "people killed: 12 → 15".' },
    subject: { type: 'string', description: 'What the fact is about, without its values.' },
    from: { oneOf: [ref('RevisedValue'), { type: 'null' }], description: 'In the earlier version; null when added.' },
    to: { oneOf: [ref('RevisedValue'), { type: 'null' }], description: 'In the newer version; null when removed.' },
    edits: { type: 'string', description: 'A reworded quote: the newer words against the earlier, `[-removed-]` and `{+added+}` inline.' },
    rule: { type: 'string' },
  },
};

const revision = {
  type: 'object',
  description: 'How a newer version of a report differs from the version it replaces (both are kept).',
  required: ['kind', 'report', 'previous', 'title', 'changes'],
  additionalProperties: false,
  properties: {
    kind: { const: 'revision' },
    report: { type: 'string', description: 'The newer version.' },
    previous: { type: 'string', description: 'The version it replaces.' },
    title: {
      oneOf: [
        { type: 'object', required: ['from', 'to', 'rule'], additionalProperties: false, properties: { from: nullable('string'), to: nullable('string'), rule: { type: 'string' } } },
        { type: 'null' },
      ],
      description: 'The headline, when it changed.',
    },
    changes: { type: 'array', items: ref('FactRevision') },
  },
};

const factRevised = {
  type: 'object',
  description: 'The outlet revised this fact: the latest version of its report (which the account counts) gives this value; an earlier version gave `from`.',
  required: ['report', 'previous', 'from', 'rule'],
  additionalProperties: false,
  properties: { report: { type: 'string' }, previous: { type: 'string' }, from: ref('RevisedValue'), rule: { type: 'string' } },
};

const entityDetail = {
  type: 'object',
  required: ['id', 'name', 'type', 'aliases', 'country', 'stories', 'facts', 'quotes'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    type: { enum: ['person', 'organisation', 'location'] },
    aliases: { type: 'array', items: { type: 'string' } },
    country: nullable('string'),
    stories: { type: 'array', items: ref('StoryListItem') },
    facts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['story', 'storyTitle', 'id', 'kind', 'statement', 'status', 'independentSources'],
        additionalProperties: false,
        properties: {
          story: { type: 'string' }, storyTitle: nullable('string'), id: { type: 'string' }, kind: { enum: ['quantity', 'date', 'quote', 'statement'] },
          statement: { type: 'string' }, status: { enum: ['corroborated', 'single-source', 'disputed'] }, independentSources: { type: 'integer', minimum: 0 },
        },
      },
    },
    quotes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['story', 'storyTitle', 'role', 'speaker', 'speakerEntity', 'text', 'match', 'sources'],
        additionalProperties: false,
        properties: {
          story: { type: 'string' }, storyTitle: nullable('string'), role: { enum: ['speaker', 'mentioned'] }, speaker: nullable('string'),
          speakerEntity: nullable('string'), text: { type: 'string' }, match: { enum: ['verbatim', 'trimmed', 'altered', 'single'] },
          sources: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
};

const span = { type: 'object', required: ['start', 'end'], additionalProperties: false, properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } } };

const searchHit = {
  type: 'object',
  required: ['kind', 'id', 'story', 'title', 'report', 'span', 'detail', 'rank', 'snippet'],
  additionalProperties: false,
  properties: {
    kind: { enum: ['story', 'report', 'entity', 'quote'] },
    id: { type: 'string', description: 'Story, report or entity id; for a quote, `REPORT:START-END` of its first report.' },
    story: { ...nullable('string'), description: 'The story it belongs to; null for entities, which span stories.' },
    title: { ...nullable('string'), description: 'Story or report title, entity name, quote speaker.' },
    report: nullable('string'),
    span: { oneOf: [ref('Span'), { type: 'null' }] },
    detail: { ...nullable('string'), description: 'Report outlet, entity type, or how many reports carry the quote.' },
    rank: { type: 'number' },
    snippet: {
      type: 'object',
      required: ['text', 'highlights'],
      additionalProperties: false,
      properties: { text: { type: 'string' }, highlights: { type: 'array', items: ref('Span'), description: 'The matched words, as offsets into `text`.' } },
    },
  },
};

const addOutcome = {
  oneOf: [
    {
      type: 'object', required: ['kind', 'name', 'report', 'story', 'derivedFrom', 'warnings'],
      properties: { kind: { const: 'added' }, name: { type: 'string' }, report: { type: 'string' }, story: { type: 'string' }, derivedFrom: nullable('string'), warnings: { type: 'array', items: { type: 'string' } } },
    },
    { type: 'object', required: ['kind', 'name', 'report'], properties: { kind: { const: 'present' }, name: { type: 'string' }, report: { type: 'string' } } },
    { type: 'object', required: ['kind', 'name', 'reason'], properties: { kind: { const: 'failed' }, name: { type: 'string' }, reason: { type: 'string' } } },
  ],
};

const recordInput = {
  type: 'object',
  description: 'One report, the fields of an NDJSON line of `corroborate add`.',
  additionalProperties: false,
  anyOf: [{ required: ['text'] }, { required: ['html'] }],
  properties: {
    id: { ...nullable('string'), description: 'Your own id for it (its external id).' },
    title: nullable('string'), text: nullable('string'), html: nullable('string'), url: nullable('string'),
    published: { ...nullable('string'), description: 'ISO 8601 date or time.' }, outlet: nullable('string'),
    lang: { ...nullable('string'), description: 'ISO 639-1 code.' },
  },
};

const count = { type: 'integer', minimum: 0 };
const time = { type: 'string', format: 'date-time' };
const nullableTime = { ...nullable('string'), format: 'date-time' };

const watcherStatus = {
  type: 'object',
  description: 'The feed watcher running inside this server (`corroborate serve --watch`): its running totals since it started.',
  required: ['running', 'startedAt', 'stoppedAt', 'error', 'hostDelayMs', 'recheckHorizonS', 'totals'],
  additionalProperties: false,
  properties: {
    running: { type: 'boolean' },
    startedAt: nullableTime,
    stoppedAt: nullableTime,
    error: { ...nullable('string'), description: 'Why it stopped on its own, if it did.' },
    hostDelayMs: { ...count, description: 'Milliseconds between two requests to one host.' },
    recheckHorizonS: { ...count, description: 'Seconds after first seen until which an item\'s page is re-checked for updates.' },
    totals: {
      type: 'object',
      required: ['rounds', 'fetched', 'unchanged', 'failed', 'newItems', 'ingested', 'updated', 'rechecked', 'itemFailures', 'perHost', 'lastRound'],
      additionalProperties: false,
      properties: {
        rounds: count,
        fetched: { ...count, description: 'Feed documents fetched with a body.' },
        unchanged: { ...count, description: 'Feeds answered 304 Not Modified.' },
        failed: { ...count, description: 'Feed fetches or parses that failed.' },
        newItems: { ...count, description: 'Items not seen before.' },
        ingested: { ...count, description: 'Article pages stored as new reports.' },
        updated: { ...count, description: 'Articles stored as a new version of an earlier report.' },
        rechecked: { ...count, description: 'Pages of known items fetched again to notice updates.' },
        itemFailures: { ...count, description: 'Article pages that could not be fetched or stored.' },
        perHost: { type: 'object', additionalProperties: count, description: 'Requests sent per host (robots.txt excluded).' },
        lastRound: nullableTime,
      },
    },
  },
};

const feedState = {
  type: 'object',
  required: ['id', 'url', 'title', 'siteUrl', 'lastFetch', 'status', 'lastError', 'nextDue', 'due', 'failures', 'intervalS', 'itemsIngested'],
  additionalProperties: false,
  properties: {
    id: { type: 'integer' },
    url: { type: 'string' },
    title: nullable('string'),
    siteUrl: nullable('string'),
    lastFetch: nullableTime,
    status: { type: 'string', description: '`new`, `ok`, `ok, N item(s) failed`, `not modified` or `failing`.' },
    lastError: nullable('string'),
    nextDue: time,
    due: { type: 'boolean', description: 'The next poll is due now.' },
    failures: { ...count, description: 'Failed polls in a row (the wait doubles with each).' },
    intervalS: count,
    itemsIngested: count,
  },
};

const feedsStatus = {
  type: 'object',
  description: 'Every followed feed\'s polling state, and the counters of this server\'s watcher.',
  required: ['at', 'watcher', 'counts', 'nextDue', 'rechecks', 'feeds'],
  additionalProperties: false,
  properties: {
    at: time,
    watcher: { oneOf: [ref('WatcherStatus'), { type: 'null' }], description: 'Null when this server does not watch (`serve` without `--watch`).' },
    counts: {
      type: 'object', required: ['feeds', 'due', 'failing'], additionalProperties: false,
      properties: { feeds: count, due: count, failing: count },
    },
    nextDue: nullableTime,
    rechecks: {
      type: 'object', required: ['scheduled', 'due', 'next'], additionalProperties: false,
      description: 'Article pages on the re-check schedule, those due now, and the earliest next re-check.',
      properties: { scheduled: count, due: count, next: nullableTime },
    },
    feeds: { type: 'array', items: ref('FeedState') },
  },
};

const atom = { description: 'An Atom feed.', content: { 'application/atom+xml': { schema: { type: 'string' } } } };

/** An operation, as far as code looks into it (tests walk responses and their schemas). */
export interface OpenApiOperation {
  readonly operationId: string;
  readonly responses: Record<string, { readonly description: string; readonly content?: Record<string, { readonly schema: object }> }>;
  readonly [key: string]: unknown;
}

/** The parts of the document code looks into (tests walk paths and schemas). */
export interface OpenApiDocument {
  readonly openapi: string;
  readonly info: object;
  readonly servers: object[];
  readonly paths: Record<string, Record<string, OpenApiOperation>>;
  readonly components: { readonly securitySchemes: object; readonly schemas: Record<string, object> };
}

/**
 * The OpenAPI document.
 *
 * @example
 * const doc = openApiDocument();
 * Object.keys(doc.paths); // ['/stories', '/stories/{id}', ...]
 */
export function openApiDocument(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Corroborate',
      version: `1.0.0+pipeline.${PIPELINE_VERSION}`,
      description:
        'Stories told by many reports, each with a sourced account: the facts independent sources agree on, those only one reports, ' +
        'and where they disagree, every fact traced to the exact words of each report. Reads need nothing; writes need ' +
        '`Authorization: Bearer <CORROBORATE_TOKEN>` unless the server listens on loopback only. Errors are `{ error: { status, message } }`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/api/v1' }],
    paths: {
      '/stories': {
        get: {
          operationId: 'listStories',
          summary: 'Stories, most recently active first, with filters',
          parameters: [
            ...pageParams,
            { name: 'cursor', in: 'query', description: 'Opaque: the `nextCursor` of the previous page (instead of offset).', schema: { type: 'string' } },
            { name: 'entity', in: 'query', description: 'An entity id (`person:ales-bialiatski`) or name the story\'s reports name.', schema: { type: 'string' } },
            { name: 'outlet', in: 'query', description: 'An outlet of one of the story\'s reports.', schema: { type: 'string' } },
            { name: 'lang', in: 'query', description: 'A language (ISO 639-1) of one of the story\'s reports.', schema: { type: 'string' } },
            { name: 'from', in: 'query', description: 'Stories active on or after this day (UTC).', schema: { type: 'string', format: 'date' } },
            { name: 'to', in: 'query', description: 'Stories active on or before this day (UTC).', schema: { type: 'string', format: 'date' } },
          ],
          responses: { 200: { description: 'A page of stories.', content: json(ref('StoryList')) }, 400: error('A malformed parameter.') },
        },
      },
      '/stories/{id}': {
        get: {
          operationId: 'getStory',
          summary: 'A story and its sourced account',
          parameters: [idParam('story')],
          responses: { 200: { description: 'The story.', content: json(ref('StoryDetail')) }, 400: error('A malformed id.'), 404: error('No such story.') },
        },
      },
      '/stories/{id}/feed': {
        get: {
          operationId: 'storyFeed',
          summary: 'An Atom feed of the story\'s reports, newest first',
          parameters: [idParam('story')],
          responses: { 200: atom, 404: error('No such story.') },
        },
      },
      '/reports': {
        post: {
          operationId: 'addReports',
          summary: 'Add reports',
          description:
            'A JSON record or array of records; or a raw `text/plain`, `text/markdown`, `text/html` or `application/x-ndjson` body ' +
            '(`?name=` names it, `?url=` says where it came from); or `multipart/form-data` with `text` (and `title`, `outlet`, `url`, ' +
            '`published`, `lang`) and `files`. Each report is analysed and placed in its story before the response.',
          security: [{ bearer: [] }, {}],
          parameters: [
            { name: 'name', in: 'query', description: 'For a raw body: its name in messages.', schema: { type: 'string' } },
            { name: 'url', in: 'query', description: 'For a raw body: where it was published.', schema: { type: 'string' } },
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  oneOf: [
                    ref('RecordInput'),
                    { type: 'array', items: ref('RecordInput'), minItems: 1 },
                    {
                      type: 'object',
                      description: 'Addresses of article pages to fetch (politely; private and local addresses refused) and add.',
                      properties: { fetch: { type: 'array', items: { type: 'string', format: 'uri' }, minItems: 1 } },
                      required: ['fetch'],
                      additionalProperties: false,
                    },
                  ],
                },
              },
              'text/plain': { schema: { type: 'string' } },
              'text/markdown': { schema: { type: 'string' } },
              'text/html': { schema: { type: 'string' } },
              'application/x-ndjson': { schema: { type: 'string' } },
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    text: { type: 'string' }, title: { type: 'string' }, outlet: { type: 'string' }, url: { type: 'string' }, published: { type: 'string' }, lang: { type: 'string' },
                    fetch: { type: 'string', description: 'Addresses of article pages to fetch and add, one per line.' },
                    files: { type: 'array', items: { type: 'string', contentMediaType: 'application/octet-stream' } },
                  },
                },
              },
            },
          },
          responses: {
            200: { description: 'Everything was already stored.', content: json(ref('AddResult')) },
            201: { description: 'At least one report was added.', content: json(ref('AddResult')) },
            400: error('A malformed body.'),
            401: error('A token is needed.'),
            403: error('Wrong token, writing disabled, or a cross-site request.'),
            413: error('Too large.'),
            415: error('A body type the server cannot read.'),
            422: { description: 'Nothing could be added; each outcome says why.', content: json(ref('AddResult')) },
          },
        },
      },
      '/reports/{id}': {
        get: {
          operationId: 'getReport',
          summary: 'A report with its extracted text (by id, or by the external id it was given)',
          parameters: [idParam('report')],
          responses: { 200: { description: 'The report.', content: json(ref('ReportDetail')) }, 400: error('A malformed id.'), 404: error('No such report.') },
        },
      },
      '/entities/{id}': {
        get: {
          operationId: 'getEntity',
          summary: 'An entity across stories: names, stories over time, facts and quotes',
          parameters: [{ ...idParam('entity'), description: 'An entity id (`location:azores`) or a name.' }],
          responses: { 200: { description: 'The entity.', content: json(ref('EntityDetail')) }, 400: error('A malformed id.'), 404: error('No story names it.') },
        },
      },
      '/feeds': {
        get: {
          operationId: 'feeds',
          summary: 'Followed feeds with their polling state, and the counters of the watcher running in this server',
          responses: { 200: { description: 'The feeds and the watcher.', content: json(ref('FeedsStatus')) } },
        },
      },
      '/search': {
        get: {
          operationId: 'search',
          summary: 'Full-text search over stories, reports, entities and quotes, ranked, with highlighted snippets',
          parameters: [
            { name: 'q', in: 'query', required: true, description: 'Words, "a phrase", -excluded, or: web search syntax.', schema: { type: 'string', minLength: 1, maxLength: 500 } },
            { name: 'kind', in: 'query', description: 'Only these kinds (repeat, or separate by commas).', schema: { type: 'array', items: { enum: ['story', 'report', 'entity', 'quote'] } }, style: 'form', explode: true },
            { name: 'lang', in: 'query', description: 'Only reports and quotes in this language.', schema: { type: 'string' } },
            ...pageParams,
          ],
          responses: { 200: { description: 'Ranked hits.', content: json(ref('SearchResults')) }, 400: error('A missing or malformed parameter.') },
        },
      },
      '/search/feed': {
        get: {
          operationId: 'searchFeed',
          summary: 'An Atom feed of a search\'s best hits',
          parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 1, maxLength: 500 } }],
          responses: { 200: atom, 400: error('A missing or malformed q.') },
        },
      },
      '/openapi.json': {
        get: { operationId: 'openapi', summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1.', content: json({ type: 'object' }) } } },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The server\'s CORROBORATE_TOKEN.' } },
      schemas: {
        Error: {
          type: 'object', required: ['error'], additionalProperties: false,
          properties: { error: { type: 'object', required: ['status', 'message'], additionalProperties: false, properties: { status: { type: 'integer' }, message: { type: 'string' } } } },
        },
        Span: span,
        Support: support,
        FactCounts: factCounts,
        FactValue: factValue,
        StoryListItem: storyListItem,
        StoryList: {
          type: 'object', required: ['items', 'limit', 'offset', 'nextCursor', 'next'], additionalProperties: false,
          properties: {
            items: { type: 'array', items: ref('StoryListItem') }, limit: { type: 'integer' }, offset: { type: 'integer' },
            nextCursor: { ...nullable('string'), description: 'Pass as `cursor` for the next page; null on the last page.' },
            next: { ...nullable('string'), description: 'The next page\'s URL (path and query).' },
          },
        },
        StoryDetail: storyDetail,
        RevisedValue: revisedValue,
        FactRevision: factRevision,
        Revision: revision,
        FactRevised: factRevised,
        ReportDetail: reportDetail,
        EntityDetail: entityDetail,
        SearchHit: searchHit,
        SearchResults: {
          type: 'object', required: ['query', 'total', 'limit', 'offset', 'items', 'next'], additionalProperties: false,
          properties: {
            query: { type: 'string' }, total: { type: 'integer', minimum: 0 }, limit: { type: 'integer' }, offset: { type: 'integer' },
            items: { type: 'array', items: ref('SearchHit') }, next: nullable('string'),
          },
        },
        WatcherStatus: watcherStatus,
        FeedState: feedState,
        FeedsStatus: feedsStatus,
        RecordInput: recordInput,
        AddOutcome: addOutcome,
        AddResult: {
          type: 'object', required: ['added', 'present', 'failed', 'outcomes'], additionalProperties: false,
          properties: {
            added: { type: 'integer', minimum: 0 }, present: { type: 'integer', minimum: 0 }, failed: { type: 'integer', minimum: 0 },
            outcomes: { type: 'array', items: ref('AddOutcome') },
          },
        },
      },
    },
  };
}
