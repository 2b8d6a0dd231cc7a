// @ts-check
// 120 months of a stock that is drawn down by the slider's value and refilled at a fixed rate.
'use strict';
self.onmessage = (/** @type {MessageEvent<number>} */ event) => {
  const use = event.data;
  const series = new Float64Array(120);
  let stock = 1000;
  for (let month = 0; month < series.length; month++) {
    stock = Math.max(0, stock + 30 - use * (0.5 + 0.5 * Math.sin(month / 6) ** 2));
    series[month] = stock;
  }
  self.postMessage(series);
};
