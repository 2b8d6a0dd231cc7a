// @ts-check
// The bare reference: each input posts its value to the worker, which sends back 120 months of
// a simple stock; the answer is drawn as one SVG path and the chart's data-revision goes up.
'use strict';
const input = /** @type {HTMLInputElement} */ (
  document.getElementById('param-ballisticLaunchesPerMonth')
);
const chart = /** @type {SVGSVGElement} */ (
  /** @type {unknown} */ (document.getElementById('chart'))
);
const path = /** @type {SVGPathElement} */ (chart.querySelector('path'));
const worker = new Worker('worker.js');
let revision = 0;
worker.onmessage = (/** @type {MessageEvent<Float64Array>} */ event) => {
  const series = event.data;
  let max = 1;
  for (const v of series) max = Math.max(max, v);
  let d = '';
  for (let i = 0; i < series.length; i++) {
    const x = (i / (series.length - 1)) * 640;
    const y = 320 - ((series[i] ?? 0) / max) * 300;
    d += `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
  }
  path.setAttribute('d', d);
  chart.setAttribute('data-revision', String(++revision));
};
input.addEventListener('input', () => worker.postMessage(Number(input.value)));
worker.postMessage(Number(input.value));
