// The cross-year dashboard: one page, routed on the path, reading POST /graphql as any client
// would. Charts are ECharts with the SVG renderer, so every drawn label is text in the page.
/* global echarts */

const app = document.getElementById('app');
const charts = [];

// ---------------------------------------------------------------------------------------------
// helpers

async function gql(query, variables = {}) {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

const esc = (value) => String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const num = (value) => (value == null ? '–' : Number(value).toLocaleString('en-US', { maximumFractionDigits: 2 }));
const path = (...parts) => `/dashboard/${parts.map(encodeURIComponent).join('/')}`;
const link = (href, text, cls = '') => `<a href="${esc(href)}" data-link${cls ? ` class="${cls}"` : ''}>${esc(text)}</a>`;
/** Where a figure was printed: its document and line, as a link to what the hub holds from that line. */
const source = (documentId, line) => link(`${path('documents', documentId)}?line=${line}`, `${documentId} l.${line}`, 'source');
const docShort = (documentId) => ({
  'plan-2018-administration': '2018 plan', 'plan-2019-planning-coordination': '2019 plan', 'council-report-2020-communication': '2020 report',
  'midterm-finance-2021-2025': 'mid-term plan', 'council-transcript-2022-planning-coordination': '2022 transcript',
})[documentId] ?? documentId;

function chart(element, option) {
  const instance = echarts.init(element, null, { renderer: 'svg' });
  instance.setOption({ animation: false, tooltip: { trigger: 'axis' }, grid: { left: 70, right: 24, top: 40, bottom: 40 }, ...option });
  charts.push(instance);
  return instance;
}

function render(html) {
  while (charts.length) charts.pop().dispose();
  app.innerHTML = html;
}

// ---------------------------------------------------------------------------------------------
// pages

async function home() {
  const { programSeries, documents } = await gql(`{ documents { planYear } programSeries(first: 100, orderBy: TITLE_ASC) { nodes { id title years organisations { name } } } }`);
  const years = [...new Set(documents.map((d) => d.planYear))].sort().map((year) => ({ year }));
  render(`
    <h1>Incheon Plan Hub</h1>
    <p class="muted">Five planning documents of Incheon, 2018–2022, as one graph. Follow an initiative across years, an office's budget, or what changed between two plans.</p>
    <h2>What changed between two years</h2>
    <form id="changes-form">
      <select name="from">${years.map(({ year }) => `<option${year === 2018 ? ' selected' : ''}>${year}</option>`).join('')}</select> →
      <select name="to">${years.map(({ year }) => `<option${year === 2019 ? ' selected' : ''}>${year}</option>`).join('')}</select>
      <button type="submit">Compare</button>
    </form>
    <h2>Initiatives across years <span class="muted">(${programSeries.nodes.length})</span></h2>
    <ul class="plain" id="series-list">${programSeries.nodes.map((s) => `<li>${link(path('series', s.id), s.title)} <span class="muted">${s.years.join(', ')} · ${esc(s.organisations.map((o) => o.name).join(' → '))}</span></li>`).join('')}</ul>`);
  document.getElementById('changes-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    go(`/dashboard/changes?from=${form.get('from')}&to=${form.get('to')}`);
  });
}

async function searchPage(text) {
  const data = await gql(`query($q: String!) {
    programSeries(filter: { search: $q }, first: 50) { nodes { id title years } }
    programs(filter: { search: $q }, first: 50) { nodes { id title year document { id } } }
    organisations(filter: { search: $q }, first: 50) { nodes { id name } }
  }`, { q: text });
  render(`
    <h1>Search: ${esc(text)}</h1>
    <div class="grid">
      <div class="card"><h2>Initiatives across years</h2><ul class="plain">${data.programSeries.nodes.map((s) => `<li>${link(path('series', s.id), s.title)} <span class="muted">${s.years.join(', ')}</span></li>`).join('') || '<li class="muted">none</li>'}</ul></div>
      <div class="card"><h2>Programs</h2><ul class="plain">${data.programs.nodes.map((p) => `<li>${link(path('programs', p.id), p.title)} <span class="muted">${p.year} · ${esc(docShort(p.document.id))}</span></li>`).join('') || '<li class="muted">none</li>'}</ul></div>
      <div class="card"><h2>Organisations</h2><ul class="plain">${data.organisations.nodes.map((o) => `<li>${link(path('organisations', o.id), o.name)}</li>`).join('') || '<li class="muted">none</li>'}</ul></div>
    </div>`);
}

async function seriesPage(id) {
  const { node } = await gql(`query($id: ID!) { node(id: $id) { ... on ProgramSeries {
    id title years
    budgetTimeline { fiscalYear millionKrw phase document { id } vintages { millionKrw phase document { id } sourceLine } }
    members { reason program { id year title sourceLine document { id } organisation { id name } organisationBasis organisationSourceLine
      indicators { id series { id name unit timeline { year vintages { year value rawValue kind document { id } sourceLine indicator { name } } } } } } }
  } } }`, { id });
  if (!node) return notFound(`no initiative ${id}`);
  const indicatorSeries = [...new Map(node.members.flatMap((m) => m.program.indicators).filter((i) => i.series).map((i) => [i.series.id, i.series])).values()];
  render(`
    <h1>${esc(node.title)}</h1>
    <p class="muted">${node.years.join(', ')} · ${node.members.length} programs</p>
    <h2>Budget per fiscal year <span class="muted">(백만원; fiscal-year amounts, the latest document's figure)</span></h2>
    <div class="chart" id="budget-chart"></div>
    <table id="budget-table"><thead><tr><th>fiscal year</th><th>백만원</th><th>phase</th><th>printed in</th></tr></thead><tbody>
      ${node.budgetTimeline.map((p) => `<tr><td>${p.fiscalYear}</td><td class="num">${num(p.millionKrw)}</td><td>${esc(p.phase)}</td><td>${p.vintages.map((v) => `${num(v.millionKrw)} ${source(v.document.id, v.sourceLine)}`).join('<br>')}</td></tr>`).join('') || '<tr><td colspan="4" class="muted">no fiscal-year amount printed</td></tr>'}
    </tbody></table>
    <h2>Owner per year</h2>
    <table id="owners"><thead><tr><th>year</th><th>program</th><th>owner</th><th>how the owner is known</th></tr></thead><tbody>
      ${node.members.map(({ program: p }) => `<tr><td>${p.year}</td><td>${link(path('programs', p.id), p.title)} ${source(p.document.id, p.sourceLine)}</td>
        <td>${p.organisation ? link(path('organisations', p.organisation.id), p.organisation.name) : '<span class="muted">not printed</span>'}</td>
        <td><span class="tag">${esc(p.organisationBasis)}</span>${p.organisationSourceLine ? ` ${source(p.document.id, p.organisationSourceLine)}` : ''}</td></tr>`).join('')}
    </tbody></table>
    ${indicatorSeries.map((s, i) => `
      <h2>${esc(s.name)} <span class="muted">(${esc(s.unit ?? '')}; target and result as each document printed them)</span></h2>
      <div class="chart indicator-chart" id="indicator-chart-${i}"></div>
      <table class="indicator-table"><thead><tr><th>year</th><th>printings</th></tr></thead><tbody>
        ${s.timeline.map((t) => `<tr><td>${t.year}</td><td>${t.vintages.map((v) => `<span class="vintage">${num(v.value)} <span class="tag">${v.kind}</span> ${esc(docShort(v.document.id))} ${source(v.document.id, v.sourceLine)}</span>`).join('<br>')}</td></tr>`).join('')}
      </tbody></table>`).join('')}
    <h2>Why these are one initiative</h2>
    <ul class="plain">${node.members.map((m) => `<li>${link(path('programs', m.program.id), `${m.program.year} · ${m.program.title}`)}: <span class="muted">${esc(m.reason)}</span></li>`).join('')}</ul>`);

  chart(document.getElementById('budget-chart'), {
    xAxis: { type: 'category', data: node.budgetTimeline.map((p) => String(p.fiscalYear)) },
    yAxis: { type: 'value', name: '백만원' },
    series: [{ type: 'bar', name: '예산', data: node.budgetTimeline.map((p) => p.millionKrw), label: { show: true, position: 'top' } }],
  });
  indicatorSeries.forEach((s, i) => {
    const years = s.timeline.map((t) => String(t.year));
    // per year, the latest document's printing of each kind (a plan's target, a later plan's result)
    const of = (kind) => s.timeline.map((t) => t.vintages.find((v) => v.kind === kind)?.value ?? null);
    chart(document.getElementById(`indicator-chart-${i}`), {
      legend: { top: 8 },
      xAxis: { type: 'category', data: years },
      yAxis: { type: 'value', name: s.unit ?? '' },
      series: [
        { type: 'line', name: 'TARGET 목표', data: of('TARGET'), label: { show: true, position: 'top' }, connectNulls: true },
        { type: 'line', name: 'ACTUAL 실적', data: of('ACTUAL'), label: { show: true, position: 'bottom' }, connectNulls: true },
      ],
    });
  });
}

async function programPage(id) {
  const { node: p } = await gql(`query($id: ID!) { node(id: $id) { ... on Program {
    id title year status period sourceLine document { id title } organisation { id name } organisationBasis organisationSourceLine
    series { id title }
    mentions { sourceLine role printedAs }
    budgets { fiscalYear phase quarter category millionKrw rawText sourceLines }
    projectTotals { period category millionKrw rawText sourceLines }
    milestones { date isoDate event sourceLine }
    indicators { name unit values { year value rawValue kind dimension sourceLine } }
  } } }`, { id });
  if (!p) return notFound(`no program ${id}`);
  const doc = p.document.id;
  render(`
    <h1>${esc(p.title)}</h1>
    <p class="muted">${p.year} · ${esc(p.document.title)} ${source(doc, p.sourceLine)} · ${p.organisation ? link(path('organisations', p.organisation.id), p.organisation.name) : 'owner not printed'} <span class="tag">${esc(p.organisationBasis)}</span>
      ${p.series ? ` · across years: ${link(path('series', p.series.id), p.series.title)}` : ''}</p>
    <h2>Where the document prints it</h2>
    <table id="mentions"><thead><tr><th>line</th><th>role</th><th>as printed</th></tr></thead><tbody>
      ${p.mentions.map((m) => `<tr><td>${source(doc, m.sourceLine)}</td><td><span class="tag">${esc(m.role)}</span></td><td>${esc(m.printedAs ?? '')}</td></tr>`).join('')}
    </tbody></table>
    <h2>Budget (fiscal-year amounts, 백만원)</h2>
    <table id="budgets"><thead><tr><th>year</th><th>phase</th><th>category</th><th>백만원</th><th>as printed</th></tr></thead><tbody>
      ${p.budgets.map((b) => `<tr><td>${b.fiscalYear}</td><td>${esc(b.phase)}${b.quarter ? ` Q${b.quarter}` : ''}</td><td>${esc(b.category ?? '(total)')}</td><td class="num">${num(b.millionKrw)}</td><td>${esc(b.rawText)} ${b.sourceLines.map((l) => source(doc, l)).join(' ')}</td></tr>`).join('') || '<tr><td colspan="5" class="muted">none printed</td></tr>'}
    </tbody></table>
    ${p.projectTotals.length ? `<h2>Multi-year totals</h2><table><tbody>${p.projectTotals.map((t) => `<tr><td>${esc(t.period)}</td><td>${esc(t.category ?? '(total)')}</td><td class="num">${num(t.millionKrw)}</td><td>${esc(t.rawText)} ${t.sourceLines.map((l) => source(doc, l)).join(' ')}</td></tr>`).join('')}</tbody></table>` : ''}
    ${p.milestones.length ? `<h2>Milestones</h2><table><tbody>${p.milestones.map((m) => `<tr><td>${esc(m.date)}</td><td>${esc(m.event)}</td><td>${source(doc, m.sourceLine)}</td></tr>`).join('')}</tbody></table>` : ''}
    ${p.indicators.length ? `<h2>Indicators</h2><table><thead><tr><th>indicator</th><th>values</th></tr></thead><tbody>${p.indicators.map((i) => `<tr><td>${esc(i.name)} <span class="muted">${esc(i.unit ?? '')}</span></td><td>${i.values.map((v) => `${v.year}${v.dimension ? ` ${esc(v.dimension)}` : ''}: ${esc(v.rawValue)} <span class="tag">${v.kind}</span> ${source(doc, v.sourceLine)}`).join('<br>')}</td></tr>`).join('')}</tbody></table>` : ''}`);
}

async function organisationPage(id) {
  const { node: o } = await gql(`query($id: ID!) { node(id: $id) { ... on Organisation {
    id name kind years
    predecessors { kind year reason from { id name } document { id } sourceLine }
    successors { kind year reason to { id name } document { id } sourceLine }
    budgets { fiscalYear phase quarter category millionKrw document { id } sourceLine program { id } }
    staffing { year grade authorized current document { id } sourceLine }
    programs(first: 200, includePredecessors: false) { nodes { id title year } }
  } } }`, { id });
  if (!o) return notFound(`no organisation ${id}`);
  const own = o.budgets.filter((b) => !b.program && !b.category && !b.quarter && b.phase === 'ORIGINAL');
  const byYear = [...new Map(own.map((b) => [b.fiscalYear, b])).values()].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const staff = o.staffing.filter((s) => !s.grade).sort((a, b) => a.year - b.year);
  render(`
    <h1>${esc(o.name)}</h1>
    <p class="muted">${esc(o.kind)} · named in ${o.years.join(', ')}</p>
    <h2>Budget per fiscal year <span class="muted">(the unit's own lines, 백만원)</span></h2>
    ${byYear.length ? '<div class="chart" id="org-budget-chart"></div>' : '<p class="muted">no budget line of its own</p>'}
    <table><tbody>${byYear.map((b) => `<tr><td>${b.fiscalYear}</td><td class="num">${num(b.millionKrw)}</td><td>${source(b.document.id, b.sourceLine)}</td></tr>`).join('')}</tbody></table>
    <h2>Staffing (정원 / 현원)</h2>
    <table><tbody>${staff.map((s) => `<tr><td>${s.year}</td><td class="num">${num(s.authorized)} / ${num(s.current)}</td><td>${source(s.document.id, s.sourceLine)}</td></tr>`).join('') || '<tr><td class="muted">none printed</td></tr>'}</tbody></table>
    <h2>Lineage</h2>
    <ul class="plain">
      ${o.predecessors.map((l) => `<li>${l.year}: from ${link(path('organisations', l.from.id), l.from.name)} <span class="tag">${esc(l.kind)}</span> ${esc(l.reason)} ${source(l.document.id, l.sourceLine)}</li>`).join('')}
      ${o.successors.map((l) => `<li>${l.year}: to ${link(path('organisations', l.to.id), l.to.name)} <span class="tag">${esc(l.kind)}</span> ${esc(l.reason)} ${source(l.document.id, l.sourceLine)}</li>`).join('')}
      ${o.predecessors.length + o.successors.length ? '' : '<li class="muted">no rename or move recorded</li>'}
    </ul>
    <h2>Programs</h2>
    <ul class="plain">${o.programs.nodes.map((p) => `<li>${p.year} · ${link(path('programs', p.id), p.title)}</li>`).join('') || '<li class="muted">none</li>'}</ul>`);
  if (byYear.length) {
    chart(document.getElementById('org-budget-chart'), {
      xAxis: { type: 'category', data: byYear.map((b) => String(b.fiscalYear)) },
      yAxis: { type: 'value', name: '백만원' },
      series: [{ type: 'bar', name: '예산', data: byYear.map((b) => b.millionKrw), label: { show: true, position: 'top' } }],
    });
  }
}

async function changesPage(from, to) {
  const { changes } = await gql(`query($from: Int!, $to: Int!) { changes(fromYear: $from, toYear: $to) {
    continued { series { id title } from { id title organisation { name } } to { id title organisation { name } } budgetFromMillionKrw budgetToMillionKrw budgetChangeMillionKrw ownerChanged titleChanged }
    added { id title document { id } } dropped { id title document { id } }
  } }`, { from, to });
  const item = (p) => `<li>${link(path('programs', p.id), p.title)} <span class="muted">${esc(docShort(p.document.id))}</span></li>`;
  render(`
    <h1>What changed, ${from} → ${to}</h1>
    <h2>Continued <span class="muted">(${changes.continued.length})</span></h2>
    <table id="continued"><thead><tr><th>initiative</th><th>${from}</th><th>${to}</th><th>budget 백만원</th><th>owner</th></tr></thead><tbody>
      ${changes.continued.map((c) => `<tr><td>${link(path('series', c.series.id), c.series.title)}${c.titleChanged ? ' <span class="tag">renamed</span>' : ''}</td>
        <td>${link(path('programs', c.from.id), c.from.title)}</td><td>${link(path('programs', c.to.id), c.to.title)}</td>
        <td class="num">${num(c.budgetFromMillionKrw)} → ${num(c.budgetToMillionKrw)}${c.budgetChangeMillionKrw == null ? '' : ` (${c.budgetChangeMillionKrw > 0 ? '+' : ''}${num(c.budgetChangeMillionKrw)})`}</td>
        <td>${esc(c.from.organisation?.name ?? '–')} → ${esc(c.to.organisation?.name ?? '–')}${c.ownerChanged ? ' <span class="tag">moved</span>' : ''}</td></tr>`).join('') || '<tr><td colspan="5" class="muted">no series carries a program across</td></tr>'}
    </tbody></table>
    <div class="grid">
      <div class="card"><h2>Added in ${to} <span class="muted">(${changes.added.length})</span></h2><ul class="plain" id="added">${changes.added.map(item).join('')}</ul></div>
      <div class="card"><h2>Dropped after ${from} <span class="muted">(${changes.dropped.length})</span></h2><ul class="plain" id="dropped">${changes.dropped.map(item).join('')}</ul></div>
    </div>`);
}

async function documentPage(id, line) {
  const data = await gql(`query($id: ID!) {
    node(id: $id) { ... on SourceDocument { id title kind planYear fileName } }
    programs(filter: { documentId: $id }, first: 1000) { nodes { id title mentions { sourceLine role printedAs } budgets { sourceLines fiscalYear phase category millionKrw rawText } } }
    indicatorObservations(filter: { documentId: $id }, first: 1000) { nodes { indicatorName year rawValue kind dimension sourceLine } }
  }`, { id });
  if (!data.node) return notFound(`no document ${id}`);
  const doc = data.node;
  const at = (l) => l === line;
  const mentions = data.programs.nodes.flatMap((p) => p.mentions.filter((m) => at(m.sourceLine)).map((m) => ({ p, m })));
  const budgets = data.programs.nodes.flatMap((p) => p.budgets.filter((b) => b.sourceLines.some(at)).map((b) => ({ p, b })));
  const values = data.indicatorObservations.nodes.filter((o) => at(o.sourceLine));
  render(`
    <h1>${esc(doc.title)}</h1>
    <p class="muted">${esc(doc.kind)} · plan year ${doc.planYear} · <code>${esc(doc.fileName)}</code></p>
    <h2 id="line">Line ${line ?? '–'}: what the hub holds from it</h2>
    <ul class="plain" id="line-records">
      ${mentions.map(({ p, m }) => `<li>program ${link(path('programs', p.id), p.title)} <span class="tag">${esc(m.role)}</span> ${esc(m.printedAs ?? '')}</li>`).join('')}
      ${budgets.map(({ p, b }) => `<li>budget ${b.fiscalYear} ${esc(b.phase)}${b.category ? ` ${esc(b.category)}` : ''}: <b>${num(b.millionKrw)}</b> 백만원 (printed ${esc(b.rawText)}) of ${link(path('programs', p.id), p.title)}</li>`).join('')}
      ${values.map((v) => `<li>${esc(v.indicatorName)} ${v.year}${v.dimension ? ` ${esc(v.dimension)}` : ''}: <b>${esc(v.rawValue)}</b> <span class="tag">${v.kind}</span></li>`).join('')}
      ${mentions.length + budgets.length + values.length ? '' : '<li class="muted">no program, budget or indicator value cites this line</li>'}
    </ul>`);
}

function notFound(message) {
  render(`<p class="error">${esc(message)}</p><p>${link('/dashboard', 'Back to the dashboard')}</p>`);
}

// ---------------------------------------------------------------------------------------------
// routing: every /dashboard/… URL is a deep link

async function route() {
  const url = new URL(location.href);
  const [, , page, id] = url.pathname.split('/').map(decodeURIComponent);
  try {
    if (!page) return await home();
    if (page === 'series' && id) return await seriesPage(id);
    if (page === 'programs' && id) return await programPage(id);
    if (page === 'organisations' && id) return await organisationPage(id);
    if (page === 'documents' && id) return await documentPage(id, url.searchParams.has('line') ? Number(url.searchParams.get('line')) : null);
    if (page === 'changes') return await changesPage(Number(url.searchParams.get('from') ?? 2018), Number(url.searchParams.get('to') ?? 2019));
    if (page === 'search') return await searchPage(url.searchParams.get('q') ?? '');
    notFound(`no page ${url.pathname}`);
  } catch (err) {
    render(`<p class="error">The hub answered with an error: ${esc(err.message)}</p>`);
  }
}

function go(href) {
  history.pushState(null, '', href);
  route();
  window.scrollTo(0, 0);
}

document.addEventListener('click', (event) => {
  const a = event.target.closest('a[data-link]');
  if (!a || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  go(a.getAttribute('href'));
});
document.getElementById('search').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = new FormData(event.target).get('q').trim();
  if (q) go(`/dashboard/search?q=${encodeURIComponent(q)}`);
});
window.addEventListener('popstate', route);
window.addEventListener('resize', () => charts.forEach((c) => c.resize()));
route();
