// A small log–log line chart as SVG: time against document size, one line per system.

const escapeXml = (value) =>
  String(value).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  )

/**
 * `series`: [{ name, points: [[sizeMB, ms], …], dashed? }]. Log scales on both axes,
 * a legend with the name and a marker shape (colour is not the only signal).
 */
export function lineChart({ title, series, xLabel, yLabel }) {
  const width = 720
  const height = 420
  const left = 80
  const right = 220
  const top = 50
  const bottom = 60
  const plotW = width - left - right
  const plotH = height - top - bottom
  const xs = series.flatMap((s) => s.points.map((p) => p[0]))
  const ys = series.flatMap((s) => s.points.map((p) => p[1]))
  const xMin = Math.min(...xs)
  const xMax = Math.max(...xs)
  const yMin = 10 ** Math.floor(Math.log10(Math.min(...ys)))
  const yMax = 10 ** Math.ceil(Math.log10(Math.max(...ys)))
  const x = (v) =>
    left + ((Math.log(v) - Math.log(xMin)) / (Math.log(xMax) - Math.log(xMin))) * plotW
  const y = (v) =>
    top +
    plotH -
    ((Math.log10(v) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * plotH
  const colours = ['#1b6ac9', '#c94a1b', '#2f8f3a', '#7a3fb0', '#8a6d00']
  const markers = [
    (cx, cy, c) => `<circle cx="${cx}" cy="${cy}" r="4.5" fill="${c}"/>`,
    (cx, cy, c) => `<rect x="${cx - 4}" y="${cy - 4}" width="8" height="8" fill="${c}"/>`,
    (cx, cy, c) =>
      `<path d="M${cx} ${cy - 5}L${cx + 5} ${cy + 4}L${cx - 5} ${cy + 4}Z" fill="${c}"/>`,
    (cx, cy, c) =>
      `<path d="M${cx} ${cy - 5}L${cx + 5} ${cy}L${cx} ${cy + 5}L${cx - 5} ${cy}Z" fill="${c}"/>`,
    (cx, cy, c) =>
      `<circle cx="${cx}" cy="${cy}" r="4.5" fill="white" stroke="${c}" stroke-width="2"/>`,
  ]
  const out = []
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-labelledby="t">`,
    `<title id="t">${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${left}" y="28" font-size="15" font-weight="600">${escapeXml(title)}</text>`,
  )
  for (let decade = yMin; decade <= yMax; decade *= 10) {
    const label = decade >= 1000 ? `${decade / 1000} s` : `${decade} ms`
    out.push(
      `<line x1="${left}" x2="${left + plotW}" y1="${y(decade)}" y2="${y(decade)}" stroke="#ddd"/>`,
      `<text x="${left - 8}" y="${y(decade) + 4}" text-anchor="end">${label}</text>`,
    )
  }
  for (const size of [...new Set(xs)].sort((a, b) => a - b)) {
    out.push(
      `<line x1="${x(size)}" x2="${x(size)}" y1="${top}" y2="${top + plotH}" stroke="#eee"/>`,
      `<text x="${x(size)}" y="${top + plotH + 18}" text-anchor="middle">${size}</text>`,
    )
  }
  out.push(
    `<rect x="${left}" y="${top}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`,
    `<text x="${left + plotW / 2}" y="${height - 18}" text-anchor="middle">${escapeXml(xLabel)}</text>`,
    `<text transform="translate(18 ${top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeXml(yLabel)}</text>`,
  )
  series.forEach((s, i) => {
    const colour = colours[i % colours.length]
    const path = s.points
      .map(([px, py], j) => `${j ? 'L' : 'M'}${x(px).toFixed(1)} ${y(py).toFixed(1)}`)
      .join('')
    out.push(
      `<path d="${path}" fill="none" stroke="${colour}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
    )
    for (const [px, py] of s.points)
      out.push(markers[i % markers.length](x(px).toFixed(1), y(py).toFixed(1), colour))
    const ly = top + 14 + i * 22
    out.push(
      `<line x1="${left + plotW + 16}" x2="${left + plotW + 40}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
      markers[i % markers.length](left + plotW + 28, ly, colour),
      `<text x="${left + plotW + 46}" y="${ly + 4}">${escapeXml(s.name)}</text>`,
    )
  })
  out.push('</svg>')
  return `${out.join('\n')}\n`
}
