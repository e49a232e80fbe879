// Drives Neo4j Browser as a person would: open it, connect without authentication, run a who-met query, wait
// for the graph to draw, check that newsgraph's guide opened after connecting, and take a screenshot.
// It starts nothing: the caller serves newsgraph and passes the addresses.
//
//   node browser-ui.mjs <browser-url> <bolt-url> <screenshot.png>
//   e.g. node browser-ui.mjs http://127.0.0.1:7474/browser/ bolt://127.0.0.1:7687 /tmp/browser.png
//
// Exits 0 when every check passed, 1 when one failed, 2 on wrong arguments.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [browserUrl, boltUrl, screenshot] = process.argv.slice(2);
if (!browserUrl || !boltUrl || !screenshot) {
  console.error('usage: node browser-ui.mjs <browser-url> <bolt-url> <screenshot.png>');
  process.exit(2);
}

const WHO_MET = 'MATCH (a:Actor)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(other:Actor) RETURN a, m, other';
const STEP_TIMEOUT = 60_000;

// Only this machine may be contacted. Requests elsewhere are blocked here, so nothing leaves even by mistake, and
// listed. Neo4j Browser 5.24 itself asks for these on Community Edition whatever the server's settings (its web
// fonts, Segment's and Canny's scripts, Sentry's session report); any other host fails the run.
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const BROWSER_BUNDLED = [/^fonts\.googleapis\.com$/, /^fonts\.gstatic\.com$/, /^cdn\.segment\.com$/, /^canny\.io$/,
  /\.ingest\.sentry\.io$/];
const outside = [];

function isLocal(url) {
  const { protocol, hostname } = new URL(url);
  return ['data:', 'blob:', 'about:', 'chrome:', 'chrome-extension:'].includes(protocol) || LOCAL_HOSTS.has(hostname);
}

// A fresh profile each run (Playwright passes it as --user-data-dir): no saved connection or settings.
const profile = mkdtempSync(join(tmpdir(), 'newsgraph-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
  viewport: { width: 1400, height: 1000 },
});

let failed = false;
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  failed ||= !ok;
}

try {
  await context.route('**/*', route => {
    const url = route.request().url();
    if (isLocal(url)) {
      return route.continue();
    }
    outside.push(`${route.request().method()} ${url}`);
    return route.abort('blockedbyclient');
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  page.on('websocket', ws => {
    if (!isLocal(ws.url().replace(/^ws/, 'http'))) {
      outside.push(`WEBSOCKET ${ws.url()}`);
    }
  });

  // Browser reads the connection from the URL; the form then only needs "Connect".
  const url = new URL(browserUrl);
  url.searchParams.set('dbms', boltUrl);
  url.searchParams.set('preselectAuthMethod', 'NO_AUTH');
  await page.goto(url.toString());

  // Without authentication Browser may connect at once; otherwise its form waits for "Connect".
  const connect = page.getByRole('button', { name: 'Connect' });
  // Browser renders each <slide> of the guide on its own; the first one introduces newsgraph.
  const guide = page.getByText('Who met, criticized and spoke about whom').first();
  const first = await Promise.race([connect.waitFor().then(() => 'form'), guide.waitFor().then(() => 'guide')]);
  if (first === 'form') {
    // Browser may connect on its own while the form is still drawn, and the button then goes away.
    await connect.click({ timeout: 15000 }).catch(() => {});
  }

  // The post-connect command plays the guide fetched from the REST API.
  await guide.waitFor();
  if (await connect.isVisible()) {
    await connect.click();
  }
  check(await page.getByText(/^:play http.*\/guide\/newsgraph\.html$/).count() > 0,
    'the newsgraph guide opened after connecting');

  // Type the query into the editor and run it.
  const editor = page.locator('#monaco-main-editor textarea, [data-testid="activeEditor"] textarea').first();
  await editor.click();
  await page.keyboard.type(WHO_MET);
  await page.keyboard.press('Control+Enter');

  // The graph visualization draws one SVG group per node.
  const nodes = page.locator('svg .node');
  await nodes.first().waitFor();
  await page.waitForTimeout(2000); // let the layout settle for the screenshot
  const drawn = await nodes.count();
  check(drawn >= 4, `the who-met graph drew ${drawn} nodes`);
  const captions = (await page.locator('svg .node text').allTextContents()).join(' ');
  check(captions.includes('Astrid') || captions.includes('Hovland'), 'nodes are captioned by name (newsgraph style)');

  await page.screenshot({ path: screenshot, fullPage: false });
  console.log(`screenshot: ${screenshot}`);
} catch (e) {
  check(false, e.message.split('\n')[0]);
  // A picture of where it stopped says more than the timeout.
  try {
    await context.pages()[0]?.screenshot({ path: screenshot });
    console.log(`screenshot of the failure: ${screenshot}`);
  } catch {
    // nothing more to show
  }
} finally {
  const unexpected = outside.filter(request => {
    const host = new URL(request.split(' ')[1].replace(/^ws/, 'http')).hostname;
    return !BROWSER_BUNDLED.some(known => known.test(host));
  });
  outside.forEach(request => console.log(`     blocked ${request}`));
  check(unexpected.length === 0, `no request left this machine but Browser's bundled ones${unexpected.length
    ? ': ' + unexpected.join(', ') : ''}`);
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
