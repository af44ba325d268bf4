/**
 * Draws charts as SVG at build time with Observable Plot over a linkedom
 * document, so no chart needs JavaScript in the browser. Plot writes a
 * <style> block into each chart, which the CSP would block: it is removed,
 * and its few rules live in src/styles/figures.css with the chart colours,
 * given as classes so both themes and print take them from the site's tokens.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { rowValue, type Dataset, type DatasetRow } from './datasets.ts';

const WIDTH = 640;

export interface ChartInput {
  /** The accessible name of the chart. */
  label: string;
  /** The dataset drawn, and other sources' versions drawn beside it for comparison. */
  main: Dataset;
  compare: readonly Dataset[];
}

/** Turns Plot's SVG into the site's: a labelled image, no <style>, a class for the stylesheet. */
function finish(svg: SVGSVGElement | HTMLElement, label: string): string {
  for (const style of svg.querySelectorAll('style')) style.remove();
  // Inside role="img" the parts are not announced, and ARIA forbids labels on plain groups.
  for (const part of svg.querySelectorAll('[aria-label]')) part.removeAttribute('aria-label');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.removeAttribute('font-family');
  return svg.outerHTML;
}

function plot(options: Plot.PlotOptions, label: string): string {
  // linkedom's document stands in for the browser's; Plot only creates and appends elements in it.
  const { document } = parseHTML('<!doctype html><html><body></body></html>') as unknown as { document: Document };
  const svg = Plot.plot({ ...options, document, className: 'fig-chart', width: WIDTH, ariaLabel: label });
  return finish(svg, label);
}

const formatNumber = (n: number) => n.toLocaleString('en-GB');

/** A chart with one row per name, its values along the x axis: height, margins and axes for those names. */
function rowsLayout(names: readonly string[], unit: string, rowHeight: number): Partial<Plot.PlotOptions> {
  const longest = Math.max(...names.map((n) => n.length));
  return {
    height: 44 + names.length * rowHeight,
    marginLeft: Math.min(300, 16 + longest * 7.2),
    marginRight: 24,
    x: { label: unit, grid: true, tickFormat: formatNumber },
    y: { label: null, domain: [...names] },
  };
}

/** A remainder row ("Others / not identified") means something different in every source, so it is never compared. */
export const isRemainder = (label: string) => /^others?\b/i.test(label);

/** Horizontal bars, one per row, its value in its label; other versions' values as ticks on the same rows. */
export function barsChart({ label, main, compare }: ChartInput): string {
  const name = (row: DatasetRow) => `${row.label}: ${formatNumber(rowValue(row))}`;
  const rows = main.rows.map((row) => ({ label: row.label, name: name(row), value: rowValue(row) }));
  const ticks = compare.flatMap((dataset) =>
    dataset.rows.flatMap((row) => {
      const match = isRemainder(row.label) ? undefined : rows.find((r) => r.label === row.label);
      return match ? [{ name: match.name, value: rowValue(row) }] : [];
    }),
  );
  return plot(
    {
      ...rowsLayout(rows.map((r) => r.name), main.unit, 34),
      marks: [
        Plot.barX(rows, { x: 'value', y: 'name', className: 'fig-bar' }),
        ...(ticks.length
          ? [
              Plot.tickX(ticks, { x: 'value', y: 'name', className: 'fig-compare-halo', strokeWidth: 7 }),
              Plot.tickX(ticks, { x: 'value', y: 'name', className: 'fig-compare', strokeWidth: 3 }),
            ]
          : []),
        Plot.ruleX([0], { className: 'fig-axis' }),
      ],
    } as Plot.PlotOptions,
    label,
  );
}

/** A low–high range per row, for estimates that disagree. */
export function rangesChart({ label, main }: ChartInput): string {
  const rows = main.rows.map((row: DatasetRow) => ('low' in row ? row : { label: row.label, low: row.value, high: row.value }));
  return plot(
    {
      ...rowsLayout(rows.map((r) => r.label), main.unit, 40),
      marks: [
        Plot.ruleY(rows, { y: 'label', x1: 'low', x2: 'high', strokeWidth: 8, className: 'fig-range' }),
        Plot.dot(rows, { y: 'label', x: 'low', r: 5, className: 'fig-bar' }),
        Plot.dot(rows, { y: 'label', x: 'high', r: 5, className: 'fig-bar' }),
        Plot.ruleX([0], { className: 'fig-axis' }),
      ],
    } as Plot.PlotOptions,
    label,
  );
}

/** Columns over time, in the source's order; a second version of the same unit as a line over them. */
export function columnsChart({ label, main, compare }: ChartInput): string {
  const rows = main.rows.map((row) => ({ label: row.label, value: rowValue(row) }));
  const line = compare.find((d) => d.unit === main.unit);
  const points = line ? line.rows.map((row) => ({ label: row.label, value: rowValue(row) })).filter((p) => rows.some((r) => r.label === p.label)) : [];
  return plot(
    {
      height: 320,
      marginBottom: 44,
      marginLeft: 56,
      x: { label: null, domain: rows.map((r) => r.label), tickRotate: rows.length > 6 ? -30 : 0 },
      y: { label: main.unit, grid: true, tickFormat: formatNumber },
      marks: [
        Plot.barY(rows, { x: 'label', y: 'value', className: 'fig-bar' }),
        Plot.text(rows, { x: 'label', y: 'value', text: (d: { value: number }) => formatNumber(d.value), dy: -8, className: 'fig-value' }),
        ...(points.length
          ? [Plot.lineY(points, { x: 'label', y: 'value', className: 'fig-compare', strokeWidth: 2.5 }), Plot.dot(points, { x: 'label', y: 'value', className: 'fig-compare-dot', r: 4 })]
          : []),
        Plot.ruleY([0], { className: 'fig-axis' }),
      ],
    } as Plot.PlotOptions,
    label,
  );
}
