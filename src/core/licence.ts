import type { LicenceData } from './schema.js';

/**
 * What an article's licence lets this bot do with its text. Read from the licence URL first (it is
 * unambiguous), then from the licence text, as JATS files carry one or both.
 */
export type LicenceKind =
  | 'public-domain'
  | 'cc0'
  | 'cc-by'
  | 'cc-by-sa'
  | 'cc-by-nc'
  | 'cc-by-nc-sa'
  | 'cc-by-nd'
  | 'cc-by-nc-nd'
  | 'unknown';

export interface Licence {
  kind: LicenceKind;
  /** short name for citations: "CC BY 2.0", "public domain" */
  label: string;
  /** whether sentences may be published as quotations (with attribution) */
  permitsQuoting: boolean;
  /** one sentence on what the licence allows, for curators and for the paper's licence claim */
  allows: string;
  url: string | null;
}

/** Licences under which any reuse, commercial included, is allowed with attribution (or without any condition). */
const QUOTABLE: ReadonlySet<LicenceKind> = new Set(['public-domain', 'cc0', 'cc-by', 'cc-by-sa']);

const LABELS: Record<LicenceKind, string> = {
  'public-domain': 'public domain',
  cc0: 'CC0',
  'cc-by': 'CC BY',
  'cc-by-sa': 'CC BY-SA',
  'cc-by-nc': 'CC BY-NC',
  'cc-by-nc-sa': 'CC BY-NC-SA',
  'cc-by-nd': 'CC BY-ND',
  'cc-by-nc-nd': 'CC BY-NC-ND',
  unknown: 'licence not recognised',
};

const ALLOWS: Record<LicenceKind, string> = {
  'public-domain': 'its text may be reused freely, and quotations name their source',
  cc0: 'its authors waived their rights (CC0): its text may be reused freely, and quotations name their source',
  'cc-by': 'it may be shared, adapted and quoted for any purpose, with attribution',
  'cc-by-sa': 'it may be shared, adapted and quoted for any purpose, with attribution, adaptations under the same licence',
  'cc-by-nc': 'it may be shared and adapted with attribution for non-commercial purposes only, so its text is not published here as quotations (the bot may serve commercial workspaces); claims are written in our own words',
  'cc-by-nc-sa': 'it may be shared and adapted with attribution for non-commercial purposes only, under the same licence, so its text is not published here as quotations; claims are written in our own words',
  'cc-by-nd': 'it may be shared whole and unchanged with attribution, but not in excerpts or adaptations, so its text is not published here as quotations; claims are written in our own words',
  'cc-by-nc-nd': 'it may be shared whole and unchanged, non-commercially, with attribution, so its text is not published here as quotations; claims are written in our own words',
  unknown: 'its reuse terms are not recognised, so its text is treated as copyrighted: claims are written in our own words',
};

function kindFromUrl(url: string): LicenceKind | undefined {
  const u = url.toLowerCase();
  if (/creativecommons\.org\/publicdomain\/zero\b/.test(u)) return 'cc0';
  if (/creativecommons\.org\/publicdomain\/mark\b/.test(u)) return 'public-domain';
  const m = /creativecommons\.org\/licen[cs]es\/([a-z-]+)/.exec(u);
  if (!m) return undefined;
  const parts = new Set(m[1]!.split('-'));
  if (!parts.has('by')) return undefined;
  const nc = parts.has('nc');
  if (parts.has('nd')) return nc ? 'cc-by-nc-nd' : 'cc-by-nd';
  if (parts.has('sa')) return nc ? 'cc-by-nc-sa' : 'cc-by-sa';
  return nc ? 'cc-by-nc' : 'cc-by';
}

function kindFromText(text: string): LicenceKind | undefined {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  if (/\bcc0\b|public domain dedication|creative commons zero/.test(t)) return 'cc0';
  if (/\b(in|into) the public domain\b|\bpublic domain\b.*\bwithout copyright\b/.test(t)) return 'public-domain';
  const cc = /creative commons|\bcc[ -]by\b/.test(t);
  if (!cc) return undefined;
  const nc = /non-?commercial|\bnc\b/.test(t);
  const nd = /no-?deriv|\bnd\b/.test(t);
  const sa = /share-?alike|\bsa\b/.test(t);
  if (nd) return nc ? 'cc-by-nc-nd' : 'cc-by-nd';
  if (sa) return nc ? 'cc-by-nc-sa' : 'cc-by-sa';
  if (/attribution|\bcc[ -]by\b/.test(t)) return nc ? 'cc-by-nc' : 'cc-by';
  return undefined;
}

function versionOf(url: string | null, text: string | null): string | undefined {
  const fromUrl = url ? /\/(\d\.\d)\b/.exec(url)?.[1] : undefined;
  if (fromUrl || !text) return fromUrl;
  return (/licen[cs]es\/[a-z-]+\/(\d\.\d)\b/i.exec(text) ?? /\b(\d\.\d) (?:International|Unported|Generic)\b/i.exec(text))?.[1];
}

export function classifyLicence(data: LicenceData | undefined): Licence {
  const url = data?.url ?? null;
  const text = data?.text ?? null;
  const kind = (url && kindFromUrl(url)) || (text && kindFromText(text)) || 'unknown';
  const version = kind.startsWith('cc-') ? versionOf(url, text) : undefined;
  return {
    kind,
    label: `${LABELS[kind]}${version ? ` ${version}` : ''}`,
    permitsQuoting: QUOTABLE.has(kind),
    allows: ALLOWS[kind],
    url,
  };
}
