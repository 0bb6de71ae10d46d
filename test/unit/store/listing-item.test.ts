import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jobIdentity } from '../../../functions/enrichment/index.ts';
import { toItem } from '../../../functions/store/dynamodb-codec.ts';
import {
  HEAD,
  jobAttributesOf,
  jobIdentityOfItem,
  listedAtOfItem,
} from '../../../functions/store/listing-item.ts';
import { ATTR } from '../../../functions/store/table-definition.ts';
import { buildListing } from '../../factories/postings.ts';

describe('the listing item', () => {
  it('gives back the job identity it stored, its blocks whole though `ji` leaves out the one in `jk`', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('IT Manager', 'Director of IT - Harbourline Freight', 'Head of Infrastructure'),
        fc.constantFrom('Harbourline Freight', 'Northwind Health', null),
        (title, company) => {
          const identity = jobIdentity(buildListing({ title, company }));
          const attrs = jobAttributesOf(identity);
          if (identity.blocks.length === 0) {
            expect(attrs).toEqual({});
            return;
          }
          const back = jobIdentityOfItem(toItem(attrs));
          expect(back?.blocks.toSorted()).toEqual([...new Set(identity.blocks)].toSorted());
          // An item written before `ji` left the block out reads the same.
          const old = JSON.parse(attrs[ATTR.jobIdentity] as string) as unknown[];
          old[0] = identity.blocks;
          const oldItem = toItem({ ...attrs, [ATTR.jobIdentity]: JSON.stringify(old) });
          expect(jobIdentityOfItem(oldItem)?.blocks.toSorted()).toEqual(back?.blocks.toSorted());
          expect(jobIdentityOfItem(oldItem)?.body).toEqual(identity.body);
        },
      ),
    );
  });

  it('reads when a listing is listed from `ls`, or from `la` on an item stored before it was left out', () => {
    const at = '2026-11-02T10:00:00.000Z';
    expect(listedAtOfItem(toItem({ [ATTR.listedSort]: `${at}#abc` }))).toBe(at);
    expect(listedAtOfItem(toItem({ [HEAD.listedAt]: at, [ATTR.listedSort]: 'x#abc' }))).toBe(at);
    expect(listedAtOfItem(toItem({}))).toBeUndefined();
  });
});
