/**
 * Seeds a table with many listings fast, for the API latency bench: the items the store's writer
 * would leave behind once every write completed (listing-writer.ts), built with the store's own
 * builders (listing, facet, registry and aggregate items), written with BatchWriteItem. Going
 * through putListing would cost ~10 sequential calls per listing; this costs ~7 items in batches.
 */
import { createHash } from 'node:crypto';
import type { DynamoDBClient, WriteRequest } from '@aws-sdk/client-dynamodb';
import type { Taxonomy } from '../functions/enrichment/taxonomy.ts';
import type { BandPosition, Listing } from '../functions/enrichment/types.ts';
import { batchWriteAll } from '../functions/store/batch-requests.ts';
import { contributionOf } from '../functions/store/benchmark-aggregate.ts';
import type { Item } from '../functions/store/dynamodb-codec.ts';
import { contentHashOf, encodeListingDocument } from '../functions/store/listing-document.ts';
import { facetItemOf, type ListingItem, listingItemToItem } from '../functions/store/listing-item.ts';
import {
  bucketRegistryKey,
  companyKey,
  facetEntriesOf,
  listedAtOf,
} from '../functions/store/listing-keys.ts';

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

/** Accumulates what a set of listings writes; `flush` sends it. Aggregates are totals, re-put each flush. */
export class ListingSeeder {
  readonly #client: DynamoDBClient;
  readonly #table: string;
  #pending: WriteRequest[] = [];
  readonly #registry = new Set<string>();
  readonly #aggregates = new Map<string, Map<string, number>>();
  items = 0;

  constructor(client: DynamoDBClient, tableName: string) {
    this.#client = client;
    this.#table = tableName;
  }

  /** The items of one listing as the writer leaves them after a complete write. */
  add(listing: Listing, receivedAt: string): void {
    const encoded = encodeListingDocument(listing);
    const listedAt = listedAtOf(listing.postedAt, receivedAt);
    const entries = facetEntriesOf(listing, listedAt);
    const contribution = contributionOf(listing);
    const item: ListingItem = {
      id: listing.id,
      rev: 1,
      state: 'complete',
      ...(encoded.doc !== undefined ? { doc: encoded.doc } : { docz: encoded.docz }),
      truncated: encoded.truncated,
      contentHash: contentHashOf(listing),
      taxonomyVersion: listing.taxonomyVersion,
      enrichedAt: listing.enrichedAt,
      receivedAt,
      firstReceivedAt: receivedAt,
      listedAt,
      facetKeys: entries.map(({ pk, sk }) => ({ pk, sk })),
      contribution,
    };
    const company = listing.company ? companyKey(listing.company) : null;
    this.#pending.push({ PutRequest: { Item: listingItemToItem(item) } });
    for (const entry of entries) {
      this.#pending.push({ PutRequest: { Item: facetItemOf(entry, listing, listedAt, company) } });
      const key = bucketRegistryKey(entry.facet, entry.value, entry.bucket);
      const id = `${key.pk}\u0000${key.sk}`;
      if (!this.#registry.has(id)) {
        this.#registry.add(id);
        this.#pending.push({ PutRequest: { Item: { pk: { S: key.pk }, sk: { S: key.sk } } } });
      }
    }
    for (const op of contribution) {
      const attrs = this.#aggregates.get(op.pk) ?? new Map<string, number>();
      this.#aggregates.set(op.pk, attrs);
      for (const [name, delta] of Object.entries(op.add)) attrs.set(name, (attrs.get(name) ?? 0) + delta);
    }
  }

  /** Writes everything added since the last flush, `parallel` batch calls at a time. */
  async flush(parallel = 8): Promise<void> {
    const requests = this.#pending;
    this.#pending = [];
    for (const [pk, attrs] of this.#aggregates) {
      const item: Item = { pk: { S: pk }, sk: { S: 'A' } };
      for (const [name, value] of attrs) item[name] = { N: String(value) };
      requests.push({ PutRequest: { Item: item } });
    }
    const chunk = Math.ceil(requests.length / parallel);
    await Promise.all(
      Array.from({ length: parallel }, (_, k) =>
        batchWriteAll(this.#client, this.#table, requests.slice(k * chunk, (k + 1) * chunk)),
      ),
    );
    this.items += requests.length;
  }
}
