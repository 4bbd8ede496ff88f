/**
 * A small RFC 4180 CSV reader for gazetteer tables: quoted fields with commas, doubled quotes and line
 * breaks, CRLF or LF line ends, and a leading byte-order mark.
 */

/** Rows of a CSV text, each with the 1-based line number where it starts. */
export interface CsvTable {
  rows: string[][];
  lines: number[];
}

/**
 * Splits CSV text into rows of fields.
 * @example parseCsv('a,"b,c"\n1,2').rows // [["a", "b,c"], ["1", "2"]]
 */
export function parseCsv(text: string, delimiter = ","): CsvTable {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field.length === 0) quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      if (row.length > 1 || row[0] !== "") {
        rows.push(row);
        lines.push(rowLine);
      }
      row = [];
      field = "";
      line++;
      rowLine = line;
    } else field += ch;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
    lines.push(rowLine);
  }
  return { rows, lines };
}
