// Measures how long GraphQL requests take to be answered while Neo4j is paused with SIGSTOP.
// Usage: a running helixgraph with the founding dataset and an editor key in HELIXGRAPH_API_KEYS, then
//   node bench/proof/frozen.mjs http://127.0.0.1:4000/graphql <Neo4j pid> <editor key>
// Two requests are sent just before the pause, three right after it, two 5 s into it; Neo4j is
// resumed once all have answered, and the first answer after SIGCONT is timed. Writes ids tmp:frozen:*.
const [url, pid] = [process.argv[2], Number(process.argv[3])];
const gql = async (query, variables, key) => {
  const t = Date.now();
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const b = await r.json();
  return { ms: Date.now() - t, code: b.errors?.[0]?.extensions?.code ?? 'OK' };
};
const upsert = (i) => gql('mutation ($input: EntityInput!) { upsertEntity(input: $input) { outcome } }', { input: { id: `tmp:frozen:${i}`, label: 'ENTERPRISE', name: 'F', newSources: [{ id: 'tmp:frozen:src', title: 'frozen' }] } }, process.argv[4]);
(async () => {
  await gql('{ node(id: "org:ntbic") { id } }');
  const inflight = [gql('{ actors(first: 100) { totalCount nodes { id links(first: 20) { totalCount } } } }'), upsert(0)];
  await new Promise((r) => setTimeout(r, 3));
  process.kill(pid, 'SIGSTOP');
  const t0 = Date.now();
  const fresh = [gql('{ node(id: "org:ntbic") { id } }'), gql('{ search(query: "bat trang") { totalCount } }'), upsert(1)];
  await new Promise((r) => setTimeout(r, 5000));
  const later = [gql('{ node(id: "org:ntbic") { id } }'), upsert(2)];
  const all = await Promise.all([...inflight, ...fresh, ...later]);
  console.log(JSON.stringify({ inflight: all.slice(0, 2), fresh: all.slice(2, 5), fiveSecondsLater: all.slice(5) }));
  process.kill(pid, 'SIGCONT');
  const t1 = Date.now();
  let back;
  do { back = await gql('{ node(id: "org:ntbic") { id } }'); } while (back.code !== 'OK' && Date.now() - t1 < 60000);
  console.log('frozen for', t1 - t0, 'ms; first answer after SIGCONT in', Date.now() - t1, 'ms');
})();
