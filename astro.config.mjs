// @ts-check
import { defineConfig, logHandlers } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import mdx from '@astrojs/mdx';

// A build from another content folder (MASAR_CONTENT: the browser tests, the benchmark) keeps Astro's
// content cache apart: a shared data store kept the other folder's entries, and the next build from
// content/ failed once that folder was gone.
const CACHE_DIR = process.env.MASAR_CONTENT
  ? `./node_modules/.astro/content-${createHash('sha256').update(resolve(process.env.MASAR_CONTENT)).digest('hex').slice(0, 12)}`
  : undefined;

// vis-timeline 8.5.4 (pinned) bundles its option Configurator (with a colour picker) and an option
// Validator with the full option schemas, reachable from class methods so the bundler cannot drop
// them. The site never uses `configure` and passes fixed, type-checked options: cut the two call sites
// and the rest becomes dead code. A pattern that no longer matches, or matches twice, fails the build
// (never silently).
// It also spreads the whole vis-util namespace into one object (`...util`), which keeps all of vis-util
// (its own Configurator, ColorPicker, Validator...); only these members are ever read from it.
const VIS_UTILS_USED = ['HSVToRGB', 'RGBToHSV', 'addClassName', 'addCssText', 'binarySearchCustom', 'binarySearchValue',
  'bridgeObject', 'copyAndExtendArray', 'copyArray', 'deepExtend', 'easingFunctions', 'equalArray', 'extend', 'forEach',
  'getAbsoluteLeft', 'getAbsoluteTop', 'getScrollBarWidth', 'getTarget', 'hasParent', 'hexToRGB', 'insertSort', 'isString',
  'isValidHex', 'isValidRGB', 'isValidRGBA', 'mergeOptions', 'option', 'preventDefault', 'removeClassName', 'removeCssText',
  'selectiveBridgeObject', 'selectiveDeepExtend', 'selectiveExtend', 'throttle', 'toArray', 'updateProperty'];
/** @type {Array<[string, string]>} */
const VIS_CUTS = [
  ['const availableUtils = {\n  ...util,\n', `const availableUtils = {\n${VIS_UTILS_USED.map((n) => `  ${n}: util.${n},\n`).join('')}`],
  ['return new Configurator(this, this.dom.container, configureOptions);', 'throw new Error("configure is not bundled");'],
  ['let errorFound = Validator.validate(options, allOptions);', 'let errorFound = false;'],
  // The same two calls in Graph2d's prototype methods, which the bundler keeps (prototype assignment).
  ['return new Configurator(this, this.dom.container, configureOptions$1);', 'throw new Error("configure is not bundled");'],
  ['let errorFound = Validator.validate(options, allOptions$1);', 'let errorFound = false;'],
  // Group.add drew each added item at once and read its size back, so adding n items forced n
  // layouts of the page (1.2 s for the first drawing at 5,000 entries, CPU ×4 slower). The redraw
  // that follows every add (the group is marked dirty) finds the new items by binary search and
  // draws them all with one batched read of sizes, as it does for items scrolled into view.
  ['    if (!this.visibleItems.includes(item)) {\n      const range = this.itemSet.body.range; // TODO: not nice accessing the range like this\n      this._checkIfVisible(item, this.visibleItems, range);\n    }\n', ''],
  // The timeline stayed hidden under its loading screen after its first drawing until the first
  // rangechanged, which vis-timeline sends 200 ms after a window is set without animation, and then
  // needed one more redraw: the reader saw nothing for that long. The window is set from the options
  // before the first drawing, so that drawing is shown. (Timeline's copy of this test: Graph2d has the
  // same lines, four spaces less indented, and a cut of those changed nothing the site runs.)
  ['      if (\n        !me.initialDrawDone &&\n        (me.initialRangeChangeDone ||\n          (!me.options.start && !me.options.end) ||\n          me.options.rollingMode)\n      ) {\n        me.initialDrawDone = true;\n        me.itemSet.initialDrawDone = true;',
    '      if (!me.initialDrawDone) {\n        me.initialDrawDone = true;\n        me.itemSet.initialDrawDone = true;'],
  // The time axis measured its character size and width inside its foreground before it first put that
  // foreground in the page: 0 × 0 on the first pass, the real size on the second, so vis-timeline's
  // first drawing took three passes of style and layout (the third only to settle the axis height into
  // the panels). Attached first, it measures right away and the drawing settles in two passes.
  ['    const parentChanged = foreground.parentNode !== parent;\n',
    '    const parentChanged = foreground.parentNode !== parent;\n    if (parentChanged) parent.appendChild(foreground);\n'],
  // At every redraw the time axis took its labels and its grid lines out of the page, rewrote them, and
  // put them back: back in the page, every label and line had its style and layout made anew, twice
  // in a zoom's frame (the redraw runs again at once when the lanes' heights change). Nothing in the
  // rewrite reads a size, so it loses nothing done in place, where only what changed is styled again.
  ['    //  take foreground and background offline while updating (is almost twice as fast)\n    const foregroundNextSibling = foreground.nextSibling;\n    const backgroundNextSibling = background.nextSibling;\n    foreground.parentNode && foreground.parentNode.removeChild(foreground);\n    background.parentNode && background.parentNode.removeChild(background);\n',
    ''],
  ['    // put DOM online again (at the same place)\n    if (foregroundNextSibling) {\n      parent.insertBefore(foreground, foregroundNextSibling);\n    } else {\n      parent.appendChild(foreground);\n    }\n    if (backgroundNextSibling) {\n      this.body.dom.backgroundVertical.insertBefore(\n        background,\n        backgroundNextSibling,\n      );\n    } else {\n      this.body.dom.backgroundVertical.appendChild(background);\n    }\n',
    '    if (!background.parentNode) this.body.dom.backgroundVertical.appendChild(background);\n'],
  // A lane's steps of a redraw ran step by step across the lanes, so whether a lane was in view (step 3)
  // was judged from its top before any lane above it had its new height: at a zoom that shrank the lanes
  // above, the lanes now in view were left undrawn, found resized, and vis-timeline ran its whole redraw
  // again at once, time axis included, to draw them: three or four passes in a zoom's one frame, where
  // bare vis-timeline gives up after one. The steps that draw a lane's items and give it its height
  // (3 to 6) now run lane after lane from the top, each lane placed below the heights just computed;
  // the steps that read or write the page (0 to 2, 7 to 11) still run across the lanes at once.
  ['      for (let i = 0; i < redrawQueueLength; i++) {\n        availableUtils.forEach(redrawQueue, (fns, key) => {\n          redrawResults[key] = fns[i]();\n        });\n      }\n',
    '      const runSteps = (from, to) => {\n        for (let i = from; i < to; i++) {\n          availableUtils.forEach(redrawQueue, (fns, key) => {\n            redrawResults[key] = fns[i]();\n          });\n        }\n      };\n'
    + '      runSteps(0, 3);\n'
    + '      let nextTop;\n'
    + '      const placed = new Map();\n'
    + '      for (const key of [...this.groupIds.filter((id) => id in redrawQueue), ...Object.keys(redrawQueue).filter((id) => !this.groupIds.includes(id))]) {\n'
    + '        const group = this.groups[key];\n'
    + '        if (nextTop !== undefined) group.top = nextTop;\n'
    + '        for (let i = 3; i < 7; i++) redrawResults[key] = redrawQueue[key][i]();\n'
    + '        placed.set(group, group.top);\n'
    + '        nextTop = group.top + group.height;\n'
    + '      }\n'
    + '      runSteps(7, 8);\n'
    // Step 7 reads each lane's top from the page, where the lanes above it still have their old heights
    // (step 9 writes the new ones): a band of a lane (a background item, placed by the lane's top at
    // step 10) was drawn at the old top, and only a second pass put it right. The tops computed above
    // are those the page takes once step 9 has run.
    + '      for (const [group, top] of placed) group.top = top;\n'
    + '      runSteps(8, redrawQueueLength);\n'],
  // A redraw whose components changed size (the lanes' heights, at a zoom) was run again whole, time
  // axis and lanes included, only for the panels to be fitted to the new heights: now the panels'
  // sizes are read again and written at once (one layout), and the components drawn again only when
  // what they are drawn from changed (the panels' widths and heights, the scroll position). A band
  // across every lane takes the content's new height by itself (a write, no read). Otherwise the
  // drawing is settled in one pass, as bare vis-timeline's is. Not in the first drawing: each of its
  // passes changes the panels (the time axis takes its height), so the fit would only add a layout.
  ['  _redraw() {\n    this.redrawCount++;\n', '  _redraw(panelsOnly) {\n    if (!panelsOnly) this.redrawCount++;\n'],
  ['    // redraw all components\n    this.components.forEach((component) => {\n      resized = component.redraw() || resized;\n    });\n',
    '    if (panelsOnly) return;\n    // redraw all components\n    this.components.forEach((component) => {\n      resized = component.redraw() || resized;\n    });\n'
    + '    if (resized && this.itemSet && this.initialDrawDone) {\n'
    + '      const drawnFrom = () => [props.root.width, props.root.height, props.center.width, props.centerContainer.width, props.centerContainer.height,\n'
    + '        props.left.width, props.right.width, props.top.height, props.bottom.height, props.scrollTop].join();\n'
    + '      const before = drawnFrom();\n'
    + '      Core.prototype._redraw.call(this, true);\n'
    + '      if (drawnFrom() === before) {\n'
    + '        resized = false;\n'
    + '        for (const item of this.itemSet.groups.__background__?.visibleItems ?? []) item.repositionY();\n'
    + '      }\n'
    + '    }\n'],
  // A redraw that found a size changed (the lanes' heights, at a zoom) ran again at once, in the same
  // frame. That second pass only fits the panels to the lanes' new heights: once the timeline is
  // drawn, it runs in the next frame, so no frame of a zoom holds both passes. The first drawing still
  // settles in one frame (the loading screen comes off at the end of it).
  ['      if (this.redrawCount < MAX_REDRAW) {\n        this.body.emitter.emit("_change");\n        return;\n',
    '      if (this.redrawCount < MAX_REDRAW) {\n        this.body.emitter.emit("_change", this.initialDrawDone ? { queue: true } : undefined);\n        return;\n'],
  // Every change to the items' DataSet redrew the whole item set at once, besides the redraw it queues
  // for the next frame: a zoom, which takes the entries leaving the window out and puts those entering
  // in, drew the items three times (the removal, the addition, then the new window), each time reading
  // sizes back from the page; bare vis-timeline, whose items never change, draws once. The queued
  // redraw (the `_change` that _onAdd, _onUpdate and _onRemove emit) draws them with the window.
  ...['_onAdd', '_onUpdate', '_onRemove'].map((handler) => {
    const listener = `        me.${handler}(params.items);\n        if (me.options.cluster) {\n          me.clusterGenerator.setItems(me.items, {\n            applyOnChangedLevel: false,\n          });\n        }\n`;
    return /** @type {[string, string]} */ ([`${listener}        me.redraw();\n`, listener]);
  }),
];
// Graph2d (the chart, unused here) is kept whole because its prototype is built at module level
// (`Graph2d.prototype = new Core()`): its region is replaced by a stub, and its parts become dead code.
/** @type {Array<[string, string, string]>} */
const VIS_REGION_CUTS = [
  ['function Graph2d(container, items, groups, options) {', 'const string = "string";', 'function Graph2d() { throw new Error("Graph2d is not bundled"); }\n\n'],
  // Graph2d's drawing styles (Points, Bargraph, Line, GraphGroup) and its Legend and LineGraph, whose
  // static members and prototypes are also assigned at module level.
  ['function Points() {}', 'class Item {', ''],
  ['function Legend(body, options, side, linegraphOptions) {', 'class TimeAxis extends Component {', ''],
  // The exported `timeline` namespace of components names the parts cut above.
  ['const timeline = {', 'export { Graph2d, Timeline, timeline };', 'const timeline = {};\n\n'],
];
const VIS_TIMELINE_MODULE = /vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.mjs$/;
/** V8's explicit compile hint for a whole script (must open the file). */
const COMPILE_ALL_HINT = '//# allFunctionsCalledOnLoad';
/**
 * The cuts above as a Vite plugin; exported so that the benchmark's bare vis-timeline page runs the same bundle.
 * @returns {import('vite').Plugin}
 */
export function slimVisTimeline() {
  return {
    name: 'masar-slim-vis-timeline',
    enforce: 'pre',
    transform(code, id) {
      if (!VIS_TIMELINE_MODULE.test(id)) return null;
      let out = code;
      for (const [from, to] of VIS_CUTS) {
        if (!out.includes(from)) throw new Error(`masar-slim-vis-timeline: "${from}" not found in ${id}; update VIS_CUTS for this vis-timeline version`);
        // Text found twice could be cut in the copy the site does not run (Timeline and Graph2d repeat code).
        if (out.indexOf(from) !== out.lastIndexOf(from)) throw new Error(`masar-slim-vis-timeline: "${from}" found more than once in ${id}; make it name one place`);
        out = out.replace(from, to);
      }
      for (const [from, to, stub] of VIS_REGION_CUTS) {
        const a = out.indexOf(from);
        const b = out.indexOf(to, a);
        if (a < 0 || b < 0) throw new Error(`masar-slim-vis-timeline: region "${from}" … "${to}" not found in ${id}`);
        out = out.slice(0, a) + stub + out.slice(b);
      }
      return { code: out, map: null };
    },
    // V8 compiles a function when it is first called, on the main thread: vis-timeline's first drawing
    // called most of the chunk's, so 110-130 ms (CPU 4× slower) of the reach to the drawing was compiling
    // them one by one. Chromium (136 on) reads this comment at the top of a script as "compile everything
    // eagerly", which it does while the script streams in, off the main thread. The timeline's chunk
    // (the one holding vis-timeline) is nearly all called by its first drawing anyway.
    // Added once the chunk is minified (the minifier drops comments), so its file name's hash does not
    // cover the line; the line changes nothing the script does.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.moduleIds.some((id) => VIS_TIMELINE_MODULE.test(id))) continue;
        chunk.code = `${COMPILE_ALL_HINT}\n${chunk.code}`;
      }
    },
  };
}

// vis-timeline's HTML sanitizer is replaced by a pass-through: this site escapes every string it hands
// to the timeline (src/client/timeline.ts), so the `xss` package is dead weight there.
export const VIS_ALIAS = { xss: fileURLToPath(new URL('./src/client/xss-passthrough.ts', import.meta.url)) };

/** The level the build step asks for, when it is one Astro knows (anything else logs as Astro does). */
const LOG_LEVEL = /** @type {('debug' | 'info' | 'warn' | 'error' | 'silent')[]} */ (['debug', 'info', 'warn', 'error', 'silent']).find((l) => l === process.env.MASAR_ASTRO_LOG_LEVEL);

export default defineConfig({
  site: process.env.MASAR_SITE ?? 'https://masar.example.org',
  ...(CACHE_DIR ? { cacheDir: CACHE_DIR } : {}),
  trailingSlash: 'always',
  integrations: [mdx()],
  // No code on this site, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  // Two pages at a time: Astro awaits each page's folder and file before it renders the next, so with one
  // the renderer stood idle for every write (7.5 s of the 32 s of a 10,000-entry build, profiled). Each page
  // is rendered alone from the same props, so the files are the same bytes in any order.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  devToolbar: { enabled: false },
  // npm run build holds astro's output back unless the step fails (src/build/build-steps.ts), and at
  // the info level Astro writes two lines for every page it builds: 41,000 writes to that pipe at
  // 10,000 entries, each with a formatted time. The build step asks for warnings and errors only; any
  // other run (astro dev, the preview npm start reads its address from) logs as Astro does.
  ...(LOG_LEVEL ? { logger: logHandlers.node({ level: LOG_LEVEL }) } : {}),
  vite: {
    plugins: [slimVisTimeline()],
    resolve: {
      alias: VIS_ALIAS,
    },
    build: { assetsInlineLimit: 0 },
  },
});
