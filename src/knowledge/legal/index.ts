/** Legal knowledge: the machine table of codes, wording indicators, the Framework's risk factors, forbidden wording. */
export * from "./legal-codes.js";
export * from "./legal-indicators.js";
export * from "./risk-factors.js";
export * from "./forbidden-wording.js";
