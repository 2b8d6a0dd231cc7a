// The widths embeds and pictures are drawn at (defined with the chart tools' pictures). How tall
// a story graphic is drawn at a width is the graphic's own (its definition,
// src/graphics/<id>/index.ts).
export { graphicHeight } from '../graphics/registry.ts';
export { PICTURE_WIDTH, SERVER_WIDTH } from '../charts/chart-pictures.ts';
