import { describe } from 'vitest';
import { describeCrashSafetyContract } from './support/crash-safety-contract.ts';
import { javaAvailable, startDynamoDbLocalBackend } from './support/dynamodb-backends.ts';
import { describeListingStoreContract } from './support/listing-store-contract.ts';
import { useStoreBackend } from './support/store-fixture.ts';

const hasJava = javaAvailable();
if (!hasJava) {
  console.warn(
    'Skipping the store suite on DynamoDB Local: no `java` on PATH (DynamoDB Local needs Java 17+).',
  );
}

describe.runIf(hasJava)("DynamoDbListingStore on AWS's DynamoDB Local (Java)", () => {
  const fixture = useStoreBackend(startDynamoDbLocalBackend);
  describeListingStoreContract(fixture);
  describeCrashSafetyContract(fixture);
});
