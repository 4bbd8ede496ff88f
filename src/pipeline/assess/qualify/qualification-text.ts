/**
 * The plain-language sentence of a qualification. Always "consistent with" wording: r2p-watch reads
 * reported facts against legal elements; it never finds that a crime was committed.
 */
import type { QualificationElement, QualificationLevel } from "../../../domain/qualification.js";
import type { LegalCode } from "../../../knowledge/legal/legal-codes.js";

const list = (elements: QualificationElement[]) => elements.map((e) => e.name).join("; ");

/** One or two sentences for people, built from the level, the elements and the limits. */
export function qualificationText(
  code: LegalCode,
  level: QualificationLevel,
  factLevel: QualificationLevel,
  elements: QualificationElement[],
  limits: string[],
): string {
  const head = `${code.reading} (${code.basis})`;
  const unmetAct = elements.filter((e) => e.kind === "act" && e.status !== "met");
  const unmetContext = elements.filter((e) => e.kind === "context" && e.status !== "met");
  const unshown = elements.filter((e) => e.kind === "specific" && e.status !== "met");
  const still = unshown.length ? ` Still not shown: ${list(unshown)}.` : "";
  if (code.analystOnly) {
    return `Indicators that an analyst must weigh for ${head}: the text names a protected group and wording of intent to destroy it. Genocide is never qualified automatically; held at L0 and queued for review.${still}`;
  }
  if (level === "L2") {
    return `Consistent with ${head} if the context elements hold: the reported facts match the act, and the situation's context supports ${list(elements.filter((e) => e.kind === "context"))}.${still}`;
  }
  if (level === "L1") {
    const why =
      factLevel === "L2"
        ? `; held at L1: ${limits.join("; ")}`
        : unmetContext.length
          ? `; not established: ${list(unmetContext)}`
          : "";
    return `The reported facts are consistent with the act of ${head}${why}.${still}`;
  }
  if (factLevel !== "L0") {
    return `Alleged: as reported, the facts would be consistent with ${head} (${factLevel} on the facts alone); held at L0 because ${limits.join("; ")}.${still}`;
  }
  return `Alleged only: the reported facts are not yet consistent with ${head}; not shown: ${list(unmetAct)}.${still}`;
}
