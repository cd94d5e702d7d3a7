// What a browser app on another origin does: urql's default GET for a query, a demo token, then a signed-in POST.
const gateway = new URLSearchParams(location.search).get('gateway');
const ACCEPT = 'application/graphql-response+json, application/json';

// Lists are left out: the record's shape, not its paging, is what crosses origins here.
const FIVE_YEAR_RECORD = `query FiveYearRecord($id: LearnerId!) {
  student(id: $id) {
    id name
    pathway { stage cohort agreement { id name } }
    secondaryStage { institution { name } program { name } enrolledOn completedOn }
    higherStage { institution { name } program { name } enrolledOn }
  }
}`;

async function catalogue() {
  const url = new URL('/graphql', gateway);
  url.searchParams.set('query', '{ certificateStandards(first: 100) { nodes { code name level } } }');
  const res = await fetch(url, { headers: { accept: ACCEPT } });
  return { status: res.status, body: await res.json() };
}

async function fiveYearRecord(id) {
  const issued = await fetch(new URL('/demo/token', gateway), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'STUDENT', student: id }) });
  const { token } = await issued.json();
  const res = await fetch(new URL('/graphql', gateway), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: ACCEPT, authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: FIVE_YEAR_RECORD, variables: { id } }),
  });
  return { status: res.status, body: await res.json() };
}

async function show(id, run) {
  const out = document.getElementById(id);
  try {
    out.textContent = JSON.stringify(await run(), null, 1);
  } catch (err) {
    out.textContent = `failed: ${err.message}`;
  }
  out.dataset.done = 'true';
}

show('catalogue', catalogue).then(() => show('record', () => fiveYearRecord('GT202200001X')));
