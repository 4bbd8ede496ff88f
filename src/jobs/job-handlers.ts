/**
 * What each job in the catalogue does. Handlers run inside worker threads (see job-thread.ts), each
 * with the thread's own runtime, and are idempotent: running one twice leaves one effect.
 */
import type { Job } from "../storage/ports.js";
import type { Runtime } from "../services/runtime.js";
import { analyzeStoredReport } from "../services/analyze-service.js";
import { parseJobPayload, type JobName } from "./catalogue.js";

export type JobHandler = (runtime: Runtime, job: Job) => Promise<void>;

export const jobHandlers: Record<JobName, JobHandler> = {
  "extract-report": async (runtime, job) => {
    const payload = parseJobPayload("extract-report", job.payload);
    await analyzeStoredReport(runtime, payload.reportId, "job:extract-report");
  },
};
