/** One progress chart: its plot(s) as SVG, a key, what the band means, and the numbers behind it. */
import { useId } from 'react';
import { seriesOf, type ChartSpec, type ProgressVisit } from '../../../shared/domain/progress';
import { ChartPanel, type PanelFrame } from './ChartPanel';
import { formatValue, longDay, shortDay } from './format';
import { changeBand, fitDomain, layoutPanel, type PanelLayout } from './geometry';
import { NumbersDisclosure } from './NumbersTable';
import { SeriesSwatch } from './series-style';

/** Each plot is this wide in user units; a two-sided chart is two of them side by side. */
const PANEL = { width: 380, height: 210 };
const MARGIN = { left: 40, right: 8, top: 10, titled: 24, bottom: 34 };
const PANEL_GAP = 20;
const LABEL_FONT = 10;

const valuesOf = (visits: readonly ProgressVisit[], id: string) =>
  visits.map((visit) => visit.values[id] ?? null);

const viewWidth = (chart: ChartSpec) =>
  PANEL.width * chart.panels.length + PANEL_GAP * (chart.panels.length - 1);

function frames(chart: ChartSpec): PanelFrame[] {
  const width = PANEL.width;
  return chart.panels.map((panel, index) => {
    const x = index * (width + PANEL_GAP);
    return {
      x,
      width,
      title: panel.title,
      plot: {
        left: x + MARGIN.left,
        right: x + width - MARGIN.right,
        top: panel.title ? MARGIN.titled : MARGIN.top,
        bottom: PANEL.height - MARGIN.bottom,
      },
    };
  });
}

function layouts(chart: ChartSpec, visits: readonly ProgressVisit[], all: PanelFrame[]) {
  const recorded = seriesOf(chart).flatMap((series) =>
    valuesOf(visits, series.id).filter((value) => value !== null),
  );
  const baselines = chart.panels.map((panel) => {
    const first = panel.series[0];
    const values = first ? valuesOf(visits, first.id) : [];
    const fromIndex = values.findIndex((value) => value !== null);
    return fromIndex < 0 ? null : { fromIndex, value: values[fromIndex]! };
  });
  // Every panel of a chart shares one scale, wide enough for each band, so left and right compare.
  const edges = baselines.flatMap((baseline) => {
    if (!baseline || !chart.change) return [];
    const band = changeBand(chart.change, chart.better, baseline.value, [-Infinity, Infinity]);
    return [band.low, band.high];
  });
  const domain = fitDomain([...recorded, ...edges], chart.domain);
  const labels = visits.map((visit) => [shortDay(visit.assessedOn), visit.assessedOn.slice(0, 4)]);
  return all.map((frame, index): PanelLayout => {
    const baseline = baselines[index];
    return layoutPanel({
      box: frame.plot,
      visitCount: visits.length,
      series: (chart.panels[index]?.series ?? []).map((series) => valuesOf(visits, series.id)),
      domain,
      band:
        baseline && chart.change
          ? {
              ...changeBand(chart.change, chart.better, baseline.value, domain),
              fromIndex: baseline.fromIndex,
            }
          : null,
      labels,
      labelFontSize: LABEL_FONT,
      maxTicks: 5,
      ...(chart.ticks ? { ticks: chart.ticks } : {}),
    });
  });
}

/** What a screen reader hears for the picture; the table holds every number. */
function summary(chart: ChartSpec, visits: readonly ProgressVisit[]): string {
  const first = visits[0];
  const last = visits.at(-1);
  if (!first || !last) return chart.title;
  const span =
    visits.length === 1
      ? `1 visit, ${longDay(first.assessedOn)}`
      : `${visits.length} visits from ${longDay(first.assessedOn)} to ${longDay(last.assessedOn)}`;
  const parts = seriesOf(chart).flatMap((series) => {
    const values = valuesOf(visits, series.id).filter((value) => value !== null);
    const [from, to] = [values[0], values.at(-1)];
    if (from === undefined || to === undefined) return [];
    return values.length === 1
      ? [`${series.label}: ${formatValue(chart, from)}`]
      : [`${series.label}: ${formatValue(chart, from)} first, ${formatValue(chart, to)} latest`];
  });
  return `${chart.title}, ${span}. ${parts.join('; ')}.`;
}

function bandWords(chart: ChartSpec): string | null {
  if (!chart.change) return null;
  const what =
    chart.change.kind === 'mcid'
      ? 'smaller than the change people usually notice'
      : 'within measurement error';
  return `Shaded: less than ${chart.change.text} from the first visit, ${what}.`;
}

/** Only the panels with a value: a client measured on the left only gets no empty right plot. */
function withRecordedPanels(chart: ChartSpec, visits: readonly ProgressVisit[]): ChartSpec {
  const recorded = (id: string) => visits.some((visit) => id in visit.values);
  return {
    ...chart,
    panels: chart.panels.filter((panel) => panel.series.some((series) => recorded(series.id))),
  };
}

/** The visits that recorded something this chart draws; the others would be empty columns. */
const withValues = (chart: ChartSpec, visits: readonly ProgressVisit[]) =>
  visits.filter((visit) => seriesOf(chart).some((series) => series.id in visit.values));

export function ProgressChart({
  chart: fullChart,
  visits: allVisits,
  headingLevel = 3,
}: {
  chart: ChartSpec;
  visits: readonly ProgressVisit[];
  headingLevel?: 3 | 4;
}) {
  const titleId = useId();
  const visits = withValues(fullChart, allVisits);
  const chart = withRecordedPanels(fullChart, visits);
  const all = frames(chart);
  const panels = layouts(chart, visits, all);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const series = chart.panels.length === 1 ? (chart.panels[0]?.series ?? []) : [];
  const band = bandWords(chart);
  return (
    <section
      className={chart.panels.length > 1 ? 'progress-chart progress-chart-wide' : 'progress-chart'}
      aria-labelledby={titleId}
    >
      <Heading className="progress-chart-title" id={titleId}>
        {chart.title}
      </Heading>
      <svg
        className="progress-svg"
        viewBox={`0 0 ${viewWidth(chart)} ${PANEL.height}`}
        role="img"
        aria-label={summary(chart, visits)}
      >
        {all.map((frame, index) => (
          <ChartPanel
            key={frame.x}
            chart={chart}
            frame={frame}
            layout={panels[index]!}
            days={visits.map((visit) => visit.assessedOn)}
          />
        ))}
      </svg>
      {series.length > 1 && (
        <ul className="chart-key" aria-label="Key">
          {series.map((each, index) => (
            <li key={each.id}>
              <SeriesSwatch index={index} />
              {each.label}
            </li>
          ))}
        </ul>
      )}
      <p className="chart-note">
        {band && (
          <>
            <span className="chart-band-swatch" aria-hidden="true" /> {band}{' '}
          </>
        )}
        {chart.note}
      </p>
      <NumbersDisclosure chart={chart} visits={visits} />
    </section>
  );
}
