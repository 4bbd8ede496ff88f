/**
 * Text rendering of evaluation results: the metrics table, the target check and the verbose
 * per-document listing of misses and wrong fields.
 */
import type { IncidentClaim } from "../src/domain/claim.js";
import { coarseEventType } from "./event-type-map.js";
import type { ExternalGoldLine } from "./external-sets.js";
import type { ExternalDocScore, ExternalMetrics } from "./score-external.js";
import type { ExternalTollDocScore, ExternalTollMetrics } from "./score-external-tolls.js";
import type { DocScore, FieldName, Metrics } from "./score-extraction.js";
import { FIELD_NAMES } from "./score-extraction.js";

/** Targets from the issue: metric → minimum. */
export const TARGETS: { label: string; minimum: number; value: (m: Metrics) => number | null }[] = [
  { label: "incident F1", minimum: 0.85, value: (m) => m.f1 },
  { label: "place exact", minimum: 0.85, value: (m) => m.fields.place },
  { label: "admin1", minimum: 0.95, value: (m) => m.fields.admin1 },
  { label: "perpetrator", minimum: 0.8, value: (m) => m.fields.perpetrator },
  { label: "killed", minimum: 0.8, value: (m) => m.fields.killed },
];

const FIELD_LABELS: Record<FieldName, string> = {
  place: "place",
  placeName: "place~name",
  admin1: "admin1",
  eventType: "event",
  perpetrator: "perp",
  killed: "killed",
};

function num(value: number | null): string {
  return value === null ? "n/a" : value.toFixed(2);
}

/** A fixed-width table with one row per set plus the pooled "overall" row. */
export function formatTable(rows: { name: string; metrics: Metrics }[]): string {
  const header = [
    "set",
    "docs",
    "gold",
    "extr",
    "TP",
    "FP",
    "FN",
    "P",
    "R",
    "F1",
    ...FIELD_NAMES.map((f) => FIELD_LABELS[f]),
  ];
  const body = rows.map(({ name, metrics: m }) => [
    name,
    String(m.docs),
    String(m.gold),
    String(m.extracted),
    String(m.tp),
    String(m.fp),
    String(m.fn),
    num(m.precision),
    num(m.recall),
    num(m.f1),
    ...FIELD_NAMES.map((f) => num(m.fields[f])),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

/** One line per target with the value and ✓ or ✗. */
export function formatTargets(metrics: Metrics): string {
  return TARGETS.map(({ label, minimum, value }) => {
    const v = value(metrics);
    const ok = v !== null && v >= minimum;
    return `  ${ok ? "✓" : "✗"} ${label.padEnd(12)} ${num(v)}  (target ≥ ${minimum.toFixed(2)})`;
  }).join("\n");
}

function describeIncident(incident: IncidentClaim): string {
  const p = incident.place;
  const killed = incident.casualties.killed;
  const killedText = killed ? ` killed=${killed.min}–${killed.max ?? "∞"}(${incident.casualties.scope})` : "";
  const perps = incident.perpetrators.map((x) => x.actorId ?? x.mention).join("+") || "no perpetrator";
  return `"${p.mention}"→${p.name ?? "∅"} [${p.precision}, ${p.admin1 ?? "?"}] ${coarseEventType(incident.eventType, incident.acled.subEventType)}/${incident.eventType} by ${perps}${killedText}`;
}

/** Every false negative, false positive and wrong field of one document; empty when all is right. */
export function formatDocDetails(score: DocScore, incidents: IncidentClaim[], error?: string): string {
  const lines: string[] = [];
  if (error) lines.push(`    ERROR ${error}`);
  for (const gold of score.falseNegatives) {
    lines.push(
      `    FN  ${gold.place} [${gold.admin1 ?? "?"}] ${gold.eventType ?? "?"} killed=${gold.killed ?? "null"}`,
    );
  }
  for (const index of score.falsePositives) lines.push(`    FP  ${describeIncident(incidents[index]!)}`);
  for (const pair of score.pairs) {
    // A place miss is listed once, under the strict check; the lenient one appears in the table only.
    const wrong = FIELD_NAMES.filter((f) => f !== "placeName" && !pair.fields[f].ok);
    for (const field of wrong) {
      const { expected, got } = pair.fields[field];
      lines.push(`    ✗ ${pair.gold.place}: ${field} expected ${expected}, got ${got}`);
    }
  }
  return lines.length === 0 ? "" : [`  ${score.doc}`, ...lines].join("\n");
}

/** The targets side by side for the tuning and the test part. */
export function formatTargetColumns(tune: Metrics, test: Metrics): string {
  return TARGETS.map(({ label, minimum, value }) => {
    const cell = (m: Metrics) => {
      const v = value(m);
      return `${v !== null && v >= minimum ? "✓" : "✗"} ${num(v).padStart(4)}`;
    };
    return `  ${label.padEnd(22)} ${cell(tune)}  ${cell(test)}  (target ≥ ${minimum.toFixed(2)})`;
  }).join("\n");
}

/** Targets of issue 8 for the external Airwars set. */
export const EXTERNAL_TARGETS: {
  label: string;
  minimum: number;
  value: (m: ExternalMetrics) => number | null;
}[] = [
  { label: "recall (10 km)", minimum: 0.85, value: (m) => m.recall },
  { label: "place within 3 km", minimum: 0.8, value: (m) => m.place },
  { label: "perpetrator", minimum: 0.8, value: (m) => m.perpetrator },
  { label: "killed overlap", minimum: 0.8, value: (m) => m.killed },
];

/** One row per external set and split: recall, then field accuracies over the found documents. */
export function formatExternalTable(rows: { name: string; metrics: ExternalMetrics }[]): string {
  const header = ["external set", "docs", "recall", "place", "event", "perp", "killed", "(n killed)"];
  const body = rows.map(({ name, metrics: m }) => [
    name,
    String(m.docs),
    num(m.recall),
    num(m.place),
    num(m.eventType),
    num(m.perpetrator),
    num(m.killed),
    String(m.killedScored),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

/** What went wrong on one external document; empty when all is right. */
export function formatExternalDetails(
  score: ExternalDocScore,
  gold: ExternalGoldLine,
  error?: string,
): string {
  const wrong: string[] = [];
  if (error) wrong.push(`ERROR ${error}`);
  if (!score.found) wrong.push("not found");
  else {
    if (!score.place) wrong.push("place");
    if (score.eventType === false) wrong.push("event");
    if (!score.perpetrator) wrong.push("perp");
    if (score.killed === false) wrong.push("killed");
  }
  if (wrong.length === 0) return "";
  const record = `${gold.place} [${gold.admin1 ?? "?"}] ${gold.eventType ?? "?"} by /${gold.perpetrator ?? ""}/ killed ${gold.killed}–${gold.killedMax}`;
  return `  ${score.doc} ✗ ${wrong.join(", ")}\n    record: ${record}\n    got:    ${score.got}`;
}

/** One row per toll-scored external set and split (eval/score-external-tolls.ts): no place column. */
export function formatExternalTollTable(rows: { name: string; metrics: ExternalTollMetrics }[]): string {
  const header = ["toll set", "docs", "claim", "event", "perp", "killed", "(n)", "injured", "(n)"];
  const body = rows.map(({ name, metrics: m }) => [
    name,
    String(m.docs),
    num(m.claim),
    num(m.eventType),
    num(m.perpetrator),
    num(m.killed),
    String(m.killedScored),
    num(m.injured),
    String(m.injuredScored),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

/** What went wrong on one toll-scored external document; empty when all is right. */
export function formatExternalTollDetails(
  score: ExternalTollDocScore,
  gold: ExternalGoldLine,
  error?: string,
): string {
  const wrong: string[] = [];
  if (error) wrong.push(`ERROR ${error}`);
  if (!score.claim) wrong.push("no claim");
  if (score.eventType === false) wrong.push("event");
  if (!score.perpetrator) wrong.push("perp");
  if (score.killed === false) wrong.push("killed");
  if (score.injured === false) wrong.push("injured");
  if (wrong.length === 0) return "";
  const injured = gold.injured == null ? "" : ` injured ${gold.injured}–${gold.injuredMax ?? gold.injured}`;
  const record = `${gold.place} ${gold.eventType ?? "?"} by /${gold.perpetrator ?? ""}/ killed ${gold.killed}–${gold.killedMax}${injured}`;
  return `  ${score.doc} ✗ ${wrong.join(", ")}\n    record: ${record}\n    got:    ${score.got}`;
}
