/**
 * The brief as PDF: the HTML page printed by Debian's Chromium through playwright-core (pdfkit mangles
 * Arabic). Offline: the page has no external resources and its CSP forbids loading any.
 */
import { existsSync } from "node:fs";
import { R2pError } from "../../domain/errors.js";

export const CHROMIUM_PATH = process.env.R2P_CHROMIUM_PATH || "/usr/bin/chromium";

/** Prints `html` to PDF bytes (A4, backgrounds on). */
export async function renderPdf(html: string): Promise<Uint8Array> {
  if (!existsSync(CHROMIUM_PATH))
    throw new R2pError(
      "CHROMIUM_MISSING",
      `PDF briefs need Chromium at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set R2P_CHROMIUM_PATH; --format html or md work without it.`,
      500,
    );
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
