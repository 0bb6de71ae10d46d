/**
 * `job-enrich classify --output csv`: the listings as CSV lines (the same columns as the API's
 * CSV export), the header first. Each line is handed to `out`, which adds the "\n"; the record's
 * "\r" is kept, so the stream is RFC 4180's CRLF records.
 */
import type { Listing } from '../enrichment/index.ts';
import { LISTING_COLUMNS, listingRow, toCsv } from '../http/listing-csv.ts';

export const OUTPUTS = ['json', 'csv'] as const;
export type Output = (typeof OUTPUTS)[number];

/** A writer of listings in one output format: JSON Lines, or CSV with one header row. */
export function createListingWriter(output: Output, out: (line: string) => void): (listing: Listing) => void {
  if (output === 'json') return (listing) => out(JSON.stringify(listing));
  let header = false;
  const write = (csv: string) => out(csv.endsWith('\n') ? csv.slice(0, -1) : csv);
  return (listing) => {
    if (!header) {
      header = true;
      write(toCsv([], LISTING_COLUMNS));
    }
    write(toCsv([listingRow(listing)], null));
  };
}
