/**
 * "Head of the Service Desk Department" whose desk keeps "the point-of-sale (POS) systems marketed
 * by the company" running for its customers, with CSAT and customer-loyalty targets: the desk
 * answers a vendor's help line, not the organisation's own users. The spec: a "Support Manager"
 * who answers a software vendor's customer help line is out of scope, whatever IT words the title
 * borrows.
 *
 * The words are data (taxonomy `scope.vendorSupport`); read only for a title whose IT word is a
 * support unit's, one regex per cue list, once over the body.
 */
import type { TaxonomyData } from '../../../taxonomy/schema.ts';
import { cueRegex, distinct } from './engineering-kind.ts';

interface Compiled {
  readonly units: ReadonlySet<string>;
  readonly product: RegExp;
  readonly customer: RegExp;
}

const compiled = new WeakMap<object, Compiled | null>();

function compile(scope: TaxonomyData['scope']): Compiled | null {
  if (compiled.has(scope)) return compiled.get(scope) ?? null;
  const v = scope.vendorSupport;
  const c = v
    ? {
        units: new Set(v.unitWords.map((w) => w.toLowerCase())),
        product: cueRegex(v.productCues),
        customer: cueRegex(v.customerCues),
      }
    : null;
  compiled.set(scope, c);
  return c;
}

/**
 * The cues that say the title's support unit serves the employer's customers (a product cue and
 * at least one customer cue), or null.
 * @example vendorSupportDesk('service desk', 'the POS systems marketed by the company ... customer loyalty', scope)
 *   // → ['marketed by the company', 'customer loyalty']
 */
export function vendorSupportDesk(
  domain: string | null,
  body: () => string,
  scope: TaxonomyData['scope'],
): readonly string[] | null {
  const c = domain ? compile(scope) : null;
  if (!c || !domain || !c.units.has(domain.toLowerCase())) return null;
  const text = body();
  const product = distinct(text, c.product);
  if (product.length === 0) return null;
  const customer = distinct(text, c.customer).filter((cue) => !product.some((p) => p.includes(cue)));
  return customer.length > 0 ? [...product, ...customer] : null;
}
