import { describe, expect, test } from 'vitest';
import type { Dataset } from './datasets.ts';
import { barsChart, columnsChart, isRemainder, rangesChart } from './draw-chart.ts';

const dataset = (rows: Dataset['rows'], unit: Dataset['unit'] = 'seats'): Dataset => ({
  title: 'T',
  source: { author: 'A', work: 'W', year: 1950 },
  unit,
  tolerance: 0,
  rows,
});
const radkey = dataset([{ label: 'SRs', value: 299 }, { label: 'Bolsheviks', value: 168 }, { label: 'Others / not identified', value: 236 }]);
const article = dataset([{ label: 'Bolsheviks', value: 175 }, { label: 'Others / not identified', value: 540 }]);

describe('barsChart()', () => {
  const svg = barsChart({ label: 'Figure 1: Seats', main: radkey, compare: [article] });

  test('is one labelled image with nothing the CSP would block and no labels inside it', () => {
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(svg).toMatch(/^<svg[^>]* aria-label="Figure 1: Seats"/);
    expect(svg.match(/aria-label=/g)).toHaveLength(1);
    expect(svg).not.toMatch(/<style|<script|\sstyle=/);
  });

  test('names each bar with its value, and colours through classes', () => {
    expect(svg).toContain('SRs: 299');
    expect(svg).toContain('Bolsheviks: 168');
    expect(svg).toContain('class="fig-bar"');
  });

  test("marks another source's value for the same party, but never compares the remainders", () => {
    expect(svg.match(/class="fig-compare"/g)).toHaveLength(1);
    expect(isRemainder('Others / not identified')).toBe(true);
    expect(isRemainder('Bolsheviks')).toBe(false);
  });
});

describe('rangesChart() and columnsChart()', () => {
  test('draw a range per row, and a column per period', () => {
    const ranges = rangesChart({ label: 'Members', main: dataset([{ label: 'April', low: 79204, high: 80000 }, { label: 'March 1918', value: 300000 }], 'members'), compare: [] });
    expect(ranges).toContain('class="fig-range"');
    expect(ranges).toContain('April');
    const columns = columnsChart({ label: 'Actions', main: dataset([{ label: 'May 1917', value: 259 }, { label: 'June 1917', value: 577 }], 'actions'), compare: [] });
    expect(columns.match(/<rect/g)?.length).toBe(2);
    expect(columns).toContain('577');
  });
});
