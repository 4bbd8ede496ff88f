/**
 * Incidents and killed per day (uPlot). Dragging across the chart brushes a date range, which
 * becomes the from/to filter of the whole page.
 */
import { useEffect, useRef } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

export interface DayCount {
  day: string;
  incidents: number;
  killed: number;
}

const toDay = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

/** A few days of data would stretch across the whole axis: show at least a month around them. */
function padDays(days: DayCount[]): DayCount[] {
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return days;
  const start = Date.parse(`${first.day}T00:00:00Z`);
  const end = Date.parse(`${last.day}T00:00:00Z`);
  if (end - start >= 30 * 86_400_000) return days;
  const pad = (ms: number) => ({ day: toDay(ms / 1000), incidents: 0, killed: 0 });
  return [pad(start - 15 * 86_400_000), ...days, pad(end + 15 * 86_400_000)];
}

export function Timeline(props: { days: DayCount[]; onBrush: (from: string, to: string) => void }) {
  const container = useRef<HTMLDivElement>(null);
  const onBrush = useRef(props.onBrush);
  onBrush.current = props.onBrush;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const days = padDays(props.days);
    const data: uPlot.AlignedData = [
      days.map((d) => Date.parse(`${d.day}T00:00:00Z`) / 1000),
      days.map((d) => d.incidents),
      days.map((d) => d.killed),
    ];
    const plot = new uPlot(
      {
        width: Math.max(320, element.clientWidth),
        height: 150,
        cursor: { drag: { x: true, y: false, setScale: false } },
        scales: {
          x: { time: true },
        },
        axes: [
          {},
          { label: "incidents", size: 50 },
          { side: 1, scale: "killed", label: "killed", size: 50, grid: { show: false } },
        ],
        series: [
          {},
          {
            label: "incidents",
            stroke: "#1f5fbf",
            fill: "rgba(31,95,191,0.15)",
            paths: uPlot.paths.bars?.({ size: [0.9, 12] }),
            points: { show: false },
          },
          { label: "killed", scale: "killed", stroke: "#b42318", width: 1.5 },
        ],
        hooks: {
          setSelect: [
            (u) => {
              if (u.select.width < 2) return;
              const from = u.posToVal(u.select.left, "x");
              const to = u.posToVal(u.select.left + u.select.width, "x");
              u.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
              onBrush.current(toDay(from), toDay(to));
            },
          ],
        },
      },
      data,
      element,
    );
    const resize = () => plot.setSize({ width: Math.max(320, element.clientWidth), height: 150 });
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      plot.destroy();
    };
  }, [JSON.stringify(props.days)]);

  return (
    <div
      class="timeline"
      ref={container}
      role="img"
      aria-label="Incidents and killed per day; drag to choose dates"
    />
  );
}
