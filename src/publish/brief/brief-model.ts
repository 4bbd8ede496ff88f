/**
 * What a brief says, before any format: key incidents with their grades and qualifications, the risk
 * profile, the alerts, and the sources and caveats. Built from an assessment run; every renderer
 * (Markdown, HTML, PDF) prints this model and nothing else, so the formats cannot drift apart.
 */
import type { Alert } from "../../domain/alert.js";
import type { Incident } from "../../domain/incident.js";
import type { IncidentAssessment } from "../../domain/qualification.js";
import type { RiskProfile } from "../../domain/risk.js";

export interface BriefQuote {
  text: string;
  /** "rtl" for Arabic-script text, so every renderer can set its direction. */
  dir: "ltr" | "rtl";
  reportId: string;
}

export interface BriefIncident {
  id: string;
  date: string;
  place: string;
  admin1: string | null;
  eventType: string;
  perpetrators: string;
  casualties: string;
  grade: string;
  gradeReason: string;
  sources: string;
  /** Why every qualification of the incident is held below what its facts support, said once. */
  sharedLimits: string[];
  /** `text` is the full sentence; `line` the short form shown when the limits are said once above. */
  qualifications: { code: string; level: string; factLevel: string; text: string; line: string }[];
  characterisations: { label: string; actor: string | null; quote: BriefQuote }[];
  quote: BriefQuote | null;
}

export interface BriefSource {
  reportId: string;
  title: string | null;
  publisher: string | null;
  originators: string[];
  publishedAt: string | null;
  caveats: string[];
  dir: "ltr" | "rtl";
}

export interface BriefModel {
  title: string;
  situation: { id: string; name: string; contextVersion: string };
  period: { from: string | null; to: string };
  generatedAt: string;
  summary: string[];
  incidents: BriefIncident[];
  /** How many incidents the period holds (the brief lists the key ones). */
  incidentTotal: number;
  profile: RiskProfile;
  alerts: Alert[];
  sources: BriefSource[];
  /** Reports of the period from which no incident was extracted (e.g. languages the extractor does not read). */
  unanalysed: (BriefSource & { language: string | null })[];
  caveats: string[];
}

/** Inputs the brief is built from (an assessment run restricted to a period). */
export interface BriefInput {
  situation: { id: string; name: string; version: string };
  from: string | null;
  to: string;
  generatedAt: string;
  incidents: Incident[];
  assessments: IncidentAssessment[];
  alerts: Alert[];
  profile: RiskProfile;
  reports: Record<
    string,
    {
      text: string;
      title: string | null;
      publisher: string | null;
      originators: string[];
      publishedAt: string | null;
      caveats: string[];
      language?: string | null;
      retrievedAt?: string;
    }
  >;
  limit?: number;
}
