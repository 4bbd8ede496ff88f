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
import type { Actor, AnalystQueueEntry, AssessmentStore } from "./ports.js";
import { parseJson, type StoreContext } from "./store-context.js";
import { inWriteTransaction } from "./transaction.js";

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
  ): Promise<{ changed: number }> {
    const { db, traits } = this.ctx;
    return inWriteTransaction(db, traits, async (trx) => {
      const now = this.ctx.now();
      let changed = 0;
      for (const assessment of assessments) {
        const body = canonicalJson(assessment);
        const hash = sha256Hex(body);
        const previous = await trx
          .selectFrom("incident_assessments")
          .select("content_hash")
          .where("incident_id", "=", assessment.incidentId)
          .executeTakeFirst();
        if (previous?.content_hash === hash) continue;
        const row = {
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
    return rows.map((r) => ({
      id: r.id,
      incidentId: r.incident_id,
      code: r.code,
      reason: r.reason,
      status: r.status as "open" | "done",
      createdAt: r.created_at,
      resolvedBy: r.resolved_by,
      resolvedAt: r.resolved_at,
      note: r.note,
    }));
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
