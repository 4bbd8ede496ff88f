/**
 * The actor registry (ActorLookup): finds actor aliases in English and Arabic text with offsets into the
 * original text, resolves aliases shared across periods by the report date, and applies nationality
 * adjective rules ("its Russian and Iranian allies" → RU_MIL, IR_MIL). Built from country packs.
 */
import type { ActorLookup, ActorRecord } from "../../domain/actors.js";
import { R2pError } from "../../domain/errors.js";
import { chooseByDate } from "./actor-period.js";
import { tokenize, tokenKey, type Token } from "./actor-tokens.js";
import { AliasTrie } from "./alias-trie.js";
import type { ActorMatch, CountryPack } from "./country-pack.js";

/** Nouns that turn a preceding nationality adjective into an actor mention. */
const FORCE_NOUNS = new Set(
  [
    "ally",
    "allies",
    "force",
    "forces",
    "militia",
    "militias",
    "militiamen",
    "warplane",
    "warplanes",
    "jet",
    "jets",
    "aircraft",
    "drone",
    "drones",
    "helicopter",
    "helicopters",
    "troops",
    "army",
    "military",
    "soldiers",
    "bombers",
    "planes",
    "artillery",
    "navy",
    "airstrikes",
    "strikes",
    "raids",
    "shelling",
    "bombardment",
    "missiles",
    "rockets",
    "patrols",
    "officers",
    "advisers",
    "advisors",
    "personnel",
    "units",
    "backers",
    "partners",
    "proxies",
    "fighters",
    "gunboats",
    "warships",
    // The attack itself named by the nationality: "an Israeli aggression", "the Turkish attack".
    "attack",
    "attacks",
    "strike",
    "airstrike",
    "aggression",
    "bombing",
    "enemy",
    "occupation",
  ].map(tokenKey),
);
/** How many words may separate the adjective from its noun ("Russian and Iranian allies"). */
const ADJECTIVE_WINDOW = 3;

/** A country pack that cannot be loaded: a programming error in the pack data. */
function invalidPack(detail: string): R2pError {
  return new R2pError("ACTOR_PACK_INVALID", `Invalid actor pack: ${detail}.`, 500);
}

interface AdjectiveTarget {
  actor: ActorRecord;
  exact: string | null;
}

export class ActorRegistry implements ActorLookup {
  private readonly byId = new Map<string, ActorRecord>();
  private readonly trie = new AliasTrie();
  private readonly adjectives = new Map<string, AdjectiveTarget[]>();

  constructor(packs: readonly CountryPack[]) {
    for (const pack of packs) {
      for (const actor of pack.actors) {
        if (this.byId.has(actor.id))
          throw invalidPack(`actor id ${actor.id} is defined twice; give each actor a unique id`);
        this.byId.set(actor.id, actor);
        for (const alias of [actor.name, ...actor.aliasesEn, ...actor.aliasesAr]) this.trie.add(alias, actor);
      }
    }
    for (const pack of packs) {
      for (const rule of pack.adjectiveRules ?? []) {
        const actor = this.byId.get(rule.actorId);
        if (!actor)
          throw invalidPack(
            `an adjective rule names unknown actor ${rule.actorId}; define it in a pack first`,
          );
        for (const adjective of rule.adjectives) {
          const key = tokenKey(adjective);
          const list = this.adjectives.get(key) ?? [];
          list.push({ actor, exact: /^[A-Z]+$/.test(adjective) ? adjective : null });
          this.adjectives.set(key, list);
        }
      }
    }
  }

  /** An actor by id. */
  get(id: string): ActorRecord | undefined {
    return this.byId.get(id);
  }

  /** Every actor, in pack order. */
  all(): ActorRecord[] {
    return [...this.byId.values()];
  }

  /**
   * Actor mentions in `text`, in text order, longest alias first at each position, resolved for `onDate`
   * (YYYY-MM-DD, or null when unknown).
   * @example registry.findActors("regime forces shelled", "2021-05-01")[0].actor.id // "SY_GOV_ASSAD"
   */
  findActors(text: string, onDate: string | null): ActorMatch[] {
    const tokens = tokenize(text);
    const found: ActorMatch[] = [];
    const covered = new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length;) {
      const match = this.trie.longestAt(tokens, i);
      if (!match) {
        i++;
        continue;
      }
      const start = (tokens[match.from] as Token).start + match.skip;
      const end = (tokens[match.to - 1] as Token).end;
      const choice = chooseByDate(match.actors, onDate);
      found.push({
        actor: choice.actor,
        start,
        end,
        mention: text.slice(start, end),
        via: "alias",
        ...(choice.ambiguousPeriod ? { ambiguousPeriod: true } : {}),
        ...(choice.needsReview ? { needsReview: true } : {}),
      });
      covered.fill(1, match.from, match.to);
      i = match.to;
    }
    if (this.adjectives.size) found.push(...this.adjectiveMentions(text, tokens, covered, onDate));
    return found.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Nationality adjectives followed within a few words by a force noun. */
  private adjectiveMentions(
    text: string,
    tokens: Token[],
    covered: Uint8Array,
    onDate: string | null,
  ): ActorMatch[] {
    const out: ActorMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      const targets = covered[i] ? undefined : this.adjectives.get(token.key);
      const target = targets?.find((t) => t.exact === null || t.exact === token.raw);
      if (!target) continue;
      let head = -1;
      let coordinated = false;
      for (let j = i + 1; j <= i + ADJECTIVE_WINDOW && j < tokens.length; j++) {
        const next = tokens[j] as Token;
        if (next.breakBefore || covered[j]) break;
        if (FORCE_NOUNS.has(next.key)) {
          head = j;
          break;
        }
        if (this.adjectives.has(next.key)) coordinated = true;
      }
      if (head < 0) continue;
      // In "Russian and Iranian allies" the first adjective stands alone; the last one takes the noun.
      const end = coordinated ? token.end : (tokens[head] as Token).end;
      const choice = chooseByDate([target.actor], onDate);
      out.push({
        actor: target.actor,
        start: token.start,
        end,
        mention: text.slice(token.start, end),
        via: "adjective",
        ...(choice.needsReview ? { needsReview: true } : {}),
      });
    }
    return out;
  }
}
