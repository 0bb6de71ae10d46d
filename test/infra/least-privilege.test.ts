import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { JobEnrichFunction } from '../../lib/function-defaults.ts';
import {
  actionsOf,
  logicalIdOf,
  type PolicyStatement,
  resourcesOf,
  statementsOfRole,
  synthesizeJobEnrichStack,
} from './synthesize-job-enrich-stack.ts';

// The write path owns the index list and will grow it: check the grants (and cdk-nag) with a
// global secondary index in place, the harder case, since index ARNs end in a wildcard.
vi.mock('../../functions/store/table-definition.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../functions/store/table-definition.ts')>()),
  TABLE_INDEXES: [
    {
      indexName: 'byTier',
      partitionKey: { name: 'gsi1pk', type: 'S' },
      sortKey: { name: 'gsi1sk', type: 'S' },
    },
  ],
}));

const { app, stack, template } = synthesizeJobEnrichStack();
const indexArn = {
  'Fn::Join': ['', [{ 'Fn::GetAtt': [logicalIdOf(stack.listings.table), 'Arn'] }, '/index/*']],
};
const tableArn = { 'Fn::GetAtt': [logicalIdOf(stack.listings.table), 'Arn'] };
const queueArn = { 'Fn::GetAtt': [logicalIdOf(stack.postings.queue), 'Arn'] };

const TABLE_WRITES = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem'];
const TABLE_ADMIN = [
  'dynamodb:DeleteTable',
  'dynamodb:UpdateTable',
  'dynamodb:CreateTable',
  'dynamodb:*',
  '*',
];

function statementsOf(fn: JobEnrichFunction): PolicyStatement[] {
  return statementsOfRole(template, logicalIdOf(fn.role));
}

/** Statements that allow (the consumer also has explicit denies). */
function allowsOf(fn: JobEnrichFunction): PolicyStatement[] {
  return statementsOf(fn).filter((statement) => statement.Effect === 'Allow');
}

/** X-Ray's two actions of active tracing, which take no resource but "*". */
const isTracing = (statement: PolicyStatement) =>
  actionsOf(statement).every((a) => a === 'xray:PutTraceSegments' || a === 'xray:PutTelemetryRecords');
/** X-Ray and the stream event source's ListStreams, which take no resource but "*". */
const isListStreams = (statement: PolicyStatement) =>
  actionsOf(statement).every(
    (a) => a === 'dynamodb:ListStreams' || a === 'xray:PutTraceSegments' || a === 'xray:PutTelemetryRecords',
  );

/** Actions granted on the listings table (or its indexes). */
function tableActionsOf(fn: JobEnrichFunction): string[] {
  return allowsOf(fn)
    .filter((statement) => JSON.stringify(statement.Resource).includes(logicalIdOf(stack.listings.table)))
    .flatMap(actionsOf)
    .sort();
}

describe('the enrich consumer', () => {
  const consumer = stack.enrichConsumer.handler;

  it('reads and writes listing items', () => {
    expect(tableActionsOf(consumer)).toEqual(
      [...TABLE_WRITES, 'dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'].sort(),
    );
  });

  it('is granted no table-level action, no Scan and no DeleteItem', () => {
    const actions = allowsOf(consumer).flatMap(actionsOf);
    for (const forbidden of [...TABLE_ADMIN, 'dynamodb:Scan', 'dynamodb:DeleteItem']) {
      expect(actions).not.toContain(forbidden);
    }
  });

  it('consumes the postings queue and nothing else', () => {
    const sqs = statementsOf(consumer).filter((statement) =>
      actionsOf(statement).some((a) => a.startsWith('sqs:')),
    );
    expect(sqs).toHaveLength(1);
    expect(sqs[0]?.Resource).toEqual(queueArn);
    expect(actionsOf(sqs[0] as PolicyStatement)).not.toContain('sqs:SendMessage');
  });
});

describe('the re-enrichment job', () => {
  const job = stack.reenrich.handler;
  const jobQueueArn = { 'Fn::GetAtt': [logicalIdOf(stack.reenrich.queue), 'Arn'] };

  it('reads and writes listing items, and Scans the table but no index', () => {
    expect(tableActionsOf(job)).toEqual(
      [
        ...TABLE_WRITES,
        'dynamodb:GetItem',
        'dynamodb:BatchGetItem',
        'dynamodb:Query',
        'dynamodb:Scan',
      ].sort(),
    );
    const scans = allowsOf(job).filter((statement) => actionsOf(statement).includes('dynamodb:Scan'));
    expect(scans.flatMap(resourcesOf)).toEqual([tableArn]);
  });

  it('writes only listing, index and checkpoint keys, and changes nothing of the table', () => {
    const denies = statementsOf(job).filter((statement) => statement.Effect === 'Deny');
    expect(JSON.stringify(denies)).toContain('"L#*","X#*","R#*"');
    expect(denies.flatMap(actionsOf)).toEqual(
      expect.arrayContaining(['dynamodb:DeleteTable', 'dynamodb:PutItem']),
    );
    const actions = allowsOf(job).flatMap(actionsOf);
    for (const forbidden of [...TABLE_ADMIN, 'dynamodb:DeleteItem']) expect(actions).not.toContain(forbidden);
  });

  it('uses its own queue only (to consume and to re-queue itself), never the postings queue', () => {
    const sqs = allowsOf(job).filter((statement) => actionsOf(statement).some((a) => a.startsWith('sqs:')));
    for (const statement of sqs) expect(resourcesOf(statement)).toEqual([jobQueueArn]);
    expect(sqs.flatMap(actionsOf)).toContain('sqs:SendMessage');
    expect(JSON.stringify(statementsOf(job))).not.toContain(JSON.stringify(queueArn));
  });
});

describe('the API function', () => {
  const api = stack.api.handler;

  it('only reads the table, and writes nothing but feed-source items', () => {
    const feedWrites = statementsOf(api).filter((statement) => statement.Condition !== undefined);
    const reads = statementsOf(api).filter(
      (statement) =>
        statement.Condition === undefined &&
        JSON.stringify(statement.Resource).includes(logicalIdOf(stack.listings.table)),
    );
    expect(reads.flatMap(actionsOf).sort()).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:GetItem',
      'dynamodb:Query',
    ]);
    expect(feedWrites).toEqual([
      expect.objectContaining({
        Action: ['dynamodb:BatchWriteItem', 'dynamodb:DeleteItem'],
        Resource: tableArn,
        Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['FEED'] } },
      }),
    ]);
  });

  it('cannot use the queue at all (the document function queues postings)', () => {
    const sqs = statementsOf(api).filter((statement) =>
      actionsOf(statement).some((a) => a.startsWith('sqs:')),
    );
    expect(sqs).toEqual([]);
  });

  it('reads the cursor secret and no other', () => {
    const secrets = statementsOf(api).filter((statement) =>
      actionsOf(statement).some((a) => a.startsWith('secretsmanager:')),
    );
    expect(secrets.flatMap(actionsOf).sort()).toEqual([
      'secretsmanager:DescribeSecret',
      'secretsmanager:GetSecretValue',
    ]);
    expect(secrets.flatMap(resourcesOf)).toEqual([{ Ref: logicalIdOf(stack.api.cursorSecret) }]);
  });

  it('has no permission beyond logs, table reads, feed-source writes and its secret', () => {
    const services = new Set(
      statementsOf(api)
        .flatMap(actionsOf)
        .map((action) => action.split(':')[0]),
    );
    expect([...services].sort()).toEqual(['dynamodb', 'logs', 'secretsmanager', 'xray']);
  });
});

describe("the API's document function (POST /ingest, /classify, the paste form)", () => {
  const documents = stack.api.documentHandler;

  it('only reads the table, and writes nothing to it', () => {
    expect(tableActionsOf(documents).sort()).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:GetItem',
      'dynamodb:Query',
    ]);
  });

  it('can send to the postings queue and do nothing else with it', () => {
    const sqs = statementsOf(documents).filter((statement) =>
      actionsOf(statement).some((a) => a.startsWith('sqs:')),
    );
    expect(sqs.flatMap(actionsOf)).toEqual(['sqs:SendMessage']);
    expect(sqs.flatMap(resourcesOf)).toEqual([queueArn]);
  });

  it('has no permission beyond logs, table reads and queue sends', () => {
    const services = new Set(
      statementsOf(documents)
        .flatMap(actionsOf)
        .map((action) => action.split(':')[0]),
    );
    expect([...services].sort()).toEqual(['dynamodb', 'logs', 'sqs', 'xray']);
  });
});

describe("the recruiters' sign-in functions", () => {
  const signIn = stack.api.signIn;
  it.each([
    ['sign-in routes', signIn?.signInHandler],
    ['page authorizer', signIn?.authorizerHandler],
  ])(
    'the %s may write their logs and traces, nothing else (Cognito is reached over its public endpoints)',
    (_name, fn) => {
      if (!fn) throw new Error('sign-in is on by default');
      const nonLogs = statementsOf(fn).filter(
        (statement) => !actionsOf(statement).every((a) => a.startsWith('logs:')) && !isTracing(statement),
      );
      expect(nonLogs).toEqual([]);
    },
  );
});

describe('the ingest function', () => {
  it('may only send to the postings queue (and write its logs)', () => {
    const statements = statementsOf(stack.ingest.handler);
    const nonLogs = statements.filter(
      (statement) => !actionsOf(statement).every((a) => a.startsWith('logs:')) && !isTracing(statement),
    );
    expect(nonLogs).toEqual([expect.objectContaining({ Action: 'sqs:SendMessage', Resource: queueArn })]);
  });
});

describe('the feed pull function', () => {
  const feedPull = stack.feedPull.handler;

  it('reads feed sources and records validators and seen markers, deleting nothing', () => {
    const actions = tableActionsOf(feedPull);
    expect(actions).toEqual(
      expect.arrayContaining(['dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem']),
    );
    for (const forbidden of [...TABLE_ADMIN, 'dynamodb:DeleteItem', 'dynamodb:Scan']) {
      expect(actions).not.toContain(forbidden);
    }
  });

  it('sends postings to the queue and failed runs to its dead-letter queue', () => {
    const sqs = statementsOf(feedPull).filter((statement) =>
      actionsOf(statement).some((a) => a.startsWith('sqs:')),
    );
    expect(sqs.flatMap(actionsOf)).toEqual(['sqs:SendMessage']);
    expect(sqs.flatMap(resourcesOf)).toEqual(
      expect.arrayContaining([
        queueArn,
        { 'Fn::GetAtt': [logicalIdOf(stack.feedPull.deadLetterQueue), 'Arn'] },
      ]),
    );
  });
});

describe('every role', () => {
  it('has no managed policy: each function writes only to its own log group', () => {
    for (const role of Object.values(template.findResources('AWS::IAM::Role'))) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
    for (const fn of [
      ...[stack.enrichConsumer, stack.ingest, stack.feedPull, stack.api].map((c) => c.handler),
      stack.api.documentHandler,
      stack.reenrich.handler,
    ]) {
      const logs = statementsOf(fn).filter((statement) =>
        actionsOf(statement).some((a) => a.startsWith('logs:')),
      );
      expect(logs.flatMap(resourcesOf)).toEqual([{ 'Fn::GetAtt': [logicalIdOf(fn.logGroup), 'Arn'] }]);
    }
  });

  it('grants no wildcard action and no wildcard resource (but X-Ray tracing, which has no resources)', () => {
    for (const policy of Object.values(template.findResources('AWS::IAM::Policy'))) {
      for (const statement of policy.Properties.PolicyDocument.Statement as PolicyStatement[]) {
        expect(actionsOf(statement).some((action) => action.endsWith(':*') || action === '*')).toBe(false);
        if (!isTracing(statement) && !isListStreams(statement))
          expect(resourcesOf(statement)).not.toContain('*');
      }
    }
  });

  it("grants the table to the consumer, the feed pull, the API's two functions, the re-enrichment job and the benchmark fold, never to ingest", () => {
    const granted = Object.values(template.findResources('AWS::IAM::Policy'))
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as PolicyStatement[])
      .filter((statement) => statement.Effect === 'Allow')
      .filter((statement) => actionsOf(statement).some((a) => a.startsWith('dynamodb:')))
      // The fold's stream read (its event source's grant) is on the stream, not the table.
      .filter(
        (statement) => !isListStreams(statement) && !JSON.stringify(statement.Resource).includes('StreamArn'),
      );
    // consumer, feed pull, API reads, the API's feed-source writes, the document function's reads,
    // the re-enrichment job's items, its Scan, and the fold's aggregate updates
    expect(granted).toHaveLength(8);
    for (const statement of granted) expect(resourcesOf(statement)).toContainEqual(tableArn);
  });
});

describe('the global secondary indexes', () => {
  let report: ReturnType<AwsSolutionsChecks['validateScope']>;
  beforeAll(() => {
    report = new AwsSolutionsChecks(app).validateScope(app);
  });

  it('come from the shared table definition', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      GlobalSecondaryIndexes: [
        {
          IndexName: 'byTier',
          KeySchema: [
            { AttributeName: 'gsi1pk', KeyType: 'HASH' },
            { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    });
  });

  it('are readable by the API function, which still cannot write', () => {
    const onIndexes = statementsOf(stack.api.handler).filter((statement) =>
      resourcesOf(statement).some((resource) => JSON.stringify(resource) === JSON.stringify(indexArn)),
    );
    expect(onIndexes.flatMap(actionsOf).sort()).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:GetItem',
      'dynamodb:Query',
    ]);
  });

  it('leave no unacknowledged cdk-nag finding: the index wildcard is acknowledged per role', () => {
    expect(report.violations).toEqual([]);
  });
});
