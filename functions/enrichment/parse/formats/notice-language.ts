/**
 * The words in which a notice, a news story or a blog post announces that a body recruits for
 * named posts, in the languages the readers meet (taxonomy/notice-language.json, its shape and the
 * meaning of each list in taxonomy/reader-vocabulary-schema.ts), validated once at load; read by
 * notice-posts.ts, which reads by the sentence's structure:
 * - `post` cues introduce a post by construction ("para os cargos de", "la Stelle eines");
 * - `seek` cues are a recruiting verb ("is recruiting for", "recrute", "søker en"): what follows
 *   is a post only where it names a role;
 * - list nouns: a line ending in ":" that names vacancies heads a list of posts;
 * - issuer phrases: where a notice names the body that recruits when no sentence has it as its
 *   subject ("concurso Ministério da Gestão", "Organismo Convocante").
 * Patterns are regular-expression sources, matched case-insensitively; word lists are given here
 * as one alternation.
 */

import vocabularyData from '../../../../taxonomy/notice-language.json' with { type: 'json' };
import {
  type NoticeVocabulary,
  NoticeVocabularySchema,
} from '../../../../taxonomy/reader-vocabulary-schema.ts';
import { escapeRegExp } from '../../fields.ts';

/** Parses and checks the notice vocabulary (throws, naming the path, on a bad file). */
export function parseNoticeVocabulary(data: unknown): NoticeVocabulary {
  return NoticeVocabularySchema.parse(data);
}

const VOCABULARY: NoticeVocabulary = parseNoticeVocabulary(vocabularyData);

/** Phrases (no regex: see the schema) as one alternation matching each as written. */
const literally = (phrases: readonly string[]) => phrases.map(escapeRegExp).join('|');

export const POST_CUES: readonly string[] = VOCABULARY.postCues;
export const SEEK_CUES: readonly string[] = VOCABULARY.seekCues;
/** Nouns for vacancies that make a line ending in ":" the head of a list of posts. */
export const LIST_NOUNS = literally(VOCABULARY.listNouns);
/** The words of a recruiting sentence between its subject and its verb ("NHS England has announced it is looking for"). */
export const SUBJECT_LINKS = literally(VOCABULARY.subjectLinks);
/** Phrases after which a notice names the body that recruits, in the order they are trusted. */
export const ISSUER_BEFORE: readonly string[] = VOCABULARY.issuerBefore;
/** What, said before a cue in its sentence, makes the post one that is filled, was applied for or was held. */
export const NOT_OPEN = VOCABULARY.notOpen.join('|');
/** Labels of a notice's issuing body, the body on the same line or the next. */
export const ISSUER_LABELS = literally(VOCABULARY.issuerLabels);
/** Where a post's name ends inside a sentence: a clause, a purpose, a place, a time. */
export const PHRASE_ENDS = VOCABULARY.phraseEnds.join('|');
/** Words a post's name does not start with: articles, "new", counts written out. */
export const LEADING_WORDS = literally(VOCABULARY.leadingWords);
/** A vacancy noun before a post's name ("8 vagas de Analista", "n. 2 posti di Specialista"): not the name. */
export const VACANCY_BEFORE = VOCABULARY.vacancyBefore;
/** Post nouns the role vocabulary does not hold, as public notices name posts ("Técnico em TI"). */
export const POST_HEADS: readonly string[] = VOCABULARY.postHeads;
