// Issue 3: a facilitator runs a full meeting, step 1 to 9, with the keyboard only
// (focus moves and key presses; no clicks), reloads, and every field is there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, newPage, LibraryPage, MeetingPage, stepBuilt } from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const type = async (page, locator, text) => { await locator.focus(); await page.keyboard.type(text); };
const press = async (page, locator, key = 'Enter') => { await locator.focus(); await page.keyboard.press(key); };
// Enter (on a field or an "Add" button) adds an item and moves focus to it; wait for that, as a person would.
const addAndType = async (page, text, locator) => {
  const before = await page.evaluate(() => document.activeElement?.id);
  if (locator) await locator.focus();
  const from = await page.evaluate(() => document.activeElement?.id);
  await page.keyboard.press('Enter');
  await page.waitForFunction(([a, b]) => { const el = document.activeElement; return el && el.id !== a && el.id !== b && ['INPUT', 'TEXTAREA'].includes(el.tagName); }, [before, from]);
  await page.keyboard.type(text);
};

test('a whole meeting by keyboard, steps 1 to 9, survives a reload', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  const meeting = new MeetingPage(page);
  await library.open();
  await type(page, page.getByLabel('Start a plan for a family'), 'Rivera family');
  await page.keyboard.press('Enter');
  await page.waitForURL(/welcome$/);

  // 1. Welcome and purpose
  assert.equal(await meeting.title().innerText(), 'Welcome and purpose');
  await page.getByText('We want this to be your plan, not our plan.').waitFor();
  await type(page, page.getByLabel('Place', { exact: true }), 'County family services office, room 2B');
  await type(page, page.getByLabel('Who facilitates'), 'Dana Whitfield');
  await type(page, page.getByLabel('Purpose of this meeting'), 'Build a plan together so Maya and Jordan can safely return home.');
  const rules = page.locator('textarea[id^=list-ground-rule-]');
  await meeting.built();
  assert.equal(await rules.count(), 5, 'default ground rules');
  await addAndType(page, 'Phones on silent', rules.last()); // Enter adds the next rule
  assert.equal(await rules.count(), 6);

  // 2. Team
  await meeting.next();
  await page.waitForURL(/team$/);
  await addAndType(page, 'Maya', page.locator('#add-child'));
  await type(page, page.getByLabel('Age').last(), '6');
  for (const [name, role] of [['Elena Rivera', 'mother'], ['Rosa Delgado', 'relative'], ['Dana Whitfield', 'caseworker']]) {
    await addAndType(page, name, page.locator('#add-member'));
    await page.locator('.member-card').last().getByLabel('Role').selectOption(role);
  }
  await page.getByText('Engage fathers:').waitFor();
  assert.match(await page.locator('.gentle-prompt').innerText(), /No father or father figure/);
  // A stepfather in the room is a father figure: the prompt goes (roles, not words).
  await addAndType(page, 'Luis Ortega', page.locator('#add-member'));
  await page.locator('.member-card').last().getByLabel('Role').selectOption('stepfather');
  await page.getByText('Engage fathers:').waitFor({ state: 'detached' });
  await page.locator('.member-card').last().getByRole('button', { name: /Remove from team/ }).click();
  await page.getByText('Engage fathers:').waitFor();
  await page.getByText('What we did to reach him (caseworker only)').click();
  const outreach = page.getByLabel("What we did to reach the children's father");
  await outreach.pressSequentially('Called his sister.');
  assert.ok(await outreach.evaluate((e) => e === document.activeElement), 'focus stays in the note while typing');
  await page.locator('.team-map g.map-node').nth(2).waitFor();
  assert.equal(await page.locator('.team-map g.map-node').count(), 3, 'the map shows each person');
  for (const name of ['Elena Rivera', 'Rosa Delgado', 'Dana Whitfield']) {
    await page.locator('.team-map').getByText(name).waitFor();
  }

  // 3. Strengths — Enter adds the next one
  await meeting.next();
  await page.waitForURL(/strengths$/);
  await addAndType(page, 'Elena has kept every visit and arrives early.', page.locator('#add-strength'));
  await addAndType(page, 'Rosa has a stable home near the school.');
  assert.equal(await page.locator('.strength').count(), 2);

  // 4. Worries
  await meeting.next();
  await page.waitForURL(/worries$/);
  await addAndType(page, 'When Elena drinks she falls asleep and Maya is left without an adult awake.', page.locator('#add-worry'));
  await press(page, page.getByLabel('This is about the children\'s safety'), 'Space');
  await page.locator('.scale summary').focus();
  await page.keyboard.press('Enter');
  await type(page, page.locator('.scale-grid input').first(), '6');
  await page.keyboard.press('Tab');

  // 5. Goals: the SMART hint appears without a date and goes when one is added
  await meeting.next();
  await page.waitForURL(/goals$/);
  await addAndType(page, 'Elena stays sober and a sober adult is always with the children.', page.locator('#add-goal'));
  const statement = page.getByLabel('Goal: who will do what, how we\'ll know, by when');
  await type(page, statement, 'Elena will show 90 days of sobriety, confirmed by weekly tests');
  await page.locator('.smart-hint', { hasText: 'Add when' }).waitFor();
  await type(page, statement, ', by February 28.');
  await page.locator('.smart-hint', { hasText: 'Add when' }).waitFor({ state: 'detached' });
  await addAndType(page, 'Attend the outpatient group three evenings a week', page.locator('[id$=-add-task]').first());
  await addAndType(page, 'Take a weekly test and share results');                   // Enter adds the next task
  assert.equal(await page.locator('.task').count(), 2);

  // 6. Crisis plan
  await meeting.next();
  await page.waitForURL(/crisis$/);
  await type(page, page.getByLabel('The worst thing that could happen'), 'Elena drinks during an overnight visit.');
  await addAndType(page, 'Elena stops calling her sponsor', page.getByRole('button', { name: '+ Add warning sign' }));
  await addAndType(page, 'Pick up both children and bring them home', page.locator('#add-respond'));
  await type(page, page.getByLabel('Plan B: if the plan can\'t work that day'), 'Tasha cares for them overnight.');

  // 7. Children's voice
  await meeting.next();
  await page.waitForURL(/voice$/);
  await type(page, page.getByLabel('Our story'), 'Once there was a girl called Maya who loves drawing horses.');
  await type(page, page.getByLabel('How would you like the story to end?'), 'We all live in a house with a horse.');
  await type(page, page.getByLabel('Dreams — in the child\'s words'), 'Live with mom and have a horse.');

  // 8. Closure
  await meeting.next();
  await page.waitForURL(/closure$/);
  await addAndType(page, 'A sober adult is always present', page.locator('#add-protective_provisions'));
  await type(page, page.getByLabel('Permanency goal: where the children will live for good'), 'Return home to Elena');
  await type(page, page.getByLabel('Back-up plan (concurrent plan)'), 'Guardianship with Rosa');

  // 9. Agreements
  await meeting.next();
  await page.waitForURL(/agreements$/);
  await press(page, page.getByLabel('Elena Rivera'), 'Space');
  await type(page, page.getByLabel('In the family\'s words'), 'This is my plan.');
  await type(page, page.getByLabel('Place', { exact: true }).last(), 'Rosa\'s home');
  await page.locator('.summary').getByText('Elena will show 90 days of sobriety').waitFor();
  await meeting.saved();

  // Reload and check every step kept what was typed.
  await page.reload();
  await page.getByLabel('In the family\'s words').waitFor();
  assert.equal(await page.getByLabel('In the family\'s words').inputValue(), 'This is my plan.');
  assert.ok(await page.getByLabel('Elena Rivera').isChecked());
  const checks = [
    ['welcome', 'Purpose of this meeting', 'Build a plan together so Maya and Jordan can safely return home.'],
    ['crisis', 'Plan B: if the plan can\'t work that day', 'Tasha cares for them overnight.'],
    ['voice', 'Dreams — in the child\'s words', 'Live with mom and have a horse.'],
    ['closure', 'Back-up plan (concurrent plan)', 'Guardianship with Rosa'],
  ];
  const base = page.url().replace(/agreements$/, '');
  for (const [step, label, value] of checks) {
    await page.goto(base + step);
    await page.getByLabel(label).waitFor();
    assert.equal(await page.getByLabel(label).inputValue(), value, `${step}: ${label}`);
  }
  await page.goto(base + 'welcome');
  await meeting.built();
  assert.equal(await page.locator('textarea[id^=list-ground-rule-]').last().inputValue(), 'Phones on silent');
  await page.goto(base + 'strengths');
  await meeting.built();
  assert.equal(await page.locator('.strength textarea').nth(1).inputValue(), 'Rosa has a stable home near the school.');
  await page.goto(base + 'goals');
  // Tasks are one line each; the line opens the task's editor.
  assert.match(await page.locator('.task .row-summary').nth(1).textContent(), /Take a weekly test and share results/);
  await page.locator('.task .row-summary').nth(1).click();
  assert.equal(await page.locator('.task [id$=-what]').inputValue(), 'Take a weekly test and share results');
  await page.goto(base + 'worries');
  assert.ok(await page.getByLabel('This is about the children\'s safety').isChecked());
  assert.equal(await page.locator('.scale-grid input').first().inputValue(), '6');
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.outside, []);
  await context.close();
});

test('the reading grade drops when a text is simplified', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  await library.create('Reading family');
  const purpose = page.getByLabel('Purpose of this meeting');
  await purpose.fill('The interdisciplinary team will collaboratively facilitate comprehensive reunification planning, emphasizing permanency considerations.');
  const meter = page.locator('.field', { has: purpose }).locator('.meter');
  const hard = Number(await meter.getAttribute('data-grade'));
  await page.locator('.field', { has: purpose }).getByText('Plainer words:').waitFor();
  await purpose.fill('We will make a plan so the kids can come home. We will all help.');
  await page.waitForFunction((h) => Number(document.querySelector('#meeting-purpose ~ .meter-row .meter')?.dataset.grade) < h, hard);
  const easy = Number(await meter.getAttribute('data-grade'));
  assert.ok(hard >= 12 && easy <= 6, `grade went from ${hard} to ${easy}`);
  await context.close();
});

test('deleting an item can be undone from the keyboard', async () => {
  const { page, context } = await newPage(browser, server);
  const library = new LibraryPage(page, server);
  await library.open();
  await library.openExample();
  await page.goto(page.url().replace(/welcome$/, 'worries'));
  const worries = page.locator('.worry');
  await worries.first().waitFor();
  await stepBuilt(page);
  const before = await worries.count();
  await press(page, worries.first().getByRole('button', { name: 'Delete' }));
  await page.waitForFunction((n) => document.querySelectorAll('.worry').length === n - 1, before);
  await page.locator('#step-title').focus();
  await page.keyboard.press('Control+z');
  await page.waitForFunction((n) => document.querySelectorAll('.worry').length === n, before);
  // Undo never rolls back later edits: after another change it declines and says why.
  await press(page, worries.first().getByRole('button', { name: 'Delete' }));
  await page.waitForFunction((n) => document.querySelectorAll('.worry').length === n - 1, before);
  await type(page, worries.first().locator('textarea').first(), ' Edited after.');
  await page.locator('#step-title').focus();
  await page.keyboard.press('Control+z');
  await page.getByText('The plan has changed since, so that deletion can\'t be undone.').waitFor();
  assert.equal(await worries.count(), before - 1);
  await context.close();
});
