/**
 * The source registry as a lookup: by id, by any name or alias (English or Arabic, case, punctuation
 * and a leading "the" folded), and by the domain of a report URL. Names written "Long Name (ACR)" by
 * the ingest stage are tried whole, then by their parts.
 */
import type { SourceRecord } from "../../domain/source.js";
import { hasArabic, normaliseArabic } from "../gazetteer/arabic-normalise.js";

/**
 * Folds a source name for matching: case, diacritics, punctuation, a leading article.
 * @example sourceNameKey("The Syrian Observer") === sourceNameKey("syrian observer") // true
 */
export function sourceNameKey(name: string): string {
  if (hasArabic(name))
    return normaliseArabic(name)
      .replace(/[^\u0600-\u06FF0-9a-z ]+/gi, " ")
      .replace(/\s+/g, " ")
      .trim();
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘`]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^the /, "");
}

/** The host of a URL without "www." (lowercase), or null when it is not a URL. */
export function urlHost(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
}

export class SourceRegistry {
  private readonly byId = new Map<string, SourceRecord>();
  private readonly byName = new Map<string, SourceRecord>();
  private readonly byDomain = new Map<string, SourceRecord>();

  constructor(records: readonly SourceRecord[]) {
    for (const record of records) this.byId.set(record.id, record);
    // Names before aliases, so that a source's own name wins over another's alias of the same words.
    for (const record of records) this.byName.set(sourceNameKey(record.name), record);
    for (const record of records)
      for (const alias of record.aliases) {
        const key = sourceNameKey(alias);
        if (key && !this.byName.has(key)) this.byName.set(key, record);
      }
    for (const record of records)
      for (const domain of record.domains) this.byDomain.set(domain.replace(/^www\./, ""), record);
  }

  get(id: string): SourceRecord | undefined {
    return this.byId.get(id);
  }

  all(): SourceRecord[] {
    return [...this.byId.values()];
  }

  /**
   * The source a name or alias designates, or null.
   * @example registry.findByName("Syrian Opposition Coalition (SOC)")?.id // "soc"
   */
  findByName(name: string): SourceRecord | null {
    const whole = this.byName.get(sourceNameKey(name));
    if (whole) return whole;
    // "Long Name (ACR)": the long name, then the acronym.
    const parts = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(name.trim());
    if (parts) {
      for (const part of [parts[1], parts[2]]) {
        const found = part ? this.byName.get(sourceNameKey(part)) : undefined;
        if (found) return found;
      }
    }
    return null;
  }

  /**
   * The source whose domain hosts `url` (subdomains included), or null.
   * @example registry.findByUrl("https://www.syriahr.com/en/252640/")?.id // "sohr"
   */
  findByUrl(url: string): SourceRecord | null {
    const host = urlHost(url);
    if (!host) return null;
    const labels = host.split(".");
    for (let i = 0; i < labels.length - 1; i++) {
      const found = this.byDomain.get(labels.slice(i).join("."));
      if (found) return found;
    }
    return null;
  }
}
