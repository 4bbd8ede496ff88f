import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
for (const n of [1000, 5000, 20000]) {
  const deep =
    "<html><body>" +
    "<div>".repeat(n) +
    "Deep text here about shelling." +
    "</div>".repeat(n) +
    "</body></html>";
  let t = performance.now();
  const d = parseHTML(deep).document;
  const t1 = performance.now() - t;
  t = performance.now();
  new Readability(d as never).parse();
  console.log(n, Math.round(t1), Math.round(performance.now() - t));
}
