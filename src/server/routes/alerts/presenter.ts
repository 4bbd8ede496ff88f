/** The public shape of an alert: `{id, kind, area{admin1, admin2}, date, statistic, incidents[]}` first, then the rest. */
import type { Alert } from "../../../domain/alert.js";

export function presentAlert(a: Alert) {
  return {
    id: a.id,
    kind: a.kind,
    area: a.area,
    date: a.date,
    statistic: a.statistic,
    incidents: a.incidents,
    scope: a.scope,
    situationId: a.situationId,
    perpetrator: a.perpetrator,
    raisedAsOf: a.raisedAsOf,
    grade: a.grade,
    summary: a.summary,
  };
}
