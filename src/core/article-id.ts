/** An article as a curator names it: PubMed Central id, DOI or PubMed id. */
export type ArticleId = { kind: 'pmcid'; value: string } | { kind: 'doi'; value: string } | { kind: 'pmid'; value: string };

// Wrapping people paste around an identifier: quotes, backticks, brackets, chat markdown (bold,
// italics, strike-through, spoilers), a sentence's last mark.
const WRAPPING = /^[\s`'"“‘<([*_~|]+|[\s`'"”’>)\].,;:!?*_~|]+$/g;

/**
 * The forms curators paste: "PMC2599765", "pmcid: PMC2599765", "10.1289/ehp.11570", "doi:10.…",
 * "https://doi.org/10.…" (or without the scheme, as Slack shows a link), PMC, Europe PMC and PubMed
 * article addresses, "19079722", "PMID: 19079722". Anything else is not an article id.
 */
const PUBMED_LINK = /^(?:https?:\/\/)?(?:www\.)?(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov\/pubmed|europepmc\.org\/(?:article|abstract)\/MED)\/0*([1-9]\d{0,8})\/?(?:[?#]\S*)?$/i;

export function parseArticleId(raw: string): ArticleId | undefined {
  const text = safeDecode(raw).replace(WRAPPING, '');
  const pmc =
    /^(?:pmcid:?\s*)?(PMC\d{1,10})$/i.exec(text) ??
    /^(?:https?:\/\/)?(?:www\.)?(?:ncbi\.nlm\.nih\.gov\/pmc\/articles|pmc\.ncbi\.nlm\.nih\.gov\/articles|europepmc\.org\/(?:article|abstract)\/PMC)\/(PMC\d{1,10})\/?(?:[?#]\S*)?$/i.exec(text);
  if (pmc) return { kind: 'pmcid', value: pmc[1]!.toUpperCase() };
  const doi = /^(?:doi:\s*|(?:https?:\/\/)?(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i.exec(text);
  if (doi) return { kind: 'doi', value: doi[1]! };
  // PubMed ids are numbers from 1, written without leading zeros.
  const pmid = /^(?:pmid:?\s*)?0*([1-9]\d{0,8})$/i.exec(text) ?? PUBMED_LINK.exec(text);
  if (pmid) return { kind: 'pmid', value: pmid[1]! };
  return undefined;
}

/**
 * The identifier in what followed `add`: the whole of it, or the one link or id among a few words (a
 * Slack link's label before its address: "this week's paper https://doi.org/…").
 */
export function articleIdIn(rest: string): string | undefined {
  const whole = rest.trim();
  if (parseArticleId(whole)) return whole;
  // A markdown link (Discord, or typed): its address is the identifier, whatever its label says.
  const linked = [...whole.matchAll(/\]\((\S+?)\)/g)].map((m) => m[1]!).filter((url) => parseArticleId(url));
  if (linked.length === 1) return linked[0];
  const words = whole.split(/\s+/);
  if (words.length > 6) return undefined;
  // A bare number among other words is more likely a count than a PubMed id; a PubMed link is not.
  const found = words.filter((w) => {
    const id = parseArticleId(w);
    return id !== undefined && (id.kind !== 'pmid' || /[/.]/.test(w));
  });
  return found.length === 1 ? found[0] : undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
