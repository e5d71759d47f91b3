// A post-incident report as a document to download and forward: HTML, and PDF (pdfkit). The six
// sections come from src/domain/pir.ts, in the order the policy lists them.
import PDFDocument from 'pdfkit';
import type { ReportView } from '../../app/serviceHealth/reports.js';
import { PIR_SECTIONS } from '../../domain/pir.js';
import type { IncidentReportTable } from '../../store/schema.js';
import { html, paragraphs, raw } from '../../html.js';
import { readerTime } from './html.js';

type SectionKey = (typeof PIR_SECTIONS)[number]['key'];

/** Whose locale and time zone the document's times are shown in. */
export interface Reader {
  timeZone: string;
  locale: string;
}

export const UTC_READER: Reader = { timeZone: 'UTC', locale: 'en-GB' };

function sectionText(r: IncidentReportTable, key: SectionKey, reader: Reader): string {
  switch (key) {
    case 'summary':
      return r.summary;
    case 'userExperience':
      return r.user_experience;
    case 'startDateTime':
      return readerTime(r.start_at, reader);
    case 'resolutionDateTime':
      return readerTime(r.resolution_at, reader);
    case 'rootCause':
      return r.root_cause;
    case 'nextSteps':
      return r.next_steps;
  }
}

const heading = (v: ReportView): string => `Post-incident report ${v.incident.id}: ${v.incident.title}`;

const REPORT_STYLE = raw(
  'body{font:15px/1.55 system-ui,sans-serif;max-width:760px;margin:2rem auto;padding:0 1rem;color:#1b1f24}h2{font-size:1.1rem;margin-top:1.6rem}.muted{color:#57606a}',
);

export function renderReportHtml(v: ReportView, report: IncidentReportTable, reader: Reader = UTC_READER): string {
  const sections = PIR_SECTIONS.map(
    (s) => html`<h2>${s.heading}</h2>${paragraphs(sectionText(report, s.key, reader))}\n`,
  );
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${heading(v)}</title>
<style>${REPORT_STYLE}</style>
</head><body>
<h1>${heading(v)}</h1>
<p class="muted">${report.published_at ? `Published ${readerTime(report.published_at, reader)}` : 'Draft — not published'} · severity ${v.incident.severity}</p>
${sections}</body></html>
`.markup;
}

export function renderReportPdf(
  v: ReportView,
  report: IncidentReportTable,
  reader: Reader = UTC_READER,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: heading(v), Author: 'Herald' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('Helvetica-Bold').fontSize(16).text(heading(v));
    doc
      .moveDown(0.3)
      .font('Helvetica')
      .fontSize(10)
      .fillColor('#57606a')
      .text(report.published_at ? `Published ${readerTime(report.published_at, reader)}` : 'Draft — not published');
    for (const s of PIR_SECTIONS) {
      doc.moveDown(1).fillColor('#000000').font('Helvetica-Bold').fontSize(12).text(s.heading);
      doc
        .moveDown(0.3)
        .font('Helvetica')
        .fontSize(11)
        .text(sectionText(report, s.key, reader));
    }
    doc.end();
  });
}
