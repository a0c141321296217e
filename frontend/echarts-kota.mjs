// The parts of ECharts that Kota draws, and nothing else (built by build.mjs into
// ../static/vendor/echarts.kota.min.js, exposed as window.echarts):
//   line, bar and scatter series on a grid with value, category and time axes (indicator,
//   results dashboard, women's share of seats); scatter on a geo map (member directory);
//   a graph series of nodes and links, and lines on the geo map (the network of city-to-city
//   cooperation);
//   tooltips and legends; the canvas renderer. A new kind of chart needs its part added here.
//   The functions exported are those Kota's scripts and tests call on window.echarts.
import { format, getInstanceByDom, init, registerMap, use } from 'echarts/core';
import { BarChart, GraphChart, LineChart, LinesChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { LegacyGridContainLabel } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

use([
  BarChart, GraphChart, LineChart, LinesChart, ScatterChart,
  GeoComponent, GridComponent, LegendComponent, TooltipComponent,
  LegacyGridContainLabel,
  CanvasRenderer,
]);

export { format, getInstanceByDom, init, registerMap };
