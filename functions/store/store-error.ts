/** The store failed: the table, a request or a stored item is not what it should be. */
export class StoreError extends Error {
  override readonly name: string = 'StoreError';
}

/**
 * The listing kept changing under the writer's conditional put (other writers storing it at the
 * same moment, every attempt). Retryable: the consumer fails the record and SQS redelivers it
 * after the visibility timeout.
 */
export class ListingBusyError extends StoreError {
  override readonly name = 'ListingBusyError';
}

/** A cursor that does not fit the query it is used with (wrong facet, wrong shard count). */
export class InvalidCursorError extends StoreError {
  override readonly name = 'InvalidCursorError';
}
