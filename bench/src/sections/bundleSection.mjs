import { bundleComposition } from '../bundle/bundleComposition.mjs';
import { sweepEndpoints } from '../bundle/endpointSweep.mjs';
import { formatKb, measureBundle } from '../bundle/measureBundle.mjs';
import { measureScenarios, scenariosDir } from '../bundle/scenarioBundles.mjs';
import { checkSizeBudget, sizeBudgets } from '../budgets/budgets.mjs';
import { markdownTable } from '../report/markdownTable.mjs';
import { sizeChart } from '../report/sizeChart.mjs';
import { scenarios, sdks } from '../sdks.mjs';

const cell = (size, key) => (size?.error ? 'n/a' : formatKb(size[key]));

/**
 * Runs the bundle-size part: fixed scenarios for every SDK, budgets, the endpoint sweep and the chart.
 *
 * @returns The Markdown section, the SVG chart and whether every budget fits.
 */
export async function bundleSection() {
  const rows = await measureScenarios();
  const header = ['scenario', ...sdks.flatMap((sdk) => [`${sdk.label} gzip`, 'brotli'])];
  const table = markdownTable(
    header,
    rows.map(({ scenario, sizes }) => [scenario.label, ...sdks.flatMap((sdk) => [cell(sizes[sdk.id], 'gzip'), cell(sizes[sdk.id], 'brotli')])]),
  );
  const errors = rows.flatMap(({ scenario, sizes }) =>
    sdks.filter((sdk) => sizes[sdk.id]?.error).map((sdk) => `- ${sdk.label}, ${scenario.label}: ${sizes[sdk.id].error}`),
  );

  const budgetRows = [];
  for (const budget of sizeBudgets) {
    try {
      const result = await checkSizeBudget(budget);
      const over = result.gzip - budget.maxGzip;
      const verdict = result.fits ? 'ok' : result.withinCeiling ? `goal missed by ${over} B; within ceiling` : `**over the ceiling by ${result.gzip - budget.ceiling} B**`;
      budgetRows.push([budget.label, budget.maxGzip === undefined ? '—' : formatKb(budget.maxGzip), formatKb(budget.ceiling), formatKb(result.gzip), verdict]);
    } catch (error) {
      budgetRows.push([budget.label, budget.maxGzip === undefined ? '—' : formatKb(budget.maxGzip), formatKb(budget.ceiling), 'n/a', `**not built: ${String(error.message).split('\n')[1] ?? ''}**`]);
    }
  }
  const budgetsFit = budgetRows.every((row) => row[4] === 'ok');

  const composition = [];
  for (const scenario of scenarios.filter((sc) => sc.id === 'login' || sc.id === 'typical')) {
    try {
      const parts = await bundleComposition(`${scenariosDir}ours/${scenario.id}.js`);
      const total = parts.reduce((sum, part) => sum + part.bytes, 0);
      composition.push([scenario.label, parts.map((part) => `${part.name} ${(part.bytes / 1000).toFixed(1)} kB (${((100 * part.bytes) / total).toFixed(0)}%)`).join(', ')]);
    } catch {
      composition.push([scenario.label, 'n/a']);
    }
  }

  const { order, series } = await sweepEndpoints(sdks);
  const chartSeries = sdks.filter((sdk) => Array.isArray(series[sdk.id])).map((sdk) => ({ id: sdk.id, label: sdk.label, points: series[sdk.id] }));
  const svg = sizeChart(chartSeries, order.length);
  const ours = series.ours;
  let marginal = `_No sweep of ours: ${ours?.error ?? 'not measured'}._`;
  if (Array.isArray(ours)) {
    const deltas = order.map((op, index) => ({ op, gzip: ours[index + 1].gzip - ours[index].gzip, raw: ours[index + 1].raw - ours[index].raw }));
    const gz = deltas.map((d) => d.gzip).sort((a, b) => a - b);
    const rowsFor = (list) => list.map((d) => [`${d.op.service}.${d.op.name}`, `${d.raw}`, `${d.gzip}`]);
    marginal = [
      `Marginal gzip bytes per added endpoint (ours, sweep order): median ${gz[Math.floor(gz.length / 2)]} B, min ${gz[0]} B, max ${gz.at(-1)} B; ` +
        `0 → 1 endpoint: +${ours[1].gzip - ours[0].gzip} B (the shared request pipeline comes in with the first call).`,
      '',
      '<details><summary>Every endpoint, in the order added</summary>',
      '',
      markdownTable(['endpoint added', 'raw B', 'gzip B'], rowsFor(deltas)),
      '',
      '</details>',
    ].join('\n');
  }
  const sweepLine = sdks
    .map((sdk) => {
      const points = series[sdk.id];
      if (!Array.isArray(points)) return `${sdk.label}: n/a`;
      const at = (count) => points.find((p) => p.count === count);
      return `${sdk.label}: ${[1, 7, 95].map((count) => `${count} → ${formatKb(at(count).gzip)}`).join(', ')}`;
    })
    .join('; ');

  const markdown = [
    '## 1. Bundle size',
    '',
    'esbuild 0.28.2: bundle, minify, ESM, platform browser, tree shaking, legal comments dropped; sizes of the one output file after gzip -9 and brotli q11 (node:zlib). 1 kB = 1000 bytes. Scenario entries are in `bench/scenarios/<sdk>/`.',
    '',
    table,
    ...(errors.length ? ['', 'Not measured:', ...errors] : []),
    '',
    '### Budgets (ours, gzip)',
    '',
    markdownTable(['scenario', 'goal', 'CI ceiling', 'measured', 'result'], budgetRows),
    '',
    '### What our bundles are made of',
    '',
    'Minified bytes per package before compression (esbuild metafile), largest first.',
    '',
    markdownTable(['scenario', 'packages'], composition, ['l', 'l']),
    '',
    '### Size against endpoints imported',
    '',
    `![bundle size vs endpoints](./size-chart.svg)`,
    '',
    `Typical-app operations first, then the spec order; every count for ours, sampled counts for the official SDKs (their size only steps when a new service class comes in). ${sweepLine}.`,
    '',
    marginal,
  ].join('\n');
  return { markdown, svg, budgetsFit };
}
