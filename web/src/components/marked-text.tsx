/**
 * Text with highlighted ranges, built from text nodes and <mark> elements only (never innerHTML).
 * The span carries no dir of its own: the block around it has dir="auto", and the HTML direction
 * algorithm skips descendants with their own dir, so one here would leave Arabic paragraphs LTR.
 */
import { segmentText, type Range } from "../highlight";

export function MarkedText(props: {
  text: string;
  ranges: readonly Range[];
  titles?: readonly string[];
  class?: string;
}) {
  const segments = segmentText(props.text, props.ranges);
  return (
    <span class={props.class}>
      {segments.map((segment, i) =>
        segment.mark === null ? (
          segment.text
        ) : (
          <mark key={i} title={props.titles?.[segment.mark]} data-span={segment.mark}>
            {segment.text}
          </mark>
        ),
      )}
    </span>
  );
}
