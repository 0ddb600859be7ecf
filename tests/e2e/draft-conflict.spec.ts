/**
 * Two windows on one draft: when the other one saved since this form opened, the form's next save
 * is refused with who and when, her typed text stays in the form, and nothing saved elsewhere is
 * overwritten. A reload then shows the draft as the other window left it, and offers her refused
 * text back: put back on top of the draft as saved, or discarded.
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { Assessment } from '../../shared/channels/assessments';
import type { StanceCore } from '../../main/stance';
import { formReady, seedAssessment, storedBody } from './assessment-helpers';
import { INVOKE_BINDING, defineBridgeLikeThePreload } from './bridge';
import { APP_ORIGIN, expect, test, type ReadOnlyDb } from './fixtures';

test('a draft saved from another window meanwhile is not overwritten, and her text stays on screen', async ({
  page,
  core,
  gotoApp,
  readDb,
}) => {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  await gotoApp(`/assessments/${assessmentId}`);
  await formReady(page);
  const notes = page.getByRole('textbox', { name: 'Assessment notes' });
  const storedNotes = () => readDb((db) => storedBody(db, assessmentId).notes);

  // Her own saves follow one another without tripping the check.
  await notes.fill('First words.');
  await expect.poll(storedNotes).toBe('First words.');
  await notes.fill('First words. Second words.');
  await expect.poll(storedNotes).toBe('First words. Second words.');

  // Another window, which has seen her saves, saves on top of them.
  const seen = await core.route('assessments:get', { id: assessmentId });
  if (!seen.ok) throw new Error(seen.error.message);
  const current = seen.value as Assessment;
  const other = await core.route('assessments:saveDraft', {
    id: assessmentId,
    revision: current.revision,
    assessedOn: current.assessedOn,
    body: { ...current.body, notes: 'Written in the other window.' },
    expectedUpdatedAt: current.updatedAt,
  });
  expect(other.ok).toBe(true);

  await notes.fill('First words. Second words. Third words.');
  await expect(
    page.getByText(
      /This draft was changed in another window at \d\d:\d\d while you were typing\. Your text is still here: copy what you need, then go back to the client and open the assessment again to see the saved version\./,
    ),
  ).toBeVisible();
  await expect(notes).toHaveValue('First words. Second words. Third words.');
  expect(storedNotes()).toBe('Written in the other window.');

  await page.reload();
  await formReady(page);
  await expect(page.getByRole('textbox', { name: 'Assessment notes' })).toHaveValue(
    'Written in the other window.',
  );
});

async function saveFromAnotherWindow(
  core: StanceCore,
  assessmentId: string,
  notes: string,
): Promise<void> {
  const seen = await core.route('assessments:get', { id: assessmentId });
  if (!seen.ok) throw new Error(seen.error.message);
  const current = seen.value as Assessment;
  const saved = await core.route('assessments:saveDraft', {
    id: assessmentId,
    revision: current.revision,
    assessedOn: current.assessedOn,
    body: { ...current.body, notes },
    expectedUpdatedAt: current.updatedAt,
  });
  if (!saved.ok) throw new Error(saved.error.message);
}

// Her typing never reaches main, so only the page's safety copy holds it when the page reloads.
test.describe('with main not taking her saves', () => {
  test.use({
    cannedAnswers: {
      'assessments:saveDraft': {
        ok: false,
        error: { code: 'unavailable', message: 'Stance could not reach its data just now.' },
      },
    },
  });
  test.describe.configure({ timeout: 90_000 });

  test('her safety copy, put back after a reload, does not replace a save made elsewhere meanwhile', async ({
    page,
    core,
    gotoApp,
    readDb,
    mainAnswers,
  }) => {
    const { assessmentId } = await seedAssessment(core, { withPrevious: false });
    await gotoApp(`/assessments/${assessmentId}`);
    await formReady(page);
    const storedNotes = () => readDb((db) => storedBody(db, assessmentId).notes);

    // The other window saves after this form opened, then she types on the old draft.
    await saveFromAnotherWindow(core, assessmentId, 'Written in the other window.');
    await page.getByRole('textbox', { name: 'Assessment notes' }).fill('Typed on the old draft.');
    await page.reload();
    await formReady(page);
    await expect(page.getByRole('textbox', { name: 'Assessment notes' })).toHaveValue(
      'Typed on the old draft.',
    );
    // Main answers again only once her copy is back on screen: no save of the page before the
    // reload can be in flight to it, so the copy's own save is the one main refuses.
    delete mainAnswers['assessments:saveDraft'];

    await expect(
      page.getByText(/This draft was changed in another window at \d\d:\d\d/),
    ).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('textbox', { name: 'Assessment notes' })).toHaveValue(
      'Typed on the old draft.',
    );
    expect(storedNotes()).toBe('Written in the other window.');
  });
});

/** A second Stance window on this computer: same storage, same main, its own form. */
async function openAnotherWindow(context: BrowserContext, core: StanceCore): Promise<Page> {
  const other = await context.newPage();
  await other.exposeBinding(INVOKE_BINDING, (_source, channel: unknown, payload: unknown) =>
    core.route(channel, payload),
  );
  await other.addInitScript(defineBridgeLikeThePreload);
  return other;
}

const setAsideNotice = (page: Page) =>
  page.getByRole('alert').filter({ hasText: /Text you typed on this computer .* was not saved/ });

/** Two windows on a new draft; the other saves first, so her next save is refused. */
async function refusedInOneWindow(
  page: Page,
  context: BrowserContext,
  core: StanceCore,
  readDb: <T>(read: (db: ReadOnlyDb) => T) => T,
) {
  const { assessmentId } = await seedAssessment(core, { withPrevious: false });
  const storedNotes = () => readDb((db) => storedBody(db, assessmentId).notes);
  const other = await openAnotherWindow(context, core);
  await page.goto(`${APP_ORIGIN}/#/assessments/${assessmentId}`);
  await formReady(page);
  await other.goto(`${APP_ORIGIN}/#/assessments/${assessmentId}`);
  await formReady(other);
  await other
    .getByRole('textbox', { name: 'Assessment notes' })
    .fill('Written in the other window.');
  await expect.poll(storedNotes).toBe('Written in the other window.');

  await page.getByRole('textbox', { name: 'Assessment notes' }).fill('Her words on the old draft.');
  await expect(
    page.getByText(/This draft was changed in another window at \d\d:\d\d/),
  ).toBeVisible();
  expect(storedNotes()).toBe('Written in the other window.');
  return { storedNotes, other };
}

test('her refused text is offered after a reload, and put back it replaces the other window’s save', async ({
  page,
  context,
  core,
  readDb,
}) => {
  const { storedNotes, other } = await refusedInOneWindow(page, context, core, readDb);
  const notes = page.getByRole('textbox', { name: 'Assessment notes' });

  await page.reload();
  await formReady(page);
  // The draft as saved elsewhere is what the form shows; hers waits to be chosen.
  await expect(notes).toHaveValue('Written in the other window.');
  const notice = setAsideNotice(page);
  await expect(notice).toContainText(
    /Text you typed on this computer at \d\d:\d\d was not saved\.\s*This draft was changed in another window at \d\d:\d\d while you were typing\./,
  );
  await page.screenshot({ path: test.info().outputPath('set-aside-notice.png') });

  await notice.getByRole('button', { name: 'Put my text back' }).focus();
  await page.keyboard.press('Enter');
  await formReady(page);
  await expect(notes).toHaveValue('Her words on the old draft.');
  await expect(setAsideNotice(page)).toHaveCount(0);
  await expect.poll(storedNotes).toBe('Her words on the old draft.');
  await expect(page.getByText(/This draft was changed/)).toHaveCount(0);

  await other.reload();
  await formReady(other);
  await expect(other.getByRole('textbox', { name: 'Assessment notes' })).toHaveValue(
    'Her words on the old draft.',
  );
  await expect(setAsideNotice(other)).toHaveCount(0);
});

test('her refused text, discarded, is gone and the draft stays as the other window saved it', async ({
  page,
  context,
  core,
  readDb,
}) => {
  const { storedNotes } = await refusedInOneWindow(page, context, core, readDb);

  // Reopen, as the refusal's own button offers.
  await page.getByRole('button', { name: 'Reopen' }).click();
  await formReady(page);
  const notice = setAsideNotice(page);
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Discard my text' }).focus();
  await page.keyboard.press('Enter');
  await expect(setAsideNotice(page)).toHaveCount(0);
  await expect(
    page.getByRole('status').filter({ hasText: 'Your text was discarded.' }),
  ).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Assessment notes' })).toHaveValue(
    'Written in the other window.',
  );

  await page.reload();
  await formReady(page);
  await expect(page.getByRole('textbox', { name: 'Assessment notes' })).toHaveValue(
    'Written in the other window.',
  );
  await expect(setAsideNotice(page)).toHaveCount(0);
  expect(storedNotes()).toBe('Written in the other window.');
});
