using System.Security.Cryptography;
using System.Text;

namespace BriefingAudit.Core.Reporting;

/// <summary>
/// The report's style sheet and script, inlined into every page so that it works offline, and the content
/// security policy that allows exactly these two and nothing from the network.
/// </summary>
internal static class HtmlAssets
{
    // Text colours give at least 4.5:1 contrast on their backgrounds (WCAG AA), most above 7:1; BrowserTests measures it.
    public const string Css = """

        :root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --line: #d0d0d0; --error: #a4001d; --error-bg: #fdecee;
          --warning: #6e4400; --warning-bg: #fff3dc; --info: #00497a; --info-bg: #e6f0fa; --claim: #fff3bf; --mark: #ffd24d; --focus: #1a5fb4; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 64rem; padding: 1rem 1.5rem 4rem; color: var(--ink); background: #fff;
          font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; overflow-wrap: anywhere; }
        h1 { font-size: 1.5rem; line-height: 1.3; margin: .5rem 0; }
        h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
        a { color: var(--info); }
        :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        .skip { position: absolute; left: -100vw; }
        .skip:focus { position: static; }
        .totals { color: var(--muted); margin: 0 0 1rem; }
        .files ol { padding-left: 1.5rem; }
        .files .failed { color: var(--error); }
        .filters { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin: .5rem 0 1rem; }
        .filters[hidden] { display: none; }
        .filters fieldset { border: 1px solid var(--line); border-radius: 6px; padding: .25rem .75rem .5rem; margin: 0; }
        .filters legend { font-weight: 600; padding: 0 .25rem; }
        .filters label { margin-right: .75rem; white-space: nowrap; }
        .findings { list-style: none; padding: 0; margin: 0; }
        .finding { border: 1px solid var(--line); border-left: 6px solid var(--info); border-radius: 6px; padding: .5rem .75rem; margin: 0 0 .75rem; }
        .finding.sev-error { border-left-color: var(--error); }
        .finding.sev-warning { border-left-color: var(--warning); }
        .finding.active { background: #f6f6f6; box-shadow: 0 0 0 2px var(--focus); }
        .finding p { margin: .25rem 0; }
        .goto { display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: baseline; width: 100%; text-align: left; font: inherit;
          color: inherit; background: none; border: 0; padding: .25rem 0; cursor: pointer; }
        .goto:hover .title { text-decoration: underline; }
        .rule { font-weight: 700; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
        .title { font-weight: 600; }
        .where { color: var(--muted); }
        .sev { font-size: .8rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; padding: 0 .4rem; border-radius: 4px; }
        .sev-error { color: var(--error); }
        .sev-warning { color: var(--warning); }
        .sev-info { color: var(--info); }
        .sev.sev-error { background: var(--error-bg); }
        .sev.sev-warning { background: var(--warning-bg); }
        .sev.sev-info { background: var(--info-bg); }
        .message { color: var(--ink); }
        .sum { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9rem; }
        .sum .k { color: var(--muted); font-family: system-ui, sans-serif; }
        .sum .verdict { color: var(--error); font-weight: 700; }
        .ranges { color: var(--muted); font-size: .85rem; }
        .none { color: var(--muted); }
        .filtered, .filtered + .note { display: none !important; }
        article.file { border-top: 2px solid var(--line); margin-top: 2rem; }
        .notes { color: var(--muted); font-size: .9rem; }
        .para { position: relative; margin: 0 0 .9rem; padding-left: 3.5rem; }
        .ln { position: absolute; left: 0; width: 2.75rem; text-align: right; color: var(--muted); font-size: .8rem; line-height: 2; user-select: none; }
        .para.speaker { font-weight: 700; margin-top: 1.75rem; margin-bottom: .25rem; }
        .para.question { background: var(--info-bg); border-left: 4px solid var(--info); padding: .4rem .75rem .4rem 3.5rem; border-radius: 0 6px 6px 0; }
        .para.question .ln { left: -4px; }
        .tag { display: inline-block; font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; color: var(--info);
          border: 1px solid var(--info); border-radius: 4px; padding: 0 .35rem; margin-right: .5rem; line-height: 1.5; }
        .para.header { color: var(--muted); }
        .para.furniture { color: var(--muted); font-size: .85rem; font-style: italic; }
        .claim { background: var(--claim); border-bottom: 2px solid #8a6d00; border-radius: 2px; padding: 0 .1rem; cursor: help; }
        .claim.cited { border-bottom: 3px double var(--error); }
        .claim.marked { background: var(--mark); outline: 2px solid var(--error); outline-offset: 1px; }
        .claim:focus-visible { outline: 3px solid var(--focus); }
        .tip { display: none; position: absolute; z-index: 10; margin-top: 1.9em; width: max-content; max-width: min(24rem, 80vw);
          background: #1b1b1b; color: #fff; padding: .5rem .75rem; border-radius: 6px; font: .85rem/1.45 system-ui, sans-serif; font-weight: 400; font-style: normal; }
        .claim:hover + .tip, .claim:focus-visible + .tip { display: inline-block; }
        .tip .row { display: block; }
        .tip .k { display: inline-block; min-width: 6rem; color: #d7d7d7; }
        .badge { font: 700 .75rem/1.4 ui-monospace, "DejaVu Sans Mono", monospace; border: 1px solid currentColor; border-radius: 4px; padding: .05rem .35rem;
          margin: 0 .15rem; cursor: pointer; background: var(--error-bg); vertical-align: .1em; }
        .badge.sev-warning { background: var(--warning-bg); }
        .badge.sev-info { background: var(--info-bg); }
        .badge::before { content: "\2717\00a0"; }
        .badge.active { background: var(--mark); color: var(--ink); }
        .note { display: none; margin: .35rem 0; padding: .5rem .75rem; border: 1px solid var(--line); border-left: 4px solid var(--error); border-radius: 4px; background: #fff; font-size: .9rem; }
        .badge.active + .note { display: block; }
        .note .sum { display: block; margin-top: .25rem; }
        @media (max-width: 40rem) {
          body { padding: .5rem .75rem 3rem; font-size: .95rem; }
          h1 { font-size: 1.25rem; }
          .para, .para.question { padding-left: 2.25rem; }
          .ln { width: 1.75rem; font-size: .7rem; }
          .filters { display: block; }
          .filters fieldset { margin-bottom: .5rem; }
          .tip { position: fixed; left: .5rem; right: .5rem; bottom: .5rem; width: auto; max-width: none; margin: 0; }
        }
        @media print {
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          .skip, .filters, .tip, .note, .ln::after { display: none !important; }
          .claim { background: none; border-bottom: 1px solid #000; }
          .claim.cited { border-bottom: 2px solid var(--error); }
          .claim.marked { outline: none; background: none; }
          .finding, .para { break-inside: avoid; }
          .finding { border-left-width: 3px; }
          .goto { padding: 0; }
          .badge { background: none; }
          article.file { break-before: page; border: 0; }
          * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
        }

        """;

    // Marks the claims of a finding on click (or Enter/Space, since findings are buttons), scrolls to the first
    // and focuses it (its tooltip shows when the focus came from the keyboard); Escape clears the marks and returns to the finding. Filters hide
    // findings by severity and rule; they are shown only when this script runs, since without it they do nothing.
    public const string Script = """

        (() => {
          'use strict';
          const doc = document;
          let last = null;
          const claimsOf = el => (el.dataset.claims || '').split(' ').filter(Boolean)
            .map(id => doc.querySelector('[data-claim="' + id + '"]')).filter(Boolean);
          const clear = () => {
            doc.querySelectorAll('.claim.marked').forEach(c => c.classList.remove('marked'));
            doc.querySelectorAll('[data-key].active, .finding.active').forEach(f => {
              f.classList.remove('active');
              if (f.hasAttribute('aria-pressed')) f.setAttribute('aria-pressed', 'false');
            });
          };
          const select = button => {
            const wasActive = button.getAttribute('aria-pressed') === 'true';
            clear();
            if (wasActive) return;
            last = button;
            doc.querySelectorAll('[data-key="' + button.dataset.key + '"]').forEach(f => {
              f.classList.add('active');
              f.setAttribute('aria-pressed', 'true');
            });
            const item = doc.getElementById(button.dataset.key);
            if (item) item.classList.add('active');
            const claims = claimsOf(button);
            claims.forEach(c => c.classList.add('marked'));
            if (claims.length > 0 && button.classList.contains('goto')) {
              claims[0].scrollIntoView({ block: 'center' });
              claims[0].focus({ preventScroll: true });
            }
          };
          doc.addEventListener('click', e => {
            const button = e.target.closest('button[data-finding]');
            if (button) select(button);
          });
          // A tooltip's natural place is after its claim; move it under the claim's start, within the window.
          const place = e => {
            const claim = e.target.closest && e.target.closest('.claim');
            const tip = claim && claim.nextElementSibling;
            if (!tip || !tip.classList.contains('tip')) return;
            tip.style.marginLeft = '';
            const r = tip.getBoundingClientRect();
            const fragments = claim.getClientRects();
            if (r.width === 0 || fragments.length === 0 || getComputedStyle(tip).position === 'fixed') return;
            const wanted = r.left - fragments[fragments.length - 1].width;
            const left = Math.max(8, Math.min(wanted, doc.documentElement.clientWidth - 8 - r.width));
            tip.style.marginLeft = (left - r.left) + 'px';
          };
          doc.addEventListener('mouseover', place);
          doc.addEventListener('focusin', place);
          doc.addEventListener('keydown', e => {
            if (e.key !== 'Escape' || !last) return;
            clear();
            last.focus();
          });
          const filters = doc.querySelector('.filters');
          if (!filters) return;
          filters.hidden = false;
          const shown = doc.getElementById('shown');
          const apply = () => {
            const off = new Set([...filters.querySelectorAll('input:not(:checked)')].map(i => i.name + ':' + i.value));
            let count = 0;
            doc.querySelectorAll('[data-severity]').forEach(el => {
              const hide = off.has('severity:' + el.dataset.severity) || off.has('rule:' + el.dataset.rule);
              el.classList.toggle('filtered', hide);
              if (!hide && el.classList.contains('finding')) count++;
            });
            if (shown) shown.textContent = count + ' of ' + doc.querySelectorAll('li.finding').length + ' findings shown';
          };
          filters.addEventListener('change', apply);
        })();

        """;

    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src '{Hash(Css)}'; script-src '{Hash(Script)}'; img-src data:; base-uri 'none'; form-action 'none'";

    private static string Hash(string content) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
