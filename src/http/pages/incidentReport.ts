// A post-incident report as a document to download and forward: HTML, and PDF (pdfkit), in the
// reader's language (src/i18n/translator.ts). The six sections are src/domain/pir.ts's, in the
// order the policy lists them; their headings are the catalogue's `report.section.<key>`. The PDF
// draws every script with a font that has it and lays Arabic out right to left (./pdf/).
import PDFDocument from 'pdfkit';
import type { AppContext } from '../../app/context.js';
import { reportReader, type ReportView } from '../../app/serviceHealth/reports.js';
import type { Actor } from '../../domain/actor.js';
import { PIR_SECTIONS, type PirSection } from '../../domain/pir.js';
import { html, paragraphs, raw } from '../../html.js';
import { readerTranslator, type Translator } from '../../i18n/translator.js';
import type { IncidentReportTable } from '../../store/schema.js';
import { PdfFonts, type Weight } from './pdf/fonts.js';
import { writeText, type TextStyle } from './pdf/text.js';

/** Who reads the document: the words and formats of their language, times in their zone. */
export interface Reader {
  t: Translator;
  timeZone: string;
}

/** The document in `?lang=` or the language of the person downloading it, times in their zone. */
export async function readerOf(ctx: AppContext, actor: Actor, lang?: string): Promise<Reader> {
  const { wishes, timeZone } = await reportReader(ctx, actor, lang);
  return { t: readerTranslator(wishes), timeZone };
}

function sectionText(r: IncidentReportTable, key: PirSection, reader: Reader): string {
  switch (key) {
    case 'summary':
      return r.summary;
    case 'userExperience':
      return r.user_experience;
    case 'startDateTime':
      return reader.t.dateTime(r.start_at, reader.timeZone);
    case 'resolutionDateTime':
      return reader.t.dateTime(r.resolution_at, reader.timeZone);
    case 'rootCause':
      return r.root_cause;
    case 'nextSteps':
      return r.next_steps;
  }
}

const heading = (v: ReportView, { t }: Reader): string =>
  t.t('report.title', { id: v.incident.id, title: v.incident.title });

const sectionHeading = (key: PirSection, { t }: Reader): string => t.t(`report.section.${key}`);

/** "Published 25 Nov 2026, 14:30 UTC · Severity: Major", or the draft's line. */
const statusLine = (v: ReportView, report: IncidentReportTable, reader: Reader): string =>
  reader.t.t('report.status', {
    published: report.published_at ? 'yes' : 'no',
    time: report.published_at ? reader.t.dateTime(report.published_at, reader.timeZone) : '',
    severity: reader.t.t('status.severity', { severity: v.incident.severity }),
  });

const REPORT_STYLE = raw(
  'body{font:15px/1.55 system-ui,sans-serif;max-width:760px;margin:2rem auto;padding:0 1rem;color:#1b1f24}h2{font-size:1.1rem;margin-top:1.6rem}.muted{color:#57606a}',
);

export function renderReportHtml(v: ReportView, report: IncidentReportTable, reader: Reader): string {
  const sections = PIR_SECTIONS.map(
    (key) => html`<h2>${sectionHeading(key, reader)}</h2>${paragraphs(sectionText(report, key, reader))}\n`,
  );
  return html`<!doctype html>
<html lang="${reader.t.locale}" dir="${reader.t.dir}"><head><meta charset="utf-8"><title>${heading(v, reader)}</title>
<style>${REPORT_STYLE}</style>
</head><body>
<h1>${heading(v, reader)}</h1>
<p class="muted">${statusLine(v, report, reader)}</p>
${sections}</body></html>
`.markup;
}

export async function renderReportPdf(v: ReportView, report: IncidentReportTable, reader: Reader): Promise<Buffer> {
  const title: TextStyle = { size: 16, weight: 700, color: '#000000' };
  const muted: TextStyle = { size: 10, weight: 400, color: '#57606a' };
  const sectionTitle: TextStyle = { size: 12, weight: 700, color: '#000000' };
  const body: TextStyle = { size: 11, weight: 400, color: '#000000' };
  const blocks: { text: string; style: TextStyle; before: number }[] = [
    { text: heading(v, reader), style: title, before: 0 },
    { text: statusLine(v, report, reader), style: muted, before: 0.3 },
    ...PIR_SECTIONS.flatMap((key) => [
      { text: sectionHeading(key, reader), style: sectionTitle, before: 1 },
      { text: sectionText(report, key, reader), style: body, before: 0.3 },
    ]),
  ];
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    lang: reader.t.locale,
    info: { Title: heading(v, reader), Author: 'Herald' },
  });
  const fonts = await PdfFonts.prepare(
    doc,
    blocks.map((b) => ({ text: b.text, weight: b.style.weight as Weight })),
  );
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      for (const b of blocks) {
        if (b.before) doc.font('Helvetica').fontSize(b.style.size).moveDown(b.before);
        writeText(doc, fonts, b.text, b.style, reader.t.dir);
      }
      doc.end();
    } catch (err) {
      reject(err);
    }
  });
}
