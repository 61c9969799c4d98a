// Guess first, really: each answer of the "Who is winning?" quiz stays hidden until the reader guesses it or
// chooses "show me without guessing"; a guess cannot be changed afterwards; the tally counts only real guesses;
// the keyboard gives the same flow and each answer is announced from its own live region.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, PHONE, DESKTOP, screenshot } from './harness.mjs';

let s;
before(async () => { s = await start(); });
after(async () => { await s?.close(); });

const verdicts = (p) => p.$$eval('#guess-quiz .quiz-verdict', (els) => els.map((e) => e.textContent.trim()));

for (const lang of ['en', 'ja']) {
  test(`${lang}: no answer shows before a guess or a skip, and only guesses are scored`, async () => {
    const p = await open(s.browser, `${s.url}#/${lang}/`, { locale: lang === 'ja' ? 'ja-JP' : 'en-US' });
    assert.deepEqual(p.errors, []);
    const items = await p.$$('#guess-quiz .quiz-item');
    assert.equal(items.length, 6);
    assert.deepEqual(await verdicts(p), ['', '', '', '', '', ''], 'an answer is visible before any guess');
    assert.equal(await p.getAttribute('#quiz-answers', 'class'), 'quiz-answers hidden-answers', 'the chart waits');
    assert.equal((await p.textContent('#guess-quiz .quiz-score')).trim(), '');

    // Guess the first question: only its answer appears, in its live region.
    await p.click('#guess-quiz .quiz-item >> nth=0 >> .quiz-choice >> nth=0');
    let v = await verdicts(p);
    assert.ok(v[0].length > 0, 'the guessed answer appears');
    assert.deepEqual(v.slice(1), ['', '', '', '', ''], 'other answers stay hidden');
    assert.equal(await p.getAttribute('#quiz-a-0', 'role'), 'status');
    const score1 = (await p.textContent('#guess-quiz .quiz-score')).trim();
    assert.match(score1, /1/);

    // Trying to change the guess after seeing the answer does nothing.
    // The link is written just after the redraw; wait for it before comparing.
    await p.waitForFunction(() => location.hash.includes('quiz.guess='));
    const hash = await p.evaluate(() => location.hash);
    // aria-disabled, not disabled: it stays focusable; a forced click must still change nothing.
    await p.click('#guess-quiz .quiz-item >> nth=0 >> .quiz-choice >> nth=1', { force: true });
    assert.equal(await p.getAttribute('#guess-quiz .quiz-item >> nth=0 >> .quiz-choice >> nth=0', 'aria-pressed'), 'true');
    assert.equal(await p.getAttribute('#guess-quiz .quiz-item >> nth=0 >> .quiz-choice >> nth=1', 'aria-pressed'), 'false');
    await p.waitForTimeout(300);
    assert.equal(await p.evaluate(() => location.hash), hash);

    // "Show me without guessing" on the second: its answer shows, marked as no guess, and the tally of guesses
    // does not grow.
    await p.click('#guess-quiz .quiz-item >> nth=1 >> .quiz-skip');
    v = await verdicts(p);
    assert.ok(v[1].length > 0);
    assert.ok(v[1].includes(lang === 'ja' ? '予想なし' : 'no guess'), v[1]);
    assert.deepEqual(v.slice(2), ['', '', '', ''], 'still hidden');
    const score2 = (await p.textContent('#guess-quiz .quiz-score')).trim();
    assert.ok(score2.startsWith(score1), `"${score2}" keeps "${score1}" and adds the skipped count`);
    assert.ok(await p.evaluate(() => location.hash.includes('quiz.guess=')), 'picks are in the link');

    // Show the rest without guessing: every answer appears, the chart too, and the guess tally is unchanged.
    await p.click('#guess-quiz .quiz-actions button >> nth=0');
    v = await verdicts(p);
    assert.ok(v.every((t) => t.length > 0));
    await p.waitForSelector('#quiz-answers:not(.hidden-answers)');
    assert.ok((await p.textContent('#guess-quiz .quiz-score')).trim().startsWith(score1));
    await p.evaluate(() => document.getElementById('guess-quiz').scrollIntoView());
    await screenshot(p, `quiz-${lang}-desktop`);
    await p.context().close();
  });
}

test('keyboard and screen reader: a guess by Space, its answer announced, focus stays on the choice', async () => {
  const p = await open(s.browser, `${s.url}#/en/`, { viewport: PHONE });
  const q = '#guess-quiz .quiz-item >> nth=2';
  // Each choice names its question (the group) and points at the answer's live region.
  assert.equal(await p.getAttribute(`${q} >> .quiz-choices`, 'role'), 'group');
  assert.equal(await p.getAttribute(`${q} >> .quiz-choices`, 'aria-labelledby'), 'quiz-q-2');
  assert.equal(await p.getAttribute(`${q} >> .quiz-choice >> nth=1`, 'aria-describedby'), 'quiz-a-2');
  await p.focus(`${q} >> .quiz-choice >> nth=1`);
  await p.keyboard.press('Space');
  assert.ok((await p.textContent('#quiz-a-2')).trim().length > 0, 'the answer is in the live region');
  assert.equal(await p.getAttribute(`${q} >> .quiz-choice >> nth=1`, 'aria-disabled'), 'true');
  assert.equal(await p.evaluate(() => document.activeElement.getAttribute('aria-describedby')), 'quiz-a-2', 'focus stays put');
  // Tab moves on to the skip button, then to the next question's first choice.
  await p.keyboard.press('Tab');
  assert.ok(await p.evaluate(() => document.activeElement.classList.contains('quiz-skip')));
  await p.keyboard.press('Tab');
  assert.equal(await p.evaluate(() => document.activeElement.getAttribute('aria-describedby')), 'quiz-a-3');
  await p.keyboard.press('Enter');
  assert.ok((await p.textContent('#quiz-a-3')).trim().length > 0);
  await p.evaluate(() => document.getElementById('guess-quiz').scrollIntoView());
  await screenshot(p, 'quiz-en-phone');
  await p.context().close();
});

test('an old link with quiz.reveal=1 shows every answer as "no guess" and scores nothing', async () => {
  const p = await open(s.browser, `${s.url}#/ja/?quiz.reveal=1`, { viewport: PHONE, locale: 'ja-JP' });
  const v = await verdicts(p);
  assert.ok(v.every((t) => t.includes('予想なし')), v.join(' | '));
  assert.doesNotMatch((await p.textContent('#guess-quiz .quiz-score')).trim(), /正解/);
  await p.evaluate(() => document.getElementById('guess-quiz').scrollIntoView());
  await screenshot(p, 'quiz-ja-phone');
  await p.context().close();
});

test('a link with picks restores them: guesses, a skip, the rest hidden', async () => {
  const p = await open(s.browser, `${s.url}#/en/?v=1&quiz.guess=us,x,-,-,-,-`, { viewport: DESKTOP });
  const v = await verdicts(p);
  assert.ok(v[0].length > 0 && v[1].includes('no guess'));
  assert.deepEqual(v.slice(2), ['', '', '', '']);
  await p.context().close();
});
