/**
 * Issue #13's report fixes, printed by Chromium's own print engine and read back: what a
 * pain-only follow-up says, the program in progress, instrument names, headings kept with their
 * content, the FPI-6 labels apart, printing an older visit from the client page, and the studio's
 * details asked for before the first printed document. Page images go to /tmp/print-shots.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { Assessment } from '../../shared/channels/assessments';
import { RED_FLAG_IDS, type AssessmentBody } from '../../shared/domain/clinical';
import type { PaperSize, Settings } from '../../shared/domain/settings';
import type { Printer } from '../../main/printer';
import type { StanceCore } from '../../main/stance';
import { expectNoSeriousA11yViolations } from './a11y';
import { localToday } from '../../shared/domain/dates';
import { daysAgo } from './assessment-helpers';
import { APP_ORIGIN, INVOKE_BINDING, defineBridgeLikeThePreload } from './bridge';
import { expect, test } from './fixtures';
import {
  CONTENT_WIDTH_PX,
  openPrintRoute,
  overflowingElements,
  pdfPageTexts,
  pdfText,
  pdfToPngs,
  seedPrintable,
  setPaper,
} from './print-helpers';
import { seedReportPhotos } from './print-photos';

const SHOTS = process.env.STANCE_PRINT_SHOTS ?? '/tmp/print-shots';
/** A whole document rendered to PDF in a second page, on a machine others share. */
const PRINTING_MS = 30_000;

async function call<T>(core: StanceCore, channel: string, payload: unknown): Promise<T> {
  const result = await core.route(channel, payload);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

const tempPdf = (name: string): string =>
  path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stance-report-')), name);

/** Prints the report the page shows at the printable width, as main's hidden window would. */
async function printReport(page: Page, paper: PaperSize, name: string): Promise<string> {
  const file = tempPdf(`${name}.pdf`);
  await page.setViewportSize({ width: Math.floor(CONTENT_WIDTH_PX.report[paper]), height: 1000 });
  await page.emulateMedia({ media: 'print' });
  expect(await overflowingElements(page), 'elements wider than the page').toEqual([]);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  fs.mkdirSync(SHOTS, { recursive: true });
  pdfToPngs(file, path.join(SHOTS, name));
  return file;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** A follow-up where only pain was asked about: no feet, no posture, no questionnaire. */
async function seedPainOnlyFollowUp(core: StanceCore, clientId: string): Promise<string> {
  const created = await call<Assessment>(core, 'assessments:create', {
    clientId,
    assessedOn: localToday(),
  });
  const body: AssessmentBody = {
    schemaVersion: 1,
    pain: { nprsNow: 2, nprsBestLastWeek: 1, nprsWorstLastWeek: 3 },
    redFlags: Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false])),
    notes: '',
  };
  await call(core, 'assessments:saveDraft', {
    id: created.assessmentId,
    revision: 1,
    assessedOn: created.assessedOn,
    body,
  });
  await call(core, 'assessments:finalize', { id: created.assessmentId, revision: 1 });
  return created.assessmentId;
}

for (const paper of ['A4', 'Letter'] as const) {
  test(`a pain-only follow-up on ${paper} says what was done that day and names the program in progress`, async ({
    page,
    core,
  }) => {
    const { client } = await seedPrintable(core);
    const followUp = await seedPainOnlyFollowUp(core, client.id);
    await setPaper(core, paper);
    await openPrintRoute(page, APP_ORIGIN, `/print/report/${client.id}/${followUp}`);
    const text = oneLine(pdfText(await printReport(page, paper, `report-follow-up-${paper}`)));

    expect(text).toContain('At this visit we checked in on your pain.');
    expect(text).not.toContain('We looked at how you stand');
    expect(text).not.toContain('The feet were not examined');
    expect(text).not.toContain('Posture was not checked');
    expect(text).toContain('You rated your pain today 2 out of 10, against 7 at your first visit');
    // The program made at the visit before carries on; this visit made none of its own.
    expect(text).toContain('Keep going with your home program, “Home exercises, weeks 1–4” (6');
    expect(text).toContain('Your home program: Home exercises, weeks 1–4');
    expect(text).toMatch(/In progress since .+ · 6 exercises/);
  });

  test(`every section heading on ${paper} prints on the same page as what follows it, and the FPI-6 labels stay apart`, async ({
    page,
    core,
  }) => {
    const { client, assessmentIds } = await seedPrintable(core);
    const id = assessmentIds[2] ?? '';
    // Left +4 and right +5, a heel angle and a bunion grade on each foot.
    const current = await call<Assessment>(core, 'assessments:get', { id });
    const feet = current.body.feet ?? {};
    await call(core, 'assessments:saveDraft', {
      id,
      revision: current.revision,
      assessedOn: current.assessedOn,
      body: {
        ...current.body,
        feet: {
          left: { ...feet.left, rcspEversionDeg: 4, halluxValgusGrade: 'mild' },
          right: {
            ...feet.right,
            fpi6: { items: [1, 1, 1, 1, 1, 0] },
            rcspEversionDeg: 9,
            halluxValgusGrade: 'moderate',
          },
        },
      },
    });
    await seedReportPhotos(core, id);
    await setPaper(core, paper);
    await openPrintRoute(page, APP_ORIGIN, `/print/report/${client.id}/${id}`);

    const labels = page.locator('.fpi-marker text');
    await expect(labels).toHaveText(['L +4', 'R +5']);
    const [left, right] = await labels.evaluateAll((texts) =>
      texts.map((each) => each.getBoundingClientRect().toJSON() as DOMRect),
    );
    expect(left && right && left.right <= right.left, 'the two labels do not overlap').toBe(true);

    const headings = await page.locator('.print-doc h2, .print-doc h3').allInnerTexts();
    expect(headings).toContain('Standing posture');
    const file = await printReport(page, paper, `report-headings-${paper}`);
    const pages = pdfPageTexts(file).map((text) => text.replace(/Page \d+ of \d+/, '').trim());
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((text, index) => {
      for (const heading of headings) {
        expect(text.endsWith(oneLine(heading)), `page ${index + 1} ends on “${heading}”`).toBe(
          false,
        );
      }
    });

    // Read without the layout, so a name wrapped in a table cell reads as one line.
    const text = pdfPageTexts(file).join(' ');
    expect(text).toContain('Heel angle in stance (RCSP)');
    expect(text).toContain('Hallux valgus (Manchester)');
    expect(text).not.toMatch(/\(rcsp\)|\(manchester/);
  });
}

/**
 * A printer like main's hidden window: a second page of the same browser, wired to the same
 * router, so the page she clicked in stays where it is.
 */
const printWindow: { context: BrowserContext | null; core: StanceCore | null } = {
  context: null,
  core: null,
};

const secondPagePrinter: Printer = {
  renderPdf: async (job) => {
    const { context, core } = printWindow;
    if (!context || !core) throw new Error('No print window.');
    const hidden = await context.newPage();
    await hidden.exposeBinding(INVOKE_BINDING, (_source, channel: unknown, payload: unknown) =>
      core.route(channel, payload),
    );
    await hidden.addInitScript(defineBridgeLikeThePreload);
    await openPrintRoute(hidden, APP_ORIGIN, job.route);
    const pdf = await hidden.pdf({ preferCSSPageSize: true, printBackground: true });
    await hidden.close();
    return pdf;
  },
  print: () => Promise.resolve(false),
};

test.describe('printing from the app', () => {
  test.use({ printer: secondPagePrinter });

  test('an older finalized visit prints from its row on the client page, by keyboard', async ({
    page,
    context,
    core,
    host,
    gotoApp,
  }) => {
    Object.assign(printWindow, { context, core });
    const { client, assessmentIds } = await seedPrintable(core);
    await gotoApp(`/clients/${client.id}`);
    const rows = page.getByRole('table', { name: 'Assessments, newest first' }).getByRole('row');
    // The two finalized visits offer their report; the draft does not.
    const reports = page.getByRole('link', { name: /^Report of / });
    await expect(reports).toHaveCount(2);
    await expect(rows.nth(1).getByRole('link', { name: /^Report of / })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    const oldest = rows.nth(3).getByRole('link', { name: /^Report of / });
    await oldest.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Client report' })).toBeVisible();
    await expect(page.getByText('You rated your pain today 7 out of 10.')).toBeVisible();

    const target = tempPdf('oldest.pdf');
    host.answers.saveFile = target;
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect(page.getByRole('status')).toHaveText(`Saved to ${target}`, {
      timeout: PRINTING_MS,
    });
    expect(host.dialogs.at(-1)).toMatchObject({
      kind: 'save',
      defaultName: `Report-Okonkwo-Hale-Margaret-${daysAgo(70)}.pdf`,
    });
    const text = oneLine(pdfText(target));
    expect(text).toContain('You rated your pain today 7 out of 10.');
    expect(text).not.toContain('draft, not yet finalized');

    // While an amendment is a draft, the row offers the revision that was signed off.
    await call(core, 'assessments:amend', { id: assessmentIds[1], reason: 'Adding a note.' });
    await gotoApp(`/clients/${client.id}`);
    const amended = rows.nth(2).getByRole('link', { name: /^Report of / });
    await expect(amended).toHaveAccessibleName(/as finalized \(revision 1\)$/);
    await expect(amended).toHaveAttribute(
      'href',
      new RegExp(`/clients/${client.id}/report/${assessmentIds[1] ?? ''}/1$`),
    );
  });

  test('before the first printed document she is asked for the studio’s details, once', async ({
    page,
    context,
    core,
    host,
    gotoApp,
  }) => {
    Object.assign(printWindow, { context, core });
    const { client } = await seedPrintable(core);
    await call(core, 'settings:update', {
      studioName: '',
      practitionerName: '',
      studioAddress: '',
      studioPhone: '',
      studioEmail: '',
      studioWebsite: '',
    });
    await gotoApp(`/clients/${client.id}/report`);
    await expect(page.getByRole('heading', { name: 'Posture and foot assessment' })).toBeVisible();
    await expect(page.locator('.letterhead')).not.toContainText('studio');

    const first = tempPdf('with-details.pdf');
    host.answers.saveFile = first;
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    const prompt = page.getByRole('dialog', { name: 'Your studio’s details' });
    await expect(prompt).toBeVisible();
    await expect(prompt.getByLabel('Studio name')).toBeFocused();
    await expectNoSeriousA11yViolations(page);
    fs.mkdirSync(SHOTS, { recursive: true });
    for (const [width, height] of [
      [1280, 800],
      [1024, 700],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: path.join(SHOTS, `studio-prompt-${width}.png`) });
    }
    expect(host.dialogs).toEqual([]);

    await prompt.getByRole('button', { name: 'Save and continue' }).click();
    await expect(prompt.getByText('Enter the studio’s name, or choose “Not now”.')).toBeVisible();
    await prompt.getByLabel('Studio name').fill('Harbour Movement Studio');
    await prompt.getByLabel('Address').fill('2 Quay Street\nBristol BS1 4DJ');
    await prompt.getByLabel('Phone').fill('+44 117 496 0000');
    await prompt.getByRole('button', { name: 'Save and continue' }).click();
    await expect(prompt).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText(`Saved to ${first}`, {
      timeout: PRINTING_MS,
    });
    const text = oneLine(pdfText(first));
    expect(text).toContain('Harbour Movement Studio');
    expect(text).toContain('2 Quay Street');
    // The preview shows the new letterhead too, and Settings has the details to change later.
    await expect(page.locator('.letterhead')).toContainText('Harbour Movement Studio');
    expect(await call<Settings>(core, 'settings:get', {})).toMatchObject({
      studioName: 'Harbour Movement Studio',
      studioPhone: '+44 117 496 0000',
      studioDetailsAsked: true,
    });
  });

  test('“Not now” prints without a letterhead, never a made-up name, and is not asked again', async ({
    page,
    context,
    core,
    host,
    gotoApp,
  }) => {
    Object.assign(printWindow, { context, core });
    const { client, program } = await seedPrintable(core);
    await call(core, 'settings:update', { studioName: '', practitionerName: '' });
    await call(core, 'settings:update', {
      studioAddress: '',
      studioPhone: '',
      studioEmail: '',
      studioWebsite: '',
    });
    await gotoApp(`/clients/${client.id}/handout/${program.id}`);
    const first = tempPdf('handout-without-letterhead.pdf');
    host.answers.saveFile = first;
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    const prompt = page.getByRole('dialog', { name: 'Your studio’s details' });
    await prompt.getByRole('button', { name: 'Not now' }).click();
    await expect(page.getByRole('status')).toHaveText(`Saved to ${first}`, {
      timeout: PRINTING_MS,
    });
    const handout = oneLine(pdfText(first));
    expect(handout).toContain('Home exercises, weeks 1–4');
    expect(handout).not.toMatch(/studio/i);
    fs.mkdirSync(SHOTS, { recursive: true });
    pdfToPngs(first, path.join(SHOTS, 'handout-no-letterhead'));

    await gotoApp(`/clients/${client.id}/report`);
    const second = tempPdf('report-without-letterhead.pdf');
    host.answers.saveFile = second;
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    await expect(page.getByRole('status')).toHaveText(`Saved to ${second}`, {
      timeout: PRINTING_MS,
    });
    await expect(page.getByRole('dialog')).toHaveCount(0);
    const report = oneLine(pdfText(second));
    expect(report).toContain('Posture and foot assessment');
    expect(report).not.toMatch(/studio/i);
    pdfToPngs(second, path.join(SHOTS, 'report-no-letterhead'));
  });
});
