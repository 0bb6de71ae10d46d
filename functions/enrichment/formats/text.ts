/**
 * A plain-text posting: the first line is the title; a short second line such as
 * "Company - Location" or "Company | City, ST (on-site 3 days)" gives the company and place;
 * "Label: value" lines near the top fill in the rest; everything else is the description.
 */
import type { RawPosting } from '../types.ts';
import { normalizeEmploymentType, squash, toIsoDate } from './fields.ts';
import { buildLocation, looksLikeLocation, remoteFromText } from './location.ts';
import { buildRawPosting, type ParseContext } from './posting.ts';

const HEADER_LINES = 12;
const LABELS: readonly [RegExp, 'title' | 'company' | 'location' | 'type' | 'posted' | 'arrangement'][] = [
  [/^(?:job )?title|position|role$/i, 'title'],
  [/^(?:company|employer|organi[sz]ation|client)$/i, 'company'],
  [/^(?:(?:job |work )?location|based in|office)$/i, 'location'],
  [/^(?:(?:employment|job|contract) type|employment|schedule)$/i, 'type'],
  [/^(?:(?:date )?posted|published)$/i, 'posted'],
  [/^(?:workplace(?: type)?|work arrangement|remote)$/i, 'arrangement'],
];
const LABEL_LINE = /^\s*([A-Za-z][A-Za-z ]{1,24}?)\s*:\s*(\S.{0,150})$/;
const ARRANGEMENT_WORDS = /\b(?:fully |100% )?(?:remote|hybrid|on-?site|in[- ]office|in[- ]person)\b/gi;
const ROLE_HINT =
  /\b(manager|director|head|lead|engineer|officer|chief|vp|administrator|analyst|specialist)\b/i;

function cleanTitleLine(line: string): string {
  return squash(
    line.replace(/^\s*(?:#{1,6}\s+|\*{1,2}|title\s*:\s*|job title\s*:\s*)/i, '').replace(/\*{1,2}$/, ''),
  );
}

interface Header {
  company: string | null;
  location: string | null;
  arrangement: string | null;
}

/** "Harborview Veterinary Partners - Remote (US)" → company and place; null when the line is prose. */
function readCompanyLine(line: string): Header | null {
  const text = squash(line);
  if (text.length === 0 || text.length > 120 || /[.!?:;]$/.test(text) || /^[a-z]/.test(text)) return null;
  if (LABEL_LINE.test(text)) return null;
  const parts = text.split(/\s+[|·•]\s+|\s*[·•]\s*|\s+[-–—]\s+/).filter((p) => p !== '');
  if (parts.length === 1) {
    if (looksLikeLocation(text)) return { company: null, location: text, arrangement: null };
    // "Contoso, Seattle, WA": a company, then a place, split by the first comma.
    const comma = text.indexOf(',');
    if (comma > 0 && looksLikeLocation(squash(text.slice(comma + 1)))) {
      return {
        company: text.slice(0, comma).trim(),
        location: squash(text.slice(comma + 1)),
        arrangement: null,
      };
    }
    const words = text.split(' ').length;
    return words <= 6 && !ROLE_HINT.test(text) && /^[A-Z0-9]/.test(text)
      ? { company: text, location: null, arrangement: null }
      : null;
  }
  if (parts.length > 4) return null;
  const header: Header = { company: null, location: null, arrangement: null };
  for (const [index, part] of parts.entries()) {
    const place = squash(part.replace(/\([^)]*\)/g, ''));
    const arrangement = remoteFromText(part);
    if (index === 0 && arrangement === null && !looksLikeLocation(place)) {
      header.company = part;
      continue;
    }
    if (arrangement !== null) header.arrangement ??= part;
    const where = squash(part.replace(ARRANGEMENT_WORDS, '').replace(/[()[\],-]/g, ' '));
    if (looksLikeLocation(place) && where !== '') header.location ??= part;
  }
  return header.company || header.location || header.arrangement ? header : null;
}

/** The posting in a plain-text document; [] when it has no line to take as the title. */
export function parseText(text: string, ctx: ParseContext): RawPosting[] {
  const lines = text.split(/\r\n|\r|\n/);
  const firstIndex = lines.findIndex((line) => line.trim() !== '');
  if (firstIndex === -1) return [];
  let title = cleanTitleLine(lines[firstIndex] ?? '');
  const labels: Partial<Record<(typeof LABELS)[number][1], string>> = {};
  let header: Header | null = null;
  let bodyStart = firstIndex + 1;

  const next = lines.findIndex((line, i) => i > firstIndex && line.trim() !== '');
  if (next !== -1 && next <= firstIndex + 2) {
    header = readCompanyLine(lines[next] ?? '');
    if (header) bodyStart = next + 1;
  }
  const labelOf = (line: string) => {
    const match = LABEL_LINE.exec(line);
    const found = match ? LABELS.find(([pattern]) => pattern.test(match[1] ?? '')) : undefined;
    return found && match ? { key: found[1], value: squash(match[2] ?? '') } : null;
  };
  for (const line of lines.slice(firstIndex, firstIndex + HEADER_LINES)) {
    const label = labelOf(line);
    if (label) labels[label.key] ??= label.value;
  }
  // A block of "Label: value" lines under the title is header, not description.
  while (
    bodyStart < lines.length &&
    ((lines[bodyStart] ?? '').trim() === '' || labelOf(lines[bodyStart] ?? ''))
  ) {
    bodyStart++;
  }
  if (/^(?:job )?title\s*:/i.test(lines[firstIndex] ?? '') && labels.title) title = labels.title;

  const place = labels.location ?? header?.location ?? null;
  const remote =
    remoteFromText(labels.arrangement) ??
    remoteFromText(header?.arrangement) ??
    remoteFromText(place) ??
    (/\bremote\b/i.test(title) ? true : null);
  return [
    buildRawPosting(
      {
        title,
        company: labels.company ?? header?.company ?? null,
        location: buildLocation(place ?? (remote ? 'Remote' : null), null, remote),
        employmentType: normalizeEmploymentType(labels.type),
        postedAt: toIsoDate(labels.posted),
        description: { text: lines.slice(bodyStart).join('\n').trim() },
      },
      ctx,
    ),
  ].filter((posting): posting is RawPosting => posting !== null);
}
