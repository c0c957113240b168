import { z } from 'zod';

/** Shapes of the files under data/papers/<paper-id>/. Parsing them is the only way data enters the core. */

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes');
const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const citeSchema = z.object({
  source: id,
  locator: nonEmpty,
});

export const evidenceKinds = [
  'in-vitro',
  'animal',
  'patient-tissue',
  'press-statement',
  'background',
  'bibliographic',
  /** the authors' own interpretation of their findings, resting on the experiments above */
  'conclusion',
  /** people rather than their tissue: registries, cohorts, trials, questionnaires */
  'clinical',
] as const;

export const claimSchema = z.object({
  id,
  text: nonEmpty.max(400, 'a claim is one sentence: keep it under 400 characters'),
  sources: z.array(citeSchema).min(1, 'a claim needs at least one source'),
  evidence: z.enum(evidenceKinds),
  tags: z.array(nonEmpty).default([]),
  topics: z.array(id).default([]),
  note: nonEmpty.optional(),
  conflictsWith: z.array(id).default([]),
  /** a candidate made by paper:new, not yet rewritten by a curator: never shown to users */
  draft: z.boolean().default(false),
  /**
   * The text is the paper's own words, quoted verbatim from the passage at its locator: allowed only
   * when the paper's licence permits reuse, shown in quotation marks and cited as "quoted from …".
   */
  quote: z.boolean().optional(),
});

export const sourceSchema = z.object({
  id,
  kind: z.enum(['press', 'paper', 'background']),
  title: nonEmpty,
  publisher: z.string().nullable().default(null),
  date: z.string().nullable().default(null),
  url: z.url().nullable().default(null),
});

const citedText = z.object({ text: nonEmpty, cite: z.array(citeSchema).min(1) });

/** A licence as the article states it (JATS <license>): its URL, its text, or both. */
export const licenceSchema = z
  .object({
    url: z.url().nullable().default(null),
    text: nonEmpty.nullable().default(null),
  })
  .refine((l) => l.url !== null || l.text !== null, 'give the licence URL or its text');

export const paperSchema = z.object({
  id,
  /** draft papers may still hold draft claims; published ones may not */
  status: z.enum(['published', 'draft']).default('published'),
  /** when the journal club added it: the newest paper is what a channel reads unless it chose another */
  addedOn: z.iso.date({ error: 'must be a date such as 2025-10-20' }).optional(),
  shortTitle: nonEmpty,
  title: nonEmpty,
  /** in the paper's order; a published paper needs them (data:check), a draft may not know them yet */
  authors: z.array(nonEmpty).default([]),
  /** institutions and the authors at each, as the paper lists them */
  affiliations: z.array(z.object({ name: nonEmpty, authors: z.array(nonEmpty).min(1) })).default([]),
  firstAuthor: z.object({ name: nonEmpty, cite: z.array(citeSchema).min(1) }).optional(),
  teamLeads: z.array(z.object({ name: nonEmpty, department: nonEmpty.optional(), affiliation: nonEmpty })).default([]),
  teamLeadsCite: z.array(citeSchema).default([]),
  correspondingAuthors: z.array(nonEmpty).nullable().default(null),
  journal: z.object({ name: nonEmpty, publisher: nonEmpty.optional(), cite: z.array(citeSchema).min(1) }).optional(),
  date: citedText.optional(),
  volume: z.string().nullable().default(null),
  issue: z.string().nullable().default(null),
  /** first–last page, or the one page */
  pages: z.string().nullable().default(null),
  /** the article number (JATS elocation-id) of journals without pages */
  articleNumber: z.string().nullable().default(null),
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'a DOI looks like 10.1234/xyz').nullable().default(null),
  pmid: z.string().regex(/^\d{1,9}$/, 'a PubMed id is a number such as 19079722').nullable().default(null),
  pmcid: z.string().regex(/^PMC\d+$/, 'a PubMed Central id looks like PMC2599765').nullable().default(null),
  /** the article's reuse licence: decides whether its sentences may be published as quotations */
  licence: licenceSchema.optional(),
  url: z.url().nullable().default(null),
  impactFactor: z
    .object({ value: z.number().positive(), reportedBy: nonEmpty, cite: z.array(citeSchema).min(1) })
    .nullable()
    .default(null),
  recognition: citedText.nullable().default(null),
  sources: z.array(sourceSchema).min(1),
  tldr: z.array(id).default([]),
  topics: z.array(z.object({ id, label: nonEmpty, question: nonEmpty })).default([]),
  /** what the paper leaves open, for the discuss command */
  openQuestions: z.array(citedText).default([]),
});

export const glossaryEntrySchema = z.object({
  id,
  term: nonEmpty,
  aliases: z.array(nonEmpty).default([]),
  definition: nonEmpty,
  sources: z.array(citeSchema).min(1),
  related: z.array(id).default([]),
});

/** The text a locator points to (a JATS section paragraph, a figure legend, a press paragraph), kept beside the paper. */
export const passageSchema = z.object({
  source: id,
  locator: nonEmpty,
  text: nonEmpty,
});

export const claimsFileSchema = z.array(claimSchema).min(1, 'a paper needs at least one claim');
export const glossaryFileSchema = z.array(glossaryEntrySchema);
export const passagesFileSchema = z.array(passageSchema);

export type Cite = z.infer<typeof citeSchema>;
export type Evidence = (typeof evidenceKinds)[number];
export type ClaimData = z.infer<typeof claimSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
export type PaperData = z.infer<typeof paperSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type LicenceData = z.infer<typeof licenceSchema>;
export type PassageData = z.infer<typeof passageSchema>;
