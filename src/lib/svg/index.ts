// Public API of the server-side SVG charts.
export { type BarDatum, type StackRow, type StackSeries, barChart, escSvg, stackedBarChart } from "./charts";
