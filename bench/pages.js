// Pages the browser benchmark generates: a large SEIS-like IEP page (well over 5,000 nodes)
// and a churn page that makes 10,000+ DOM mutations while it is read. De-identified.

const row = (label, value) =>
  `<div class="row" ng-repeat="f in fields"><span class="lbl">${label}:</span> <span class="val">${value}</span></div>`;

function serviceCard(i) {
  const codes = [
    ['330', 'Specialized Academic Instruction'],
    ['415', 'Language and Speech'],
    ['510', 'Individual Counseling'],
  ];
  const [code, name] = codes[i % codes.length];
  return `<div class="service" ng-repeat="s in services"><h4>#${i + 1} ${code} ${name}</h4>
    <div>Dates 08/15/2025 - 06/10/2026</div><div>Duration 30 min x 5 sessions = 150 min Weekly</div>
    <div>Provider 100 District of Service</div><div>Location Separate Classroom</div><div>Delivery Group</div></div>`;
}

function goal(i) {
  return `<div class="panel goal"><h5>Area of Need: Reading ${i}</h5>
    <p><span>Baseline:</span> <span>Reads ${i} words per minute with ${i % 10} errors.</span></p>
    <p><span>Measurable Annual Goal #${i}:</span> <span>By 06/2026 the student will read grade-level text.</span></p>
    <ul><li>Standard ${i}.1</li><li>Standard ${i}.2</li><li>Person Responsible: Resource Specialist</li></ul></div>`;
}

function accommodation(i) {
  return `<tr><td>Extended time on tests and assignments ${i}</td><td>08/15/2025</td><td>06/10/2026</td><td>Classroom Service Area</td></tr>`;
}

export function largePage() {
  return `<!doctype html><html><head><meta charset="utf-8"><title>SEIS - Goals and Services</title></head><body>
  <div class="topbar">SEIS</div>
  <div ng-view><div class="layout">
    <div class="main">
      <div class="iep-toggle"><span>Future IEP</span><span class="active">Current IEP</span></div>
      ${row('Primary Disability', '290 - Specific Learning Disability')}
      ${row('Secondary Disability', '240 - Speech or Language Impairment')}
      <h3>Services</h3>${Array.from({ length: 60 }, (_, i) => serviceCard(i)).join('')}
      <h3>Program Accommodations</h3><table><thead><tr><th>Description</th><th>Start</th><th>End</th><th>Location</th></tr></thead>
      <tbody>${Array.from({ length: 250 }, (_, i) => accommodation(i)).join('')}</tbody></table>
      <h3>Goals</h3>${Array.from({ length: 260 }, (_, i) => goal(i)).join('')}
    </div>
    <div class="student-info panel">
      ${row('Name', 'Student, Bench')}${row('SEIS ID', '9100001')}${row('Grade', '5')}
      ${row('Case Manager', 'Chen, Morgan')}${row('Current IEP Date', '09/02/2025')}
    </div>
  </div></div></body></html>`;
}

/**
 * An IEP page with a live widget that changes 100 times, 100 mutations each, every 10 ms:
 * the page reports when it is done (window.__churnDone).
 */
export function churnPage() {
  return `<!doctype html><html><head><meta charset="utf-8"><title>SEIS - Services</title></head><body>
  <div ng-view><div class="layout"><div class="main">
    <div class="iep-toggle"><span class="active">Current IEP</span></div>
    ${row('Primary Disability', '290 - Specific Learning Disability')}
    <h3>Services</h3>${Array.from({ length: 10 }, (_, i) => serviceCard(i)).join('')}
    <ul id="feed"></ul>
  </div><div class="student-info panel">${row('Grade', '5')}${row('Case Manager', 'Chen, Morgan')}</div></div></div>
  <script>
    window.__churnDone = false;
    window.__mutations = 0;
    const feed = document.getElementById('feed');
    let batch = 0;
    function tick() {
      for (let i = 0; i < 100; i++) {
        const li = document.createElement('li');
        li.textContent = 'Update ' + batch + '.' + i;
        feed.appendChild(li);
        if (feed.childNodes.length > 50) feed.removeChild(feed.firstChild);
        window.__mutations += 1;
      }
      batch += 1;
      if (batch < 100) setTimeout(tick, 10); else window.__churnDone = true;
    }
    window.__startChurn = () => setTimeout(tick, 10);
  </script></body></html>`;
}
