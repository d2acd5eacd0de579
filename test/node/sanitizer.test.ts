/**
 * The build sanitizer (scripts/lib/sanitize.ts) against real hostile input, and the same
 * input written into a summary's Markdown: the build must fail and point at the line.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { compileText } from '../../scripts/lib/compile.js';
import { sanitizeForBuild } from '../../scripts/lib/sanitize.js';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, ALLOWED_URL_SCHEMES } from '../../src/content/allow-list.js';
import { formatDiagnostic } from '../../src/content/diagnostics.js';
import { FIXTURES, lineOf, root } from './support.js';

/**
 * Hostile HTML. The visible text in each is harmless ("x", "go"), so any `alert(`,
 * `javascript:` or `data:` left in the output can only have come from markup.
 */
const HOSTILE: Array<[name: string, html: string]> = [
  ['img with onerror', '<img src=x onerror=alert(1)>'],
  ['script element', '<script>alert(1)</script>'],
  ['javascript: link', '<a href="javascript:alert(1)">x</a>'],
  ['mixed-case javascript: link', '<a href="JaVaScRiPt:alert(1)">x</a>'],
  ['javascript: link with leading spaces', '<a href="  javascript:alert(1)">x</a>'],
  ['entity-obfuscated javascript: link (tab)', '<a href="java&#x09;script:alert(1)">x</a>'],
  ['entity-encoded javascript: link', '<a href="&#106;avascript:alert(1)">x</a>'],
  ['iframe with srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['svg with onload', '<svg onload=alert(1)><circle r=1 /></svg>'],
  ['details with ontoggle', '<details open ontoggle=alert(1)><summary>x</summary>x</details>'],
  ['button with formaction', '<button formaction="javascript:alert(1)">go</button>'],
  ['object with data: URL', '<object data="data:text/html,<script>alert(1)</script>"></object>'],
  ['embed with data: URL', '<embed src="data:image/svg+xml,<svg onload=alert(1)>">'],
  ['base element', '<base href="https://evil.example/">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['data: link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
  ['style attribute', '<p style="background:url(javascript:alert(1))">x</p>'],
  ['style element', '<style>body{background:url(javascript:alert(1))}</style>'],
  ['form element', '<form action="https://evil.example/"><input name=q value=x></form>'],
  ['onclick on an allowed element', '<a href="https://example.org/" onclick="alert(1)">x</a>'],
  ['onmouseover on an allowed element', '<strong onmouseover=alert(1)>x</strong>'],
  ['upper-case script element', '<SCRIPT>alert(1)</SCRIPT>'],
  ['vbscript: link', '<a href="vbscript:alert(1)">x</a>'],
  ['protocol-relative link', '<a href="//evil.example/x">x</a>'],
];

const FORBIDDEN_ELEMENTS = ['script', 'iframe', 'object', 'embed', 'base', 'meta', 'svg', 'form', 'img', 'style', 'input', 'button', 'details', 'link'];

/** Decodes numeric character references and drops control characters and spaces, as browsers do when reading a URL. */
function urlForm(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&colon;/gi, ':')
    .replace(/[\u0000-\u0020]/g, '')
    .toLowerCase();
}

/** Asserts that `html` (sanitizer output) is safe, reading its tags independently of the sanitizer. */
function assertSafe(html: string): void {
  for (const [, slash, name, attrs] of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    const tag = name!.toLowerCase();
    assert.ok(!FORBIDDEN_ELEMENTS.includes(tag), `no <${tag}> element in ${html}`);
    assert.ok((ALLOWED_TAGS as readonly string[]).includes(tag), `<${tag}> is on the allow-list (${html})`);
    if (slash) continue;
    for (const [, attr, dq, sq, bare] of attrs!.matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      const a = attr!.toLowerCase();
      assert.ok(!a.startsWith('on'), `no ${a} handler in ${html}`);
      assert.ok((ALLOWED_ATTRIBUTES[tag] ?? []).includes(a), `${a} is allowed on <${tag}> (${html})`);
      const scheme = /^([a-z][a-z0-9+.-]*):/.exec(urlForm(dq ?? sq ?? bare ?? ''))?.[1];
      if (scheme) assert.ok((ALLOWED_URL_SCHEMES as readonly string[]).includes(scheme), `no ${scheme}: URL in ${html}`);
    }
  }
  const flat = urlForm(html);
  assert.ok(!flat.includes('javascript:'), `no javascript: in ${html}`);
  assert.ok(!flat.includes('vbscript:'), `no vbscript: in ${html}`);
  assert.ok(!flat.includes('data:'), `no data: in ${html}`);
  assert.ok(!html.includes('alert('), `no script text in ${html}`);
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i);
  assert.doesNotMatch(html, /\sstyle\s*=/i);
  assert.doesNotMatch(html, /href\s*=\s*["']?\s*\/\//i, 'no protocol-relative link');
}

describe('sanitizeForBuild with hostile input', () => {
  for (const [name, html] of HOSTILE) {
    test(name, () => {
      const result = sanitizeForBuild(html);
      assertSafe(result.html);
      assert.ok(result.rejected.length > 0, `the rejection of ${html} must be reported, so the build fails`);
      for (const r of result.rejected) assert.equal(typeof r, 'string');
    });
  }

  test('the checker itself catches unsafe output (so the tests above can fail)', () => {
    for (const unsafe of ['<img src=x>', '<a href="javascript:alert(1)">x</a>', '<a href="java&#x09;script:x">x</a>', '<p onclick="x">x</p>', '<p style="x">x</p>', '<script>alert(1)</script>', '<a href="data:text/html,x">x</a>']) {
      assert.throws(() => assertSafe(unsafe), `${unsafe} is caught`);
    }
  });
});

describe('sanitizeForBuild with allowed markup', () => {
  const ALLOWED: string[] = [
    '<p>Plain text with <em>emphasis</em>, <strong>strong</strong>, <b>b</b>, <i>i</i> and <code>code</code>.</p>',
    '<p><a href="https://example.org/a?b=1&amp;c=2">a link</a> and <a href="http://example.org/">another</a></p>',
    '<p><a href="mailto:team@example.org">email</a>, <a href="/relative/page">relative</a>, <a href="#anchor">anchor</a></p>',
    '<p><a href="https://example.org/" title="A title" hreflang="cy">Welsh</a></p>',
    '<ul><li>one</li><li>two</li></ul>',
    '<ol start="3"><li>three</li><li>four</li></ol>',
    '<p><abbr title="Every Child Matters">ECM</abbr></p>',
    '<blockquote cite="https://example.org/source"><p>A quotation.</p></blockquote>',
    '<p><q cite="https://example.org/source">short quote</q>, <cite>A work</cite>, x<sub>2</sub>, x<sup>2</sup></p>',
    '<h4>Sub-heading</h4><h5>Smaller</h5><h6>Smallest</h6>',
    '<p>Line one<br />line two</p>',
  ];
  for (const html of ALLOWED) {
    test(html, () => {
      const result = sanitizeForBuild(html);
      assert.equal(result.html, html);
      assert.deepEqual(result.rejected, []);
    });
  }
});

describe('hostile HTML written into a summary fails the build at its line', () => {
  const base = readFileSync(join(root, FIXTURES, 'valid-minimal.md'), 'utf8');
  const file = `${FIXTURES}/valid-minimal.md`;
  const anchor = 'A paragraph of detail about the graded finding.\n';
  assert.ok(base.includes(anchor));

  for (const [name, html] of HOSTILE) {
    // The hostile string is on the second line of the finding's detail paragraph, so the
    // parser has to find the right line rather than just report where the body starts.
    const text = base.replace(anchor, `${anchor}It continues ${html} here.\n`);
    test(`${name} in a finding's detail`, () => {
      const line = lineOf(text, html);
      const result = compileText(text, file);
      assert.equal(result.summary, undefined, 'the build must fail');
      assert.ok(result.diagnostics.length > 0);
      for (const d of result.diagnostics) {
        assert.ok(d.message.startsWith('Content that the allow-list rejects'), formatDiagnostic(d));
        assert.equal(d.itemId, 'graded-finding');
        assert.equal(d.line, line, formatDiagnostic(d));
        assert.ok(formatDiagnostic(d).startsWith(`${file}:${line}: `));
      }
    });
  }

  test('a hostile string in a finding heading is reported at the heading', () => {
    const heading = '### Combined approaches are effective {#graded-finding}';
    const text = base.replace(heading, '### Combined approaches <img src=x onerror=alert(1)> are effective {#graded-finding}');
    const result = compileText(text, file);
    assert.equal(result.summary, undefined);
    assert.deepEqual(result.diagnostics.map((d) => d.line), [lineOf(text, '<img src=x')]);
  });

  test('a link in a reference definition is reported at the definition', () => {
    const text = base.replace(anchor, `${anchor}See [the review][r].\n\n[r]: javascript:alert(1)\n`);
    const result = compileText(text, file);
    assert.equal(result.summary, undefined);
    assert.deepEqual(result.diagnostics.map((d) => d.line), [lineOf(text, '[r]: javascript:')]);
  });

  test(
    'a hostile string in an implication sub-point is reported at the sub-point',
    () => {
      const text = base.replace('- a shared vision', '- a shared vision <script>alert(1)</script>');
      const result = compileText(text, file);
      assert.equal(result.summary, undefined);
      assert.deepEqual(result.diagnostics.map((d) => d.line), [lineOf(text, '<script>')]);
    },
  );

  test(
    'a Markdown image is rejected at its line',
    () => {
      const text = base.replace(anchor, `${anchor}![a picture](https://example.org/a.png)\n`);
      const result = compileText(text, file);
      assert.equal(result.summary, undefined);
      assert.deepEqual(result.diagnostics.map((d) => d.line), [lineOf(text, '![a picture]')]);
    },
  );

  test('Markdown links with allowed schemes compile cleanly', () => {
    const text = base.replace(anchor, `${anchor}See [the review](https://example.org/review) or [write to us](mailto:team@example.org).\n`);
    const result = compileText(text, file);
    assert.deepEqual(result.diagnostics.map(formatDiagnostic), []);
    const detail = result.summary!.findings[0]!.detailHtml;
    assert.ok(detail.includes('<a href="https://example.org/review">the review</a>'), detail);
    assert.ok(detail.includes('<a href="mailto:team@example.org">write to us</a>'), detail);
  });
});
