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

export const paperSchema = z.object({
  id,
  /** draft papers may still hold draft claims; published ones may not */
  status: z.enum(['published', 'draft']).default('published'),
  /** when the journal club added it: the newest paper is what a channel reads unless it chose another */
  addedOn: z.iso.date({ error: 'must be a date such as 2025-10-20' }).optional(),
  shortTitle: nonEmpty,
  title: nonEmpty,
  authors: z.array(nonEmpty).min(1),
  firstAuthor: z.object({ name: nonEmpty, cite: z.array(citeSchema).min(1) }).optional(),
  teamLeads: z.array(z.object({ name: nonEmpty, department: nonEmpty.optional(), affiliation: nonEmpty })).default([]),
  teamLeadsCite: z.array(citeSchema).default([]),
  correspondingAuthors: z.array(nonEmpty).nullable().default(null),
  journal: z.object({ name: nonEmpty, publisher: nonEmpty.optional(), cite: z.array(citeSchema).min(1) }).optional(),
  date: citedText.optional(),
  volume: z.string().nullable().default(null),
  articleNumber: z.string().nullable().default(null),
  pages: z.string().nullable().default(null),
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'a DOI looks like 10.1234/xyz').nullable().default(null),
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

export const claimsFileSchema = z.array(claimSchema).min(1, 'a paper needs at least one claim');
export const glossaryFileSchema = z.array(glossaryEntrySchema);

export type Cite = z.infer<typeof citeSchema>;
export type Evidence = (typeof evidenceKinds)[number];
export type ClaimData = z.infer<typeof claimSchema>;
export type SourceData = z.infer<typeof sourceSchema>;
export type PaperData = z.infer<typeof paperSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
