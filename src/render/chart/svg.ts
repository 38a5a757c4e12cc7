// A ChartBlock drawn as SVG (sizes in pt): the preview shows it inline, pdfmake draws it as
// vectors, and the DOCX gets it rasterised to PNG. Each indicator has its own scale (a count
// and a percentage cannot share an axis), so no value axis is drawn: every bar carries its figure.
import type { ChartBlock } from '../../compose/layout';

const COLOURS = ['#8c8c8c', '#1f4e79', '#5b9bd5', '#c55a11'];

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Splits a label into at most `maxLines` lines of about `perLine` characters. */
function wrap(label: string, perLine: number, maxLines: number): string[] {
  const words = label.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const w of words) {
    if (current && (current + ' ' + w).length > perLine) {
      lines.push(current);
      current = w;
    } else current = current ? `${current} ${w}` : w;
  }
  if (current) lines.push(current);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
    return kept;
  }
  return lines;
}

export function chartSvg(chart: ChartBlock): string {
  const { widthPt: W, heightPt: H, fontSizePt: fs } = chart;
  const font = esc(chart.fontFamily);
  const top = fs * 3.2; // title and legend
  const bottom = fs * 3; // two lines of category labels
  const plotH = H - top - bottom;
  const n = Math.max(1, chart.categories.length);
  const groupW = W / n;
  const seriesN = Math.max(1, chart.series.length);
  const barW = Math.min(36, (groupW * 0.7) / seriesN);
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}pt" height="${H}pt" viewBox="0 0 ${W} ${H}" font-family="${font}">`);
  parts.push(`<rect x="0" y="0" width="${W}" height="${H}" fill="#ffffff"/>`);
  parts.push(`<text x="${W / 2}" y="${fs * 1.2}" font-size="${fs + 1}" font-weight="bold" text-anchor="middle">${esc(chart.title)}</text>`);
  // Legend, centred under the title.
  const legendItemW = W / (seriesN + 1);
  chart.series.forEach((s, i) => {
    const x = W / 2 - (seriesN * legendItemW) / 2 + i * legendItemW;
    parts.push(`<rect x="${x}" y="${fs * 1.9}" width="${fs * 0.8}" height="${fs * 0.8}" fill="${COLOURS[i % COLOURS.length]}"/>`);
    parts.push(`<text x="${x + fs * 1.1}" y="${fs * 2.6}" font-size="${fs}">${esc(s.name)}</text>`);
  });
  const baseY = top + plotH;
  parts.push(`<line x1="0" y1="${baseY}" x2="${W}" y2="${baseY}" stroke="#000000" stroke-width="0.5"/>`);
  chart.categories.forEach((cat, c) => {
    const values = chart.series.map((s) => s.values[c] ?? null);
    const max = Math.max(0, ...values.map((v) => (v === null ? 0 : Math.abs(v))));
    const groupX = c * groupW + (groupW - barW * seriesN) / 2;
    chart.series.forEach((s, i) => {
      const v = s.values[c] ?? null;
      const h = v === null || max === 0 ? 0 : (Math.abs(v) / max) * (plotH - fs * 1.4);
      const x = groupX + i * barW;
      parts.push(`<rect x="${x + 1}" y="${baseY - h}" width="${barW - 2}" height="${h}" fill="${COLOURS[i % COLOURS.length]}"/>`);
      const label = s.labels[c] ?? '';
      if (label) parts.push(`<text x="${x + barW / 2}" y="${baseY - h - fs * 0.3}" font-size="${fs * 0.85}" text-anchor="middle">${esc(label)}</text>`);
    });
    wrap(cat, Math.max(6, Math.floor(groupW / (fs * 0.5))), 2).forEach((line, k) => {
      parts.push(`<text x="${c * groupW + groupW / 2}" y="${baseY + fs * (1.2 + k * 1.15)}" font-size="${fs}" text-anchor="middle">${esc(line)}</text>`);
    });
  });
  parts.push('</svg>');
  return parts.join('');
}
