/**
 * Title normalisation and the title rules of the taxonomy: "Sr. Dir., I.T. Infrastructure & Ops"
 * becomes "senior director it infrastructure and operations", then the rules say which tier it
 * names, whether an IT function is named, and whether a modifier makes it another job.
 */
import type { TaxonomyData, TitleRule } from '../../taxonomy/schema.ts';

type Scope = TaxonomyData['scope'];

export interface TitleRuleMatch {
  readonly rule: TitleRule;
  /** Token index of the cue's last word (the leadership noun) and of its first word. */
  readonly start: number;
  readonly end: number;
}

export interface TitleAnalysis {
  readonly normalized: string;
  readonly tokens: readonly string[];
  readonly match: TitleRuleMatch | null;
  /** A strong IT domain cue stands in the title. */
  readonly strongDomain: string | null;
  /** Only a weak domain cue ("security", "operations") stands in the title. */
  readonly weakDomain: string | null;
  /** What makes this another job: an excluded modifier, a non-IT function or an IC noun. */
  readonly excludedBy: string | null;
}

function phraseRegex(phrases: readonly string[]): RegExp | null {
  const alts = [...phrases]
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return alts.length ? new RegExp(`(?<![a-z0-9])(?:${alts.join('|')})(?![a-z0-9])`, 'g') : null;
}

interface CompiledRule {
  readonly rule: TitleRule;
  /** Cue tokens; "*" stands for one to three words. */
  readonly parts: readonly string[];
}

export interface TitleModel {
  normalize(title: string): string;
  analyze(title: string): TitleAnalysis;
}

/** Compiles the taxonomy's title vocabulary once; `analyze` is then cheap per title. */
export function compileTitleModel(scope: Scope): TitleModel {
  const synonyms = Object.entries(scope.titleSynonyms).map(([from, to]) => [from.toLowerCase(), to] as const);
  const synonymRe = phraseRegex(synonyms.map(([from]) => from));
  const synonymMap = new Map(synonyms);
  const strongRe = phraseRegex(scope.domainCues);
  const weakRe = phraseRegex(scope.weakDomainCues);
  const nonItRe = phraseRegex(scope.nonItFunctions);
  const excluded = new Set(scope.excludedModifiers.map((m) => m.toLowerCase()));
  const ic = new Set(scope.individualContributor.map((m) => m.toLowerCase()));
  const rules: CompiledRule[] = scope.titleRules.map((rule) => ({
    rule,
    parts: rule.cue.toLowerCase().split(/\s+/),
  }));

  const normalize = (title: string): string => {
    let t = title
      // Upper-case IS / I.S. / ITS are Information Systems / IT; lower-case "is" is a verb.
      .replace(/\bI\.?S\.?(?=[\s,/&)-]|$)/g, ' infosys ')
      .replace(/\bI\.T\.?(?=[\s,/&)-]|$)/g, ' IT ')
      .replace(/\bITS\b/g, ' IT ')
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (synonymRe) t = t.replace(synonymRe, (m) => synonymMap.get(m) ?? m);
    return t.replace(/\s+/g, ' ');
  };

  const matchRule = (tokens: readonly string[], r: CompiledRule): TitleRuleMatch | null => {
    for (let i = 0; i < tokens.length; i++) {
      let pos = i;
      let ok = true;
      for (let k = 0; k < r.parts.length && ok; k++) {
        const part = r.parts[k] as string;
        if (part === '*') {
          const nextPart = r.parts[k + 1];
          let found = -1;
          for (let skip = 1; skip <= 3 && pos + skip < tokens.length; skip++)
            if (tokens[pos + skip] === nextPart) {
              found = pos + skip;
              break;
            }
          if (found < 0) ok = false;
          else pos = found;
          continue;
        }
        if (tokens[pos] !== part) ok = false;
        else pos++;
      }
      if (ok) return { rule: r.rule, start: i, end: pos - 1 };
    }
    return null;
  };

  const analyze = (title: string): TitleAnalysis => {
    const normalized = normalize(title);
    const tokens = normalized ? normalized.split(' ') : [];
    let match: TitleRuleMatch | null = null;
    for (const r of rules) {
      const m = matchRule(tokens, r);
      if (!m) continue;
      if (
        !match ||
        m.rule.priority > match.rule.priority ||
        (m.rule.priority === match.rule.priority && m.end - m.start > match.end - match.start)
      )
        match = m;
    }

    // A non-IT function names the job ("director of nursing"); its words cannot also count as an
    // IT domain ("provider network manager" is not a network manager).
    const nonIt = nonItRe ? normalized.match(nonItRe) : null;
    const withoutNonIt = nonItRe ? normalized.replace(nonItRe, ' ') : normalized;
    const strongDomain = strongRe ? (withoutNonIt.match(strongRe)?.[0] ?? null) : null;
    const weakDomain = strongDomain ? null : weakRe ? (withoutNonIt.match(weakRe)?.[0] ?? null) : null;

    let excludedBy: string | null = null;
    if (match && !match.rule.implicitDomain) {
      // The words right before the leadership noun: "project manager", "sales director".
      const head = match.start;
      const before1 = tokens[head - 1];
      const before2 = head >= 2 ? `${tokens[head - 2]} ${tokens[head - 1]}` : undefined;
      if (before2 && excluded.has(before2)) excludedBy = before2;
      else if (before1 && excluded.has(before1)) excludedBy = before1;
      // "Lead Systems Engineer", "Senior Technical Lead Developer": lead modifies an IC noun.
      if (!excludedBy && (match.rule.cue === 'lead' || match.rule.cue === 'leader')) {
        const icAfter = tokens.slice(match.end + 1).find((t) => ic.has(t));
        const icBefore = tokens.slice(0, match.start).find((t) => ic.has(t));
        if (icAfter) excludedBy = icAfter;
        else if (icBefore === 'technology' || icBefore === 'tech') excludedBy = icBefore;
      }
      if (!excludedBy && nonIt && !strongDomain) excludedBy = nonIt[0] ?? null;
      // "Director of Business Development, IT Services": what follows "of" names the function.
      if (!excludedBy && nonItRe && (tokens[match.end + 1] === 'of' || tokens[match.end + 1] === 'for')) {
        const complement = tokens.slice(match.end + 2).join(' ');
        nonItRe.lastIndex = 0;
        const lead = nonItRe.exec(complement);
        if (lead && lead.index === 0) excludedBy = lead[0];
      }
    }
    // "Executive Assistant to the CIO", "Chief of Staff to the CTO": the job serves the leader.
    if (
      match &&
      /\b(?:assistant|coordinator|analyst|specialist|chief of staff|advisor|adviser)\b.*\bto (?:the )?/.test(
        normalized,
      )
    )
      excludedBy = 'assistant to';
    return { normalized, tokens, match, strongDomain, weakDomain, excludedBy };
  };

  return { normalize, analyze };
}
