import { describe } from 'vitest';
import { describeCrashSafetyContract } from './support/crash-safety-contract.ts';
import { startDynaliteBackend } from './support/dynamodb-backends.ts';
import { describeListingStoreContract } from './support/listing-store-contract.ts';
import { useStoreBackend } from './support/store-fixture.ts';

describe('DynamoDbListingStore on dynalite', () => {
  const fixture = useStoreBackend(startDynaliteBackend);
  describeListingStoreContract(fixture);
  describeCrashSafetyContract(fixture);
});
