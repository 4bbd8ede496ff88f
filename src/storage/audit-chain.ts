/**
 * The audit hash chain as pure functions: how an event's hash is computed from its content and the
 * previous event's hash, and how a sequence of stored events is checked for edits and deletions.
 */
import type { AuditEvent, AuditVerification } from "./ports.js";
import { canonicalJson } from "./canonical-json.js";
import { sha256Hex } from "./hash.js";

/** prevHash of the first event. */
export const GENESIS_HASH = "0".repeat(64);

export type UnhashedAuditEvent = Omit<AuditEvent, "hash">;

/**
 * sha256 of the canonical JSON of every field but `hash` itself.
 *
 * @example computeEventHash({ seq: 1, prevHash: GENESIS_HASH, ... })
 */
export function computeEventHash(event: UnhashedAuditEvent): string {
  return sha256Hex(
    canonicalJson({
      seq: event.seq,
      at: event.at,
      actor: event.actor,
      action: event.action,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      beforeHash: event.beforeHash,
      afterHash: event.afterHash,
      detail: event.detail,
      prevHash: event.prevHash,
    }),
  );
}

/** Builds the next event of a chain whose last event is `last` (null for an empty chain). */
export function chainEvent(
  last: { seq: number; hash: string } | null,
  content: Omit<UnhashedAuditEvent, "seq" | "prevHash">,
): AuditEvent {
  const unhashed: UnhashedAuditEvent = {
    ...content,
    seq: last ? last.seq + 1 : 1,
    prevHash: last ? last.hash : GENESIS_HASH,
  };
  return { ...unhashed, hash: computeEventHash(unhashed) };
}

/**
 * Checks events fed in seq order, page by page, so a long log never has to sit in memory at once.
 * Each problem names the seq where the chain breaks:
 * - a seq gap (events deleted), including a chain that does not start at 1;
 * - a prevHash that is not the previous stored event's hash (an event before it was deleted or rewritten);
 * - a hash that does not match the event's content (the event was edited).
 * Deleting only the newest events cannot be seen from the chain alone; anchor the last hash elsewhere
 * (a published brief, an export) to cover that.
 */
export class AuditChainVerifier {
  private checked = 0;
  private previous: { seq: number; hash: string } | null = null;
  private readonly problems: AuditVerification["problems"] = [];

  /** Feeds the next event in seq order. */
  add(event: AuditEvent): void {
    this.checked += 1;
    const expectedSeq = this.previous ? this.previous.seq + 1 : 1;
    if (event.seq !== expectedSeq) {
      const missing = event.seq - 1 === expectedSeq ? `${expectedSeq}` : `${expectedSeq}–${event.seq - 1}`;
      this.problems.push({ seq: event.seq, problem: `seq gap: event(s) ${missing} are missing (deleted)` });
    }
    const expectedPrev = this.previous ? this.previous.hash : GENESIS_HASH;
    if (event.prevHash !== expectedPrev) {
      this.problems.push({
        seq: event.seq,
        problem:
          "prevHash does not match the previous event's hash (an earlier event was deleted or rewritten)",
      });
    }
    if (computeEventHash(event) !== event.hash) {
      this.problems.push({
        seq: event.seq,
        problem: "hash does not match the event's content (the event was edited)",
      });
    }
    // Continue from the stored hash so one edited event is reported once, not at every later link.
    this.previous = { seq: event.seq, hash: event.hash };
  }

  result(): AuditVerification {
    return { ok: this.problems.length === 0, checked: this.checked, problems: [...this.problems] };
  }
}

/** Verifies a whole chain held in memory. */
export function verifyAuditChain(events: Iterable<AuditEvent>): AuditVerification {
  const verifier = new AuditChainVerifier();
  for (const event of events) verifier.add(event);
  return verifier.result();
}
