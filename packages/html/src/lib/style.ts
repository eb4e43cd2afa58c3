import { otherKindSlots } from './kinds.js'

/** Each kind's line style and underline offset (so nested highlights stay apart). */
const kindLines: ReadonlyArray<readonly [token: string, style: string, offset: string]> = [
  ['claim', 'solid', '0.12em'],
  ['uncertainty', 'wavy', '0.12em'],
  ['speaker', 'dotted', '0.3em'],
  ['figure', 'double', '0.3em'],
  ['note', 'dashed', '0.45em'],
]

const otherTokens = Array.from({ length: otherKindSlots }, (_, index) => `other-${index + 1}`)
const allTokens = [...kindLines.map(([token]) => token), ...otherTokens]

/** Light-scheme colours: background, line. Text on every background passes WCAG AA. */
const light: Readonly<Record<string, readonly [string, string]>> = {
  claim: ['#fde3bf', '#9a4a00'],
  figure: ['#d4e9ff', '#0b4f8a'],
  speaker: ['#dcf3d3', '#2b6a1d'],
  uncertainty: ['#f2ddf7', '#7a2c8f'],
  note: ['#fff1a6', '#6f5c00'],
  other: ['#e7e7e7', '#444444'],
}
const dark: Readonly<Record<string, readonly [string, string]>> = {
  claim: ['#553000', '#ffb86b'],
  figure: ['#0f3a63', '#8cc8ff'],
  speaker: ['#1d4716', '#9fe08a'],
  uncertainty: ['#4a1d57', '#e4a7f5'],
  note: ['#4a3f00', '#f2dc5d'],
  other: ['#3a3a3a', '#d0d0d0'],
}

function colours(scheme: Readonly<Record<string, readonly [string, string]>>): string {
  return Object.entries(scheme)
    .map(
      ([kind, [background, line]]) =>
        `--scholion-${kind}-bg:${background};--scholion-${kind}-line:${line};`,
    )
    .join('')
}

function kindRules(): string {
  let css = ''
  for (const token of allTokens) {
    const line = kindLines.find(([candidate]) => candidate === token)
    const name = line ? token : 'other'
    css += `.scholion-kind-${token}{--scholion-mark-bg:var(--scholion-${name}-bg);--scholion-mark-line:var(--scholion-${name}-line);`
    css += line
      ? `text-decoration-style:${line[1]};text-underline-offset:${line[2]};}`
      : 'text-decoration-style:dashed;text-underline-offset:0.45em;box-shadow:inset 0 0 0 1px var(--scholion-mark-line);}'
    // Filters: an unchecked box turns off that kind's highlights, references and notes.
    const off = `.scholion-edition:has(.scholion-filter-${token}:not(:checked))`
    css += `${off} mark.scholion-kind-${token}{background:none;text-decoration:none;box-shadow:none;}`
    css += `${off} .scholion-ref.scholion-kind-${token},${off} .scholion-note-kind-${token}{display:none;}`
  }
  return css
}

/**
 * The edition stylesheet (plain CSS, no external resources). Include it in the page of a
 * fragment rendered with `fragment: true`; standalone pages inline it.
 *
 * Theming: set the custom properties on `.scholion-edition` (or any ancestor):
 * `--scholion-bg`, `--scholion-text`, `--scholion-muted`, `--scholion-link`,
 * `--scholion-focus`, `--scholion-rule`, `--scholion-font`, `--scholion-note-font`,
 * `--scholion-measure` (text column width), and per kind `--scholion-{kind}-bg` and
 * `--scholion-{kind}-line` for `claim`, `figure`, `speaker`, `uncertainty`, `note` and
 * `other` (custom kinds).
 *
 * @example
 * ```ts
 * import { editionCss } from '@scholion/html'
 *
 * const style = `<style>${editionCss}</style>`
 * ```
 */
export const editionCss: string = [
  `.scholion-edition{${colours(light)}--scholion-bg:#ffffff;--scholion-text:#1c1c1c;--scholion-muted:#555555;--scholion-link:#0645ad;--scholion-focus:#b3001b;--scholion-rule:#c8c8c8;--scholion-draft-hatch:rgba(0,0,0,0.14);--scholion-font:Georgia,'Times New Roman',serif;--scholion-note-font:system-ui,-apple-system,'Segoe UI',sans-serif;--scholion-measure:42rem;}`,
  `@media (prefers-color-scheme:dark){.scholion-edition{${colours(dark)}--scholion-bg:#17171b;--scholion-text:#ececec;--scholion-muted:#b4b4b4;--scholion-link:#9cc2ff;--scholion-focus:#ff8f9c;--scholion-rule:#4a4a4a;--scholion-draft-hatch:rgba(255,255,255,0.16);}}`,
  '.scholion-edition{box-sizing:border-box;max-width:82rem;margin:0 auto;padding:1rem 1.25rem 3rem;background:var(--scholion-bg);color:var(--scholion-text);font-family:var(--scholion-font);line-height:1.9;}',
  '.scholion-edition *,.scholion-edition *::before,.scholion-edition *::after{box-sizing:inherit;}',
  '.scholion-edition a{color:var(--scholion-link);}',
  '.scholion-edition :focus-visible{outline:3px solid var(--scholion-focus);outline-offset:2px;}',
  '.scholion-header{border-bottom:1px solid var(--scholion-rule);margin-bottom:1rem;}',
  '.scholion-title{line-height:1.25;margin:0.5rem 0;}',
  '.scholion-byline{font-family:var(--scholion-note-font);font-size:0.95rem;line-height:1.5;color:var(--scholion-muted);margin:0 0 0.5rem;}.scholion-byline cite{font-style:italic;}',
  '.scholion-provenance{font-family:var(--scholion-note-font);font-size:0.9rem;line-height:1.5;margin:0 0 1rem;}.scholion-provenance summary{cursor:pointer;min-height:24px;color:var(--scholion-link);}',
  '.scholion-provenance-notes{max-width:var(--scholion-measure);}.scholion-provenance-notes p{margin:0.5rem 0;}',
  '.scholion-metadata{display:grid;grid-template-columns:max-content 1fr;gap:0 1rem;margin:0.5rem 0 0.5rem;font-family:var(--scholion-note-font);font-size:0.9rem;}',
  '.scholion-metadata dt{font-weight:600;}.scholion-metadata dd{margin:0;overflow-wrap:anywhere;}',
  '.scholion-controls{font-family:var(--scholion-note-font);font-size:0.9rem;line-height:1.5;margin-bottom:1.5rem;}',
  '.scholion-controls h1,.scholion-controls h2,.scholion-controls h3,.scholion-controls h4,.scholion-controls h5{font-size:1.1rem;margin:0 0 0.25rem;}',
  '.scholion-summary{margin:0 0 0.5rem;}',
  '.scholion-filters{border:1px solid var(--scholion-rule);padding:0.5rem 0.75rem;margin:0;}',
  '.scholion-legend{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:0.25rem 1.25rem;}',
  '.scholion-legend li{display:flex;align-items:center;gap:0.25rem;min-height:24px;}',
  '.scholion-legend input{width:1.1rem;height:1.1rem;margin:0;}',
  ".scholion-swatch{display:inline-block;padding:0 0.2em;margin-right:0.25em;line-height:1.6;}.scholion-swatch::before{content:'Abc';}",
  '.scholion-signal{color:var(--scholion-muted);}',
  '.scholion-keys p{margin:0.4rem 0 0;}.scholion-keys summary{cursor:pointer;min-height:24px;}',
  '.scholion-keys kbd{font-family:ui-monospace,monospace;border:1px solid var(--scholion-rule);border-radius:3px;padding:0 0.25em;}',
  '.scholion-status:empty{display:none;}.scholion-status{margin-top:0.4rem;font-style:italic;}',
  '.scholion-body{display:block;}',
  '.scholion-text{max-width:var(--scholion-measure);overflow-wrap:break-word;}',
  // GitHub-style visually hidden text (the footnotes heading from mdast-util-to-hast).
  '.scholion-text .sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0;}',
  '.scholion-text pre{overflow-x:auto;line-height:1.6;padding:0.5rem;border:1px solid var(--scholion-rule);}',
  '.scholion-text blockquote{margin-left:0;padding-left:1rem;border-left:3px solid var(--scholion-rule);}',
  '.scholion-text table{border-collapse:collapse;}.scholion-text th,.scholion-text td{border:1px solid var(--scholion-rule);padding:0.2rem 0.5rem;}',
  // Highlights: colour, plus a line style per kind so colour is never the only signal.
  'mark.scholion-mark,.scholion-swatch{background-color:var(--scholion-mark-bg);color:inherit;padding:0;text-decoration-line:underline;text-decoration-color:var(--scholion-mark-line);text-decoration-thickness:2px;text-decoration-skip-ink:none;}',
  kindRules(),
  'mark.scholion-mark[data-status="draft"]{background-image:repeating-linear-gradient(135deg,transparent 0 5px,var(--scholion-draft-hatch) 5px 7px);}',
  'mark.scholion-mark[tabindex]:focus{outline:3px solid var(--scholion-focus);outline-offset:1px;}',
  'mark.scholion-mark.is-active{outline:2px solid var(--scholion-focus);outline-offset:1px;}',
  // Note references: empty links whose number is generated, so they add no text.
  ".scholion-ref{display:inline-block;min-width:1.6em;min-height:24px;text-align:center;text-decoration:none;font-family:var(--scholion-note-font);font-size:0.7em;line-height:24px;vertical-align:super;}.scholion-ref::after{content:'[' attr(data-n) ']';}",
  '.scholion-ref.is-active{outline:2px solid var(--scholion-focus);}',
  // Notes: below the text on narrow screens and in print; a margin column on wide ones.
  '.scholion-notes,.scholion-unanchored{font-family:var(--scholion-note-font);font-size:0.9rem;line-height:1.5;}',
  '.scholion-notes>h1,.scholion-notes>h2,.scholion-notes>h3,.scholion-notes>h4,.scholion-notes>h5,.scholion-unanchored>h2,.scholion-unanchored>h3{font-size:1.1rem;}.scholion-aside-list>h3,.scholion-aside-list>h4,.scholion-aside-list>h5,.scholion-aside-list>h6{font-size:1rem;margin:0 0 0.25rem;}',
  '.scholion-note-list{list-style:none;margin:0;padding:0;}',
  '.scholion-note{border-left:4px solid var(--scholion-rule);padding:0.25rem 0 0.25rem 0.75rem;margin:0 0 1rem;scroll-margin:1rem;}',
  '.scholion-note-title{font-size:1rem;font-weight:normal;margin:0 0 0.25rem;}.scholion-note-number{font-weight:600;}',
  '.scholion-note-heading{font-weight:600;overflow-wrap:anywhere;}',
  // The kind as a small label beside the title: words, a line style and a colour.
  '.scholion-badge{display:inline-block;padding:0 0.35em;font-size:0.75rem;font-weight:600;letter-spacing:0.02em;line-height:1.6;vertical-align:0.1em;background:var(--scholion-mark-bg);text-decoration:underline;text-decoration-color:var(--scholion-mark-line);text-decoration-thickness:2px;}',
  '.scholion-draft{font-weight:normal;font-style:italic;border:1px dashed var(--scholion-muted);padding:0 0.3em;}',
  '.scholion-note[data-status="draft"]{border-left-style:dashed;}',
  '.scholion-note:target,.scholion-note.is-active{border-left-color:var(--scholion-focus);background:color-mix(in srgb,var(--scholion-focus) 7%,var(--scholion-bg));}',
  '.scholion-quote{margin:0.25rem 0;padding-left:0.75rem;border-left:2px solid var(--scholion-rule);font-family:var(--scholion-font);}',
  '.scholion-quote p{margin:0;}',
  '.scholion-list-label{margin:0.25rem 0 0;font-weight:600;}.scholion-mentions{margin:0;padding-left:1.5rem;}',
  '.scholion-reason{color:var(--scholion-muted);margin:0.25rem 0;}',
  '.scholion-fields{display:grid;grid-template-columns:max-content 1fr;gap:0 0.75rem;margin:0.25rem 0;}',
  '.scholion-fields dt{font-weight:600;}.scholion-fields dd{margin:0;overflow-wrap:anywhere;}',
  '.scholion-inline-list{margin:0;padding:0;list-style:none;}',
  '.scholion-note-body>:first-child{margin-top:0.25rem;}.scholion-note-body>:last-child{margin-bottom:0.25rem;}',
  '.scholion-backlink{margin:0.25rem 0 0;}.scholion-backlink a{display:inline-block;min-height:24px;}',
  '.scholion-unanchored{border-top:1px solid var(--scholion-rule);margin-top:2rem;}',
  // Set-aside passages (boilerplate): collapsed ones hidden until the toggle is checked,
  // dimmed ones de-emphasised, none highlighted; annotations inside them kept quiet.
  `.scholion-edition:not(:has(.scholion-show-aside:checked)) .scholion-aside-collapsed,.scholion-edition:not(:has(.scholion-show-aside:checked)) .scholion-aside-block{display:none;}`,
  '.scholion-aside-collapsed,.scholion-aside-dimmed{color:var(--scholion-muted);}',
  '.scholion-note-aside{border-left-style:dotted;color:var(--scholion-muted);}.scholion-note-aside .scholion-badge{background:none;}',
  '.scholion-aside-block{border-left:2px dashed var(--scholion-rule);padding-left:0.75rem;}',
  '.scholion-aside-collapsed mark.scholion-mark,.scholion-aside-dimmed mark.scholion-mark{background:none;text-decoration-color:var(--scholion-rule);}',
  '.scholion-aside-collapsed .scholion-ref,.scholion-aside-dimmed .scholion-ref{color:var(--scholion-muted);}',
  ".scholion-aside-marker{display:inline-block;min-height:24px;padding:0 0.5em;border:1px dashed var(--scholion-muted);border-radius:3px;color:var(--scholion-muted);font-family:var(--scholion-note-font);font-size:0.8rem;line-height:1.6;cursor:pointer;}.scholion-aside-marker::before{content:'Set aside: ' attr(data-label);}",
  ".scholion-edition:has(.scholion-show-aside:checked) .scholion-aside-marker::before{content:'Site furniture, shown: ' attr(data-label);}",
  '.scholion-text>.scholion-aside-marker{display:block;width:fit-content;margin:0.75rem 0;}',
  '.scholion-aside-toggle{margin:0.5rem 0 0;}.scholion-aside-toggle input{width:1.1rem;height:1.1rem;margin:0;vertical-align:-0.15em;}',
  '.scholion-aside-list{margin-top:1.5rem;}.scholion-aside-list ul{margin:0;padding-left:1.25rem;color:var(--scholion-muted);}.scholion-aside-list li{margin:0.25rem 0;}',
  '@media (min-width:64rem){.scholion-body{display:grid;grid-template-columns:minmax(0,var(--scholion-measure)) minmax(18rem,1fr);gap:2.5rem;align-items:start;}.scholion-notes{position:sticky;top:0;max-height:100vh;overflow-y:auto;padding-right:0.5rem;}}',
  // Print: no background colours; kinds told apart by line style and the kind badge.
  '@media print{.scholion-edition{max-width:none;padding:0;color:#000;background:#fff;}.scholion-controls,.scholion-backlink{display:none;}.scholion-body{display:block;}.scholion-notes{position:static;max-height:none;overflow:visible;border-top:1px solid #000;margin-top:1.5rem;}mark.scholion-mark,.scholion-badge,.scholion-swatch{background:none !important;color:#000;text-decoration-color:#000;box-shadow:none;}mark.scholion-mark[data-status="draft"]{background:none;text-decoration-thickness:1px;}.scholion-note{break-inside:avoid;border-left-color:#000;}.scholion-edition .scholion-ref{color:#000;}.scholion-edition a[href^="http"]::after{content:\' <\' attr(href) \'>\';font-size:0.8em;}}',
].join('\n')

/**
 * Extra CSS for a standalone page: page background and colour scheme.
 *
 * @example
 * ```ts
 * import { pageCss } from '@scholion/html'
 * ```
 */
export const pageCss: string = [
  ':root{color-scheme:light dark;}',
  'html{background:#ffffff;}body{margin:0;}',
  '@media (prefers-color-scheme:dark){html{background:#17171b;}}',
].join('\n')
