/**
 * Seeds a table with many listings fast, for the API latency and cost benches: the items the
 * store's writer leaves (listing-writer.ts), built with the store's own builders (the listing
 * item and its skill and certification items), written with BatchWriteItem instead of a read
 * and a conditional put each.
 */
import { createHash } from 'node:crypto';
import type { DynamoDBClient, WriteRequest } from '@aws-sdk/client-dynamodb';
import type { BandPosition, Listing, Taxonomy } from '../functions/enrichment/index.ts';
import { batchWriteAll } from '../functions/store/batch-requests.ts';
import { contentHashOf, encodeListingDocument } from '../functions/store/listing-document.ts';
import { listingItemOf } from '../functions/store/listing-item.ts';
import { indexItemKeysOf, listedAtOf, listingFacetIds } from '../functions/store/listing-keys.ts';
import { indexItemOf } from '../functions/store/listing-writer.ts';

const PLACES = [
  { text: 'Seattle, WA', country: 'US', remote: false },
  { text: 'Austin, TX', country: 'US', remote: false },
  { text: 'Denver, Colorado', country: 'US', remote: false },
  { text: 'Toronto, ON', country: 'CA', remote: false },
  { text: 'Remote (US)', country: 'US', remote: true },
  { text: 'Chicago, IL', country: 'US', remote: false },
];
const COMPANIES = Array.from({ length: 400 }, (_, i) => `Company ${i} Holdings`);

/** A deterministic, schema-valid listing: tier, pay, skills, place and date vary with `i`. */
export function syntheticListing(i: number, taxonomy: Taxonomy, newest: Date): Listing {
  const tier = taxonomy.tiers[i % taxonomy.tiers.length] as Taxonomy['tiers'][number];
  const skills = taxonomy.data.skills;
  const certs = taxonomy.data.certifications;
  const spread = ((i * 7919) % 41) / 100 - 0.2; // -20 % .. +20 % around the band's midpoint
  const mid = Math.round((((tier.band.min + tier.band.max) / 2) * (1 + spread)) / 1000) * 1000;
  const paid = i % 5 !== 0;
  const position: BandPosition = !paid
    ? 'unknown'
    : mid < tier.band.min
      ? 'below'
      : mid > tier.band.max
        ? 'above'
        : 'within';
  const skill = (k: number) => skills[(i * 13 + k * 29) % skills.length] as (typeof skills)[number];
  const cert = certs[i % certs.length] as (typeof certs)[number];
  // Spread over about six months, newest first in i.
  const postedAt = new Date(newest.getTime() - i * 157_000).toISOString();
  return {
    id: createHash('sha256').update(`bench-${i}`).digest('base64url').slice(0, 22),
    source: {
      format: 'rss',
      url: `https://jobs.example.org/postings/${i}`,
      externalId: `p-${i}`,
      file: null,
    },
    title: `${tier.typicalTitles[0]} ${i}`,
    company: COMPANIES[i % COMPANIES.length] as string,
    location: PLACES[i % PLACES.length] as Listing['location'],
    employmentType: 'FULL_TIME',
    postedAt,
    role: {
      family: 'it-management',
      inScope: true,
      tier: tier.id,
      confidence: 0.9,
      evidence: [{ rule: 'title', text: tier.typicalTitles[0] as string }],
    },
    // One skill each: every skill is a facet item, and dynalite writes ~3,000 items a second.
    skills: [0].map((k) => ({
      id: skill(k).id,
      label: skill(k).label,
      category: skill(k).category,
      evidence: `${skill(k).label} experience`,
    })),
    certifications:
      i % 3 === 0
        ? [{ id: cert.id, label: cert.label, requirement: 'preferred', evidence: `${cert.label} a plus` }]
        : [],
    salary: paid
      ? {
          min: mid - 10_000,
          max: mid + 10_000,
          currency: 'USD',
          period: 'year',
          kind: 'base',
          annual: { min: mid - 10_000, max: mid + 10_000, assumption: null },
          contract: false,
          annualUsd: { min: mid - 10_000, max: mid + 10_000, rateDate: taxonomy.rates.rateDate },
          source: 'feed-field',
          raw: `$${mid - 10_000} - $${mid + 10_000} per year`,
        }
      : null,
    band: {
      tier: tier.id,
      min: tier.band.min,
      max: tier.band.max,
      openEnded: tier.band.openEnded,
      currency: 'USD',
      basis: tier.band.basis,
      comparable: paid,
      reason: paid ? null : 'no-pay',
      position,
      compaRatio: paid ? Math.round((mid / ((tier.band.min + tier.band.max) / 2)) * 100) / 100 : null,
      penetration: paid
        ? Math.round(((mid - tier.band.min) / (tier.band.max - tier.band.min)) * 100) / 100
        : null,
      source: {
        title: tier.band.source.title,
        publisher: tier.band.source.publisher,
        year: tier.band.source.year,
      },
    },
    flags: [],
    taxonomyVersion: taxonomy.version,
    enrichedAt: newest.toISOString(),
  };
}

/** Accumulates what a set of listings writes; `flush` sends it. */
export class ListingSeeder {
  readonly #client: DynamoDBClient;
  readonly #table: string;
  #pending: WriteRequest[] = [];
  items = 0;

  constructor(client: DynamoDBClient, tableName: string) {
    this.#client = client;
    this.#table = tableName;
  }

  /** The items of one listing as the writer leaves them. */
  add(listing: Listing, receivedAt: string): void {
    const listedAt = listedAtOf(listing.postedAt, receivedAt);
    const contentHash = contentHashOf(listing);
    const item = listingItemOf(
      listing,
      {
        rev: 1,
        contentHash,
        taxonomyVersion: listing.taxonomyVersion,
        enrichedAt: listing.enrichedAt,
        receivedAt,
        firstReceivedAt: receivedAt,
        listedAt,
      },
      encodeListingDocument(listing),
    );
    this.#pending.push({ PutRequest: { Item: item } });
    const { skills, certifications } = listingFacetIds(listing);
    for (const k of indexItemKeysOf(listing.id, skills, certifications, listedAt, contentHash))
      this.#pending.push({ PutRequest: { Item: indexItemOf(k, listing) } });
  }

  /** Writes everything added since the last flush, `parallel` batch calls at a time. */
  async flush(parallel = 8): Promise<void> {
    const requests = this.#pending;
    this.#pending = [];
    const chunk = Math.ceil(requests.length / parallel);
    await Promise.all(
      Array.from({ length: parallel }, (_, k) =>
        batchWriteAll(this.#client, this.#table, requests.slice(k * chunk, (k + 1) * chunk)),
      ),
    );
    this.items += requests.length;
  }
}

/** Seeds synthetic listings `from` .. `to`-1 (the bench's shape of a stored table); returns `to`. */
export async function seedListings(
  client: DynamoDBClient,
  tableName: string,
  from: number,
  to: number,
): Promise<number> {
  const { loadTaxonomy } = await import('../functions/enrichment/index.ts');
  const taxonomy = loadTaxonomy();
  const seeder = new ListingSeeder(client, tableName);
  const newest = new Date('2026-11-20T12:00:00.000Z');
  for (let i = from; i < to; i += 1) {
    seeder.add(syntheticListing(i, taxonomy, newest), '2026-11-21T00:00:00.000Z');
    if (i % 5_000 === 4_999) await seeder.flush();
  }
  await seeder.flush();
  return to;
}
