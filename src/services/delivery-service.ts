/** Alert delivery for the CLI and the server loop: the outbox dispatcher with the configured channels. */
import { dispatchOutbox, type DispatchResult } from "../publish/alerts/dispatch-outbox.js";
import { emailSender, smtpTransport, webhookSender } from "../publish/alerts/senders.js";
import type { Runtime } from "./runtime.js";

/** Sends every delivery due now, once. */
export async function deliverDueAlerts(
  runtime: Runtime,
  now: () => Date = () => new Date(),
): Promise<DispatchResult> {
  const { config } = runtime;
  const options = { baseUrl: config.publicUrl, now };
  const transport = await smtpTransport(config.smtpUrl);
  return dispatchOutbox(runtime.store.outbox, {
    senders: { webhook: webhookSender(options), email: emailSender(transport, config.mailFrom, options) },
    now,
  });
}
