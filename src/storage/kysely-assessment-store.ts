/**
 * Incident qualifications (replaced per incident when they change), the analyst queue they feed, and
 * the history of analyst-set risk indicators. Every write is audited in its own transaction.
 */
import { randomUUID } from "node:crypto";
import type { IncidentAssessment } from "../domain/qualification.js";
import type { AnalystIndicator, IndicatorState } from "../domain/risk.js";
import { canonicalJson } from "./canonical-json.js";
import { sha256Hex } from "./hash.js";
import { appendAuditEvent } from "./kysely-audit-log.js";
import type { AnalystDecision } from "../domain/qualification.js";
import { errors } from "../domain/errors.js";
import type {
  Actor,
  AnalystQueueEntry,
  AssessedSeriesView,
  AssessmentInputRecord,
  AssessmentStore,
} from "./ports.js";
import type { AnalystQueueTable } from "./schema.js";
import { parseJson, type StoreContext } from "./store-context.js";
import { inOpenWriteTransaction, inWriteTransaction, serialise } from "./transaction.js";

const LEVELS = ["L0", "L1", "L2"];

function maxLevel(assessment: IncidentAssessment): string {
  let best = -1;
  for (const q of assessment.qualifications) best = Math.max(best, LEVELS.indexOf(q.level));
  return best < 0 ? "" : LEVELS[best]!;
}

export class KyselyAssessmentStore implements AssessmentStore {
  constructor(private readonly ctx: StoreContext) {}

  async saveAssessments(
    situationId: string,
    assessments: IncidentAssessment[],
    actor: Actor,
    inputs?: ReadonlyMap<string, AssessmentInputRecord>,
  ): Promise<{ changed: number }> {
    const { db, traits } = this.ctx;
    return inWriteTransaction(db, traits, async (trx) => {
      const now = this.ctx.now();
      let changed = 0;
      for (const assessment of assessments) {
        const body = canonicalJson(assessment);
        const hash = sha256Hex(body);
        const input = inputs?.get(assessment.incidentId);
        const inputColumns = {
          input_hash: input?.inputHash ?? null,
          series_view: input?.series ? JSON.stringify(input.series) : null,
        };
        const previous = await trx
          .selectFrom("incident_assessments")
          .select(["content_hash", "input_hash", "series_view"])
          .where("incident_id", "=", assessment.incidentId)
          .executeTakeFirst();
        if (previous?.content_hash === hash) {
          // Same reading from a new input (a neighbour moved, a date was added): only the record of
          // the input changes, which no one reads as an assessment, so no audit event.
          if (
            input &&
            (previous.input_hash !== inputColumns.input_hash ||
              previous.series_view !== inputColumns.series_view)
          )
            await trx
              .updateTable("incident_assessments")
              .set(inputColumns)
              .where("incident_id", "=", assessment.incidentId)
              .execute();
          continue;
        }
        const row = {
          ...inputColumns,
          incident_id: assessment.incidentId,
          situation_id: situationId,
          rules_version: assessment.rulesVersion,
          max_level: maxLevel(assessment),
          body,
          content_hash: hash,
          assessed_at: now.toISOString(),
        };
        await trx
          .insertInto("incident_assessments")
          .values(row)
          .onConflict((oc) => oc.column("incident_id").doUpdateSet({ ...row }))
          .execute();
        for (const item of assessment.analystQueue) {
          await trx
            .insertInto("analyst_queue")
            .values({
              id: `${item.incidentId}:${item.code}`,
              incident_id: item.incidentId,
              code: item.code,
              reason: item.reason,
              status: "open",
              created_at: now.toISOString(),
              resolved_by: null,
              resolved_at: null,
              note: null,
              decision: null,
            })
            .onConflict((oc) => oc.column("id").doNothing())
            .execute();
        }
        await appendAuditEvent(trx, traits, now, {
          actor,
          action: "assessment.saved",
          subjectType: "incident",
          subjectId: assessment.incidentId,
          beforeHash: previous?.content_hash ?? null,
          afterHash: hash,
          detail: {
            rulesVersion: assessment.rulesVersion,
            qualifications: assessment.qualifications.map((q) => `${q.code}:${q.level}`),
          },
        });
        changed++;
      }
      return { changed };
    });
  }

  async assessmentInputs(situationId: string): Promise<Map<string, AssessmentInputRecord>> {
    const rows = await this.ctx.db
      .selectFrom("incident_assessments")
      .select(["incident_id", "input_hash", "series_view"])
      .where("situation_id", "=", situationId)
      .execute();
    return new Map(
      rows.map((r) => [
        r.incident_id,
        {
          inputHash: r.input_hash,
          series: r.series_view ? parseJson<AssessedSeriesView>(r.series_view) : null,
        },
      ]),
    );
  }

  async removeAssessments(incidentIds: readonly string[], actor: Actor): Promise<number> {
    if (incidentIds.length === 0) return 0;
    const { db, traits } = this.ctx;
    return inWriteTransaction(db, traits, async (trx) => {
      const now = this.ctx.now();
      let removed = 0;
      for (const incidentId of incidentIds) {
        const previous = await trx
          .selectFrom("incident_assessments")
          .select("content_hash")
          .where("incident_id", "=", incidentId)
          .executeTakeFirst();
        if (!previous) continue;
        await trx.deleteFrom("incident_assessments").where("incident_id", "=", incidentId).execute();
        await appendAuditEvent(trx, traits, now, {
          actor,
          action: "assessment.removed",
          subjectType: "incident",
          subjectId: incidentId,
          beforeHash: previous.content_hash,
          afterHash: null,
          detail: {
            reason: "the incident no longer exists or no longer counts (rejected, or not yet known)",
          },
        });
        removed++;
      }
      return removed;
    });
  }

  async lockAssessments(): Promise<void> {
    const { db, traits } = this.ctx;
    // Outside a batch the lock would end with its own statement: a caller bug, not a silent no-op.
    if (!inOpenWriteTransaction(db)) throw new Error("lockAssessments() must be called inside Store.batch");
    await serialise(db, traits, "assess");
  }

  async decideQueueItem(id: string, decision: AnalystDecision, actor: Actor): Promise<AnalystQueueEntry> {
    const { db, traits } = this.ctx;
    return inWriteTransaction(db, traits, async (trx) => {
      const now = this.ctx.now().toISOString();
      const before = await trx
        .selectFrom("analyst_queue")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirst();
      if (!before) throw errors.notFound("analyst-queue item", id);
      await trx
        .updateTable("analyst_queue")
        .set({
          status: "done",
          decision: decision.decision,
          note: decision.note,
          resolved_by: actor,
          resolved_at: now,
        })
        .where("id", "=", id)
        .execute();
      const after = {
        ...before,
        status: "done",
        decision: decision.decision,
        note: decision.note,
        resolved_by: actor,
        resolved_at: now,
      };
      await appendAuditEvent(trx, traits, this.ctx.now(), {
        actor,
        action: "analyst-queue.decided",
        subjectType: "incident",
        subjectId: before.incident_id,
        beforeHash: sha256Hex(canonicalJson(queueEntry(before))),
        afterHash: sha256Hex(canonicalJson(queueEntry(after))),
        detail: {
          item: id,
          code: before.code,
          decision: decision.decision,
          note: decision.note,
          previousDecision: before.decision,
        },
      });
      return queueEntry(after);
    });
  }

  async getAssessment(incidentId: string): Promise<IncidentAssessment | null> {
    const row = await this.ctx.db
      .selectFrom("incident_assessments")
      .select("body")
      .where("incident_id", "=", incidentId)
      .executeTakeFirst();
    return row ? parseJson<IncidentAssessment>(row.body) : null;
  }

  async listAssessments(situationId: string): Promise<IncidentAssessment[]> {
    const rows = await this.ctx.db
      .selectFrom("incident_assessments")
      .select("body")
      .where("situation_id", "=", situationId)
      .orderBy("incident_id")
      .execute();
    return rows.map((r) => parseJson<IncidentAssessment>(r.body));
  }

  async analystQueue(status?: "open" | "done"): Promise<AnalystQueueEntry[]> {
    const rows = await this.ctx.db
      .selectFrom("analyst_queue")
      .selectAll()
      .$if(status !== undefined, (q) => q.where("status", "=", status ?? "open"))
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    return rows.map(queueEntry);
  }

  async setIndicator(indicator: AnalystIndicator, actor: Actor): Promise<void> {
    const { db, traits } = this.ctx;
    await inWriteTransaction(db, traits, async (trx) => {
      const now = this.ctx.now();
      const id = randomUUID();
      await trx
        .insertInto("analyst_indicators")
        .values({
          id,
          situation_id: indicator.situationId,
          indicator_id: indicator.indicatorId,
          state: indicator.state,
          note: indicator.note,
          evidence: JSON.stringify(indicator.evidence),
          set_by: indicator.setBy,
          set_at: indicator.setAt,
        })
        .execute();
      await appendAuditEvent(trx, traits, now, {
        actor,
        action: "risk-indicator.set",
        subjectType: "situation",
        subjectId: indicator.situationId,
        beforeHash: null,
        afterHash: sha256Hex(canonicalJson(indicator)),
        detail: { id, indicator: indicator.indicatorId, state: indicator.state, note: indicator.note },
      });
    });
  }

  async listIndicators(situationId: string): Promise<AnalystIndicator[]> {
    const rows = await this.ctx.db
      .selectFrom("analyst_indicators")
      .selectAll()
      .where("situation_id", "=", situationId)
      .orderBy("set_at")
      .orderBy("id")
      .execute();
    return rows.map((r) => ({
      situationId: r.situation_id,
      indicatorId: r.indicator_id,
      state: r.state as IndicatorState,
      note: r.note,
      evidence: parseJson<string[]>(r.evidence),
      setBy: r.set_by,
      setAt: r.set_at,
    }));
  }
}

function queueEntry(r: AnalystQueueTable): AnalystQueueEntry {
  return {
    id: r.id,
    incidentId: r.incident_id,
    code: r.code,
    reason: r.reason,
    status: r.status as "open" | "done",
    createdAt: r.created_at,
    resolvedBy: r.resolved_by,
    resolvedAt: r.resolved_at,
    note: r.note,
    decision: r.decision as AnalystDecision["decision"] | null,
  };
}
