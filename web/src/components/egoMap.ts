import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';

import { h, s } from '../dom';
import { isStandIn, weakest } from '../evidence';
import { displayName } from '../i18n';
import { NO_SPHERE_COLOUR, SPHERE_COLOURS, TYPE_COLOURS, type NodeRef } from '../model';

export type ColourBy = 'kind' | 'sphere';

export interface MapNode extends NodeRef {
  depth: number;
}

export interface MapLink {
  type: string;
  from: string;
  to: string;
  /** What the relationship rests on; PLACEHOLDER and SYNTHETIC links are drawn dashed and dotted. */
  evidence?: string;
}

interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
  typename: string;
  sphere: string | null;
  depth: number;
  placeholder: boolean;
  /** PLACEHOLDER or SYNTHETIC: drawn hollow (SYNTHETIC with a dashed ring). */
  evidence: string;
  forceLabel?: boolean;
  fixed?: boolean;
}

interface EdgeAttrs {
  types: string[];
  size: number;
  color: string;
  /** The weakest evidence of the relationships this edge stands for. */
  evidence: string;
}

/** How an edge is stroked: solid, dashed (a placeholder link) or dotted (a synthetic one). */
export function edgeStroke(evidence: string | undefined): 'solid' | 'dashed' | 'dotted' {
  return evidence === 'SYNTHETIC' ? 'dotted' : evidence === 'PLACEHOLDER' ? 'dashed' : 'solid';
}

const DASHES: Record<'dashed' | 'dotted', number[]> = { dashed: [6, 4], dotted: [1.5, 3] };
const STANDIN_EDGE_COLOUR = '#7b8794';
const DIM_COLOUR = '#e4e7eb';
const HOLLOW_FILL = '#ffffff';

/** Iterations of ForceAtlas2: fixed, so the same data always gives the same drawing. */
export const LAYOUT_ITERATIONS = 300;

const EDGE_COLOUR = '#c4cad3';
const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';
const MAX_LABEL = 28;

/**
 * A map label: the short name, else the name without the "[PLACEHOLDER]" mark (the node's page and
 * the lists say it); a long one loses its trailing parenthesis, then its middle, so that a trailing
 * code such as "HC-01" stays visible.
 */
export function shortLabel(node: Pick<NodeRef, 'name' | 'nameEn' | 'shortName'>, max = MAX_LABEL): string {
  // The hollow node marks a stand-in; the label need not repeat the mark in any language.
  let name = (node.shortName || displayName(node)).replace(/^\[(PLACEHOLDER|placeholder|giữ chỗ)\]\s*/i, '');
  // A trailing parenthesis goes first: "Connection workshop #1 (NTBIC 2020 task)".
  if (name.length > max) name = name.replace(/\s*\([^()]*\)$/, '') || name;
  if (name.length <= max) return name;
  const tail = Math.floor((max - 1) / 3);
  return `${name.slice(0, max - 1 - tail).trimEnd()}…${name.slice(name.length - tail).trimStart()}`;
}

/** A node's colour by its type, or by its helix sphere (grey for non-actors). */
export function colourOf(typename: string, sphere: string | null | undefined, by: ColourBy): string {
  if (by === 'sphere') return sphere ? (SPHERE_COLOURS[sphere] ?? NO_SPHERE_COLOUR) : NO_SPHERE_COLOUR;
  return TYPE_COLOURS[typename] ?? NO_SPHERE_COLOUR;
}

/**
 * The ego network as a graphology graph, laid out deterministically: nodes start on rings by hop
 * (the centre fixed at the origin, each ring in the server's order), then a fixed number of
 * ForceAtlas2 iterations (no randomness) spreads them. Parallel relationships between two nodes
 * become one edge listing their types.
 */
export function buildEgoGraph(nodes: readonly MapNode[], links: readonly MapLink[], by: ColourBy, maxLabel = MAX_LABEL): Graph<NodeAttrs, EdgeAttrs> {
  const graph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'undirected', multi: false, allowSelfLoops: false });
  const rings = new Map<number, MapNode[]>();
  for (const node of nodes) rings.set(node.depth, [...(rings.get(node.depth) ?? []), node]);
  for (const [depth, ring] of rings) {
    ring.forEach((node, i) => {
      if (graph.hasNode(node.id)) return;
      const angle = (2 * Math.PI * i) / ring.length + depth * 0.5;
      graph.addNode(node.id, {
        x: depth === 0 ? 0 : depth * 100 * Math.cos(angle),
        y: depth === 0 ? 0 : depth * 100 * Math.sin(angle),
        size: 4,
        label: shortLabel(node, maxLabel),
        color: colourOf(node.__typename, node.sphere, by),
        typename: node.__typename,
        sphere: node.sphere ?? null,
        depth,
        placeholder: node.placeholder ?? false,
        evidence: node.evidence ?? 'STATED',
        forceLabel: depth === 0,
        fixed: depth === 0,
      });
    });
  }
  for (const link of links) {
    if (!graph.hasNode(link.from) || !graph.hasNode(link.to) || link.from === link.to) continue;
    const existing = graph.edge(link.from, link.to);
    if (existing !== undefined) {
      graph.updateEdgeAttribute(existing, 'types', (types) => [...(types ?? []), link.type]);
      // Parallel ties: the edge is as firm as its firmest tie (one stated tie is enough to draw it solid).
      graph.updateEdgeAttribute(existing, 'evidence', (ev) => (weakest([ev]) === null ? link.evidence ?? 'STATED' : strongest(ev ?? 'STATED', link.evidence ?? 'STATED')));
    } else graph.addEdge(link.from, link.to, { types: [link.type], size: 1, color: EDGE_COLOUR, evidence: link.evidence ?? 'STATED' });
  }
  graph.forEachNode((id, attrs) => {
    const degree = graph.degree(id);
    graph.setNodeAttribute(id, 'size', attrs.depth === 0 ? 16 : Math.min(14, 4 + 1.6 * Math.sqrt(degree)));
  });
  if (graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations: LAYOUT_ITERATIONS,
      settings: { ...forceAtlas2.inferSettings(graph), gravity: 1, scalingRatio: 12, adjustSizes: false, barnesHutOptimize: false },
    });
  }
  return graph;
}

/** A sigma canvas layer sized to the map (device pixels), cleared, its 2D context in CSS pixels. */
function clearedContext(sigma: Sigma<NodeAttrs, EdgeAttrs>, canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  const context = canvas.getContext('2d')!;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  return context;
}

function strongest(a: string, b: string): string {
  return weakest([a, b]) === a ? b : a;
}

export interface EgoMapOptions {
  colourBy: ColourBy;
  /** Opens a node (its page). */
  onOpen(id: string): void;
}

/**
 * The interactive map of an ego network, drawn by sigma.js (WebGL) — or, where WebGL is missing,
 * as SVG from the same laid-out graph. The container says which (`data-renderer`) and how many
 * nodes and edges it drew (`data-nodes`, `data-edges`).
 */
export class EgoMap {
  private readonly graph: Graph<NodeAttrs, EdgeAttrs>;
  private sigma: Sigma<NodeAttrs, EdgeAttrs> | null = null;
  private hovered: string | null = null;
  /** The label boxes drawn in the current frame: a label that would overlap one is left out (shown on hover). */
  private labelBoxes: Array<{ x: number; y: number; w: number; h: number }> = [];
  private centre: string | null = null;

  constructor(
    private readonly container: HTMLElement,
    nodes: readonly MapNode[],
    links: readonly MapLink[],
    private readonly options: EgoMapOptions,
  ) {
    // Shorter labels on a phone-sized map.
    this.graph = buildEgoGraph(nodes, links, options.colourBy, container.clientWidth < 500 ? 20 : MAX_LABEL);
    this.centre = nodes.find((n) => n.depth === 0)?.id ?? null;
    container.dataset.nodes = String(this.graph.order);
    container.dataset.edges = String(this.graph.size);
    container.dataset.standinNodes = String(this.graph.filterNodes((_, a) => isStandIn(a.evidence)).length);
    container.dataset.dashedEdges = String(this.graph.filterEdges((_, a) => edgeStroke(a.evidence) !== 'solid').length);
    try {
      this.sigma = this.drawWithSigma();
      container.dataset.renderer = 'webgl';
    } catch {
      this.sigma = null;
      this.drawWithSvg();
      container.dataset.renderer = 'svg';
    }
  }

  /** Recolours every node by type or sphere. */
  setColourBy(by: ColourBy): void {
    this.graph.updateEachNodeAttributes((_, attrs) => ({ ...attrs, color: colourOf(attrs.typename, attrs.sphere, by) }));
    if (this.sigma) this.sigma.refresh();
    else this.drawWithSvg();
  }

  destroy(): void {
    this.sigma?.kill();
    this.sigma = null;
  }

  private drawWithSigma(): Sigma<NodeAttrs, EdgeAttrs> {
    const sigma = new Sigma<NodeAttrs, EdgeAttrs>(this.graph, this.container, {
      labelFont: LABEL_FONT,
      labelSize: 12,
      labelWeight: '500',
      labelColor: { color: '#1f2933' },
      renderLabels: false,
      labelRenderedSizeThreshold: 5,
      labelDensity: 0.9,
      defaultEdgeColor: EDGE_COLOUR,
      stagePadding: 40,
      zIndex: true,
      minCameraRatio: 0.1,
      maxCameraRatio: 4,
      nodeReducer: (node, data) => {
        // Stand-ins are hollow: a white disc here, their ring drawn by drawEvidence() in their colour.
        const hollow = isStandIn(data.evidence);
        if (this.hovered && (node === this.hovered || this.graph.areNeighbors(node, this.hovered))) {
          return hollow ? { ...data, zIndex: 1, forceLabel: true, ring: data.color, color: HOLLOW_FILL } : { ...data, zIndex: 1, forceLabel: true };
        }
        if (this.hovered) return hollow ? { ...data, label: '', zIndex: 0, ring: DIM_COLOUR, color: HOLLOW_FILL } : { ...data, color: DIM_COLOUR, label: '', zIndex: 0 };
        return hollow ? { ...data, ring: data.color, color: HOLLOW_FILL } : data;
      },
      edgeReducer: (edge, data) => {
        // Dashed and dotted edges are drawn by drawEvidence(): WebGL draws only solid lines.
        if (edgeStroke(data.evidence) !== 'solid') return { ...data, hidden: true };
        if (!this.hovered) return data;
        return this.graph.hasExtremity(edge, this.hovered) ? { ...data, color: '#7b8794', size: 2 } : { ...data, hidden: true };
      },
    });
    const under = sigma.createCanvas('evidenceEdges', { beforeLayer: 'nodes' });
    const over = sigma.createCanvas('evidenceNodes', { afterLayer: 'nodes' });
    // Labels are drawn here rather than by sigma, in our order (the centre first, then the
    // larger nodes): a label that would overlap one already drawn is left out (hover shows it).
    const labels = sigma.createCanvas('mapLabels', { afterLayer: 'evidenceNodes' });
    sigma.on('afterRender', () => {
      this.drawEvidence(sigma, under, over);
      this.drawLabels(sigma, labels);
      this.container.dataset.labels = String(this.labelBoxes.length);
      this.container.dataset.labelBoxes = JSON.stringify(this.labelBoxes.map((b) => [Math.round(b.x), Math.round(b.y), Math.round(b.w), Math.round(b.h)]));
    });
    // Labels are written to the right of their nodes: zoom out a little and move the drawing left
    // so that the labels of the rightmost nodes fit.
    sigma.getCamera().setState({ x: 0.56, y: 0.5, ratio: 1.12 });
    sigma.on('clickNode', ({ node }) => this.options.onOpen(node));
    sigma.on('enterNode', ({ node }) => {
      this.hovered = node;
      this.container.style.cursor = 'pointer';
      sigma.refresh({ skipIndexation: true });
    });
    sigma.on('leaveNode', () => {
      this.hovered = null;
      this.container.style.cursor = '';
      sigma.refresh({ skipIndexation: true });
    });
    return sigma;
  }

  /**
   * What WebGL cannot draw: dashed and dotted edges (placeholder and synthetic links) on a canvas
   * under the nodes, and the rings of hollow nodes (dashed for synthetic records) over them.
   */
  private drawEvidence(sigma: Sigma<NodeAttrs, EdgeAttrs>, under: HTMLCanvasElement, over: HTMLCanvasElement): void {
    const [edges, rings] = [under, over].map((canvas) => clearedContext(sigma, canvas));
    this.graph.forEachEdge((edge, attrs, source, target) => {
      const stroke = edgeStroke(attrs.evidence);
      if (stroke === 'solid') return;
      if (this.hovered && !this.graph.hasExtremity(edge, this.hovered)) return;
      const a = sigma.getNodeDisplayData(source);
      const b = sigma.getNodeDisplayData(target);
      if (!a || !b || a.hidden || b.hidden) return;
      const p = sigma.framedGraphToViewport(a);
      const q = sigma.framedGraphToViewport(b);
      edges.setLineDash(DASHES[stroke]);
      edges.strokeStyle = this.hovered ? '#52606d' : STANDIN_EDGE_COLOUR;
      edges.lineWidth = this.hovered ? 2 : 1.25;
      edges.beginPath();
      edges.moveTo(p.x, p.y);
      edges.lineTo(q.x, q.y);
      edges.stroke();
    });
    this.graph.forEachNode((node, attrs) => {
      if (!isStandIn(attrs.evidence)) return;
      const data = sigma.getNodeDisplayData(node) as (ReturnType<typeof sigma.getNodeDisplayData> & { ring?: string }) | undefined;
      if (!data || data.hidden) return;
      const p = sigma.framedGraphToViewport(data);
      const r = sigma.scaleSize(data.size);
      rings.setLineDash(attrs.evidence === 'SYNTHETIC' ? [3, 2.5] : []);
      rings.strokeStyle = data.ring ?? attrs.color;
      rings.lineWidth = Math.max(1.5, Math.min(3, r / 3));
      rings.beginPath();
      rings.arc(p.x, p.y, Math.max(2, r - rings.lineWidth / 2), 0, 2 * Math.PI);
      rings.stroke();
    });
  }

  /**
   * The node labels, each with a white halo on the node's right (or on its left when it would run
   * past the map's edge), the centre's first and then by node size: a label overlapping one already
   * drawn is left out. The boxes drawn are kept (`data-label-boxes`) so that a test can check them.
   */
  private drawLabels(sigma: Sigma<NodeAttrs, EdgeAttrs>, canvas: HTMLCanvasElement): void {
    const { width, height } = sigma.getDimensions();
    const context = clearedContext(sigma, canvas);
    const labelSize = 12;
    context.font = `500 ${labelSize}px ${LABEL_FONT}`;
    this.labelBoxes = [];
    const order = this.graph.nodes().sort((a, b) => {
      if (a === this.centre) return -1;
      if (b === this.centre) return 1;
      const da = sigma.getNodeDisplayData(a);
      const db = sigma.getNodeDisplayData(b);
      return (db?.size ?? 0) - (da?.size ?? 0) || (a < b ? -1 : 1);
    });
    for (const node of order) {
      const data = sigma.getNodeDisplayData(node) as (ReturnType<typeof sigma.getNodeDisplayData> & { forceLabel?: boolean }) | undefined;
      if (!data || data.hidden || !data.label) continue;
      const size = sigma.scaleSize(data.size);
      // Small nodes get a label only when the camera is close enough (or the node is hovered).
      if (size < 5 && !data.forceLabel) continue;
      const p = sigma.framedGraphToViewport(data);
      if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) continue;
      const box = this.labelBox({ x: p.x, y: p.y, size, label: data.label }, labelSize, context);
      if (!box) continue;
      if (this.labelBoxes.some((b) => box.x < b.x + b.w && b.x < box.x + box.w && box.y < b.y + b.h && b.y < box.y + box.h)) continue;
      this.labelBoxes.push(box);
      const x = box.x + 2;
      const y = p.y + labelSize / 3;
      context.lineJoin = 'round';
      context.lineWidth = 3;
      context.strokeStyle = 'rgba(251, 252, 253, 0.9)';
      context.strokeText(data.label, x, y);
      context.fillStyle = '#1f2933';
      context.fillText(data.label, x, y);
    }
  }

  /** Where a node's label goes (right of the node, or left when it would run off the map), with a 2 px margin. */
  private labelBox(data: { x: number; y: number; size: number; label?: string | null }, labelSize: number, context?: CanvasRenderingContext2D): { x: number; y: number; w: number; h: number } | null {
    if (!data.label) return null;
    let width: number;
    if (context) width = context.measureText(data.label).width;
    else {
      const probe = document.createElement('canvas').getContext('2d');
      if (!probe) return null;
      probe.font = `500 ${labelSize}px system-ui, sans-serif`;
      width = probe.measureText(data.label).width;
    }
    const gap = data.size + 3;
    const fitsRight = data.x + gap + width <= this.container.clientWidth - 4;
    const x = fitsRight ? data.x + gap : Math.max(4, data.x - gap - width);
    return { x: x - 2, y: data.y - labelSize / 2 - 2, w: width + 4, h: labelSize + 4 };
  }

  private drawWithSvg(): void {
    const width = Math.max(this.container.clientWidth, 300);
    const height = Math.max(this.container.clientHeight, 300);
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    this.graph.forEachNode((_, a) => {
      minX = Math.min(minX, a.x);
      maxX = Math.max(maxX, a.x);
      minY = Math.min(minY, a.y);
      maxY = Math.max(maxY, a.y);
    });
    const pad = 30;
    const scale = Math.min((width - 2 * pad) / (maxX - minX || 1), (height - 2 * pad) / (maxY - minY || 1));
    const px = (x: number) => pad + (x - minX) * scale + (width - 2 * pad - (maxX - minX) * scale) / 2;
    // Screen y grows downwards; sigma's grows upwards: flip so both drawings agree.
    const py = (y: number) => height - (pad + (y - minY) * scale + (height - 2 * pad - (maxY - minY) * scale) / 2);
    const edges: SVGElement[] = [];
    this.graph.forEachEdge((_edge, _attrs, _source, _target, sa, ta) => {
      const stroke = edgeStroke(_attrs.evidence);
      edges.push(
        s('line', {
          x1: px(sa.x),
          y1: py(sa.y),
          x2: px(ta.x),
          y2: py(ta.y),
          stroke: stroke === 'solid' ? EDGE_COLOUR : STANDIN_EDGE_COLOUR,
          'stroke-dasharray': stroke === 'solid' ? null : DASHES[stroke].join(' '),
          'data-evidence': _attrs.evidence,
        }),
      );
    });
    const nodes: SVGElement[] = [];
    this.graph.forEachNode((id, a) => {
      nodes.push(
        s(
          'g',
          { class: 'svg-node', tabindex: 0, role: 'link', onclick: () => this.options.onOpen(id), onkeydown: (e: KeyboardEvent) => e.key === 'Enter' && this.options.onOpen(id) },
          s('title', null, a.label),
          isStandIn(a.evidence)
            ? s('circle', { cx: px(a.x), cy: py(a.y), r: a.size * 0.8, fill: HOLLOW_FILL, stroke: a.color, 'stroke-width': 2, 'stroke-dasharray': a.evidence === 'SYNTHETIC' ? '3 2.5' : null, 'data-evidence': a.evidence })
            : s('circle', { cx: px(a.x), cy: py(a.y), r: a.size * 0.8, fill: a.color, 'data-evidence': a.evidence }),
          a.depth === 0 || a.size >= 7 ? s('text', { x: px(a.x) + a.size, y: py(a.y) + 4 }, a.label) : null,
        ),
      );
    });
    this.container.replaceChildren(
      s('svg', { class: 'svg-map', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img' }, s('g', null, ...edges), s('g', null, ...nodes)),
    );
  }
}

/** Words of the evidence part of the map legend. */
export interface EvidenceLegendText {
  placeholder: string;
  synthetic: string;
  linkPlaceholder: string;
  linkSynthetic: string;
}

/**
 * The legend of the colours present in a map, and of the evidence styles: hollow nodes, dashed
 * rings, dashed and dotted lines (always listed, so that a reader knows a solid line is a stated or
 * inferred tie).
 */
export function mapLegend(nodes: readonly MapNode[], by: ColourBy, label: (key: string) => string, noneLabel: string, evidence?: EvidenceLegendText): HTMLElement {
  const keys = new Map<string, string>();
  for (const node of nodes) {
    if (by === 'kind') keys.set(node.__typename, label(node.__typename));
    else keys.set(node.sphere ?? '', node.sphere ? label(node.sphere) : noneLabel);
  }
  return h(
    'div',
    null,
    h(
      'ul',
      { class: 'legend' },
      [...keys].map(([key, text]) =>
        h('li', null, h('span', { class: 'dot', style: `background:${key ? colourOf(key, key, by) : NO_SPHERE_COLOUR}` }), text),
      ),
    ),
    evidence
      ? h(
          'ul',
          { class: 'legend map-legend-evidence', 'data-legend': 'map-evidence' },
          h('li', { 'data-evidence': 'PLACEHOLDER' }, h('span', { class: 'ring', 'aria-hidden': 'true' }), evidence.placeholder),
          h('li', { 'data-evidence': 'SYNTHETIC' }, h('span', { class: 'ring dashed', 'aria-hidden': 'true' }), evidence.synthetic),
          h('li', { 'data-evidence': 'PLACEHOLDER' }, h('span', { class: 'line dashed', 'aria-hidden': 'true' }), evidence.linkPlaceholder),
          h('li', { 'data-evidence': 'SYNTHETIC' }, h('span', { class: 'line dotted', 'aria-hidden': 'true' }), evidence.linkSynthetic),
        )
      : null,
  );
}
