/**
 * A title that keeps the office it belongs to in front of the job ("Office of Solutions: FedRAMP
 * Director", as a careers page publishes it): the office's words are not the job's IT domain.
 */
import { describe, expect, it } from 'vitest';
import { compileTitleModel } from '../../../../functions/enrichment/classify/title-model.ts';
import { loadTaxonomy } from '../../../../functions/enrichment/taxonomy/load-taxonomy.ts';

const titles = compileTitleModel(loadTaxonomy().data.scope);

describe("an office's name before the job's name", () => {
  it('lends the job no weak IT domain word of its own name', () => {
    const alone = titles.analyze('FedRAMP Director');
    const prefixed = titles.analyze('Office of Solutions: FedRAMP Director');
    expect(prefixed.weakDomain).toBe(alone.weakDomain);
    expect(prefixed.strongDomain).toBe(alone.strongDomain);
  });

  it('still counts the IT words of the job itself, and of a part that is no office', () => {
    expect(
      titles.analyze('Office of Solutions: Director of Information Technology').strongDomain,
    ).not.toBeNull();
    const product = titles.analyze('Solutions Director');
    expect(product.weakDomain ?? product.strongDomain).not.toBeNull();
  });
});
