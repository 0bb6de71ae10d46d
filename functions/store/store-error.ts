/** The store failed: the table, a request or a stored item is not what it should be. */
export class StoreError extends Error {
  override readonly name: string = 'StoreError';
}

/**
 * Another writer holds the listing's lease (it is being written right now). Retryable: the
 * consumer fails the record and SQS redelivers it after the visibility timeout.
 */
export class ListingBusyError extends StoreError {
  override readonly name = 'ListingBusyError';
}

/** A cursor that does not fit the query it is used with (wrong facet, wrong shard count). */
export class InvalidCursorError extends StoreError {
  override readonly name = 'InvalidCursorError';
}
