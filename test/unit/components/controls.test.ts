// ParameterSlider, NoticeList and Stepper, rendered as the prerender renders them: names,
// values in words, locked and hinted states, notices as plain text, and the stepper's buttons
// and status (hidden until JavaScript runs, since it needs it).
import { parameters, sources, states, steps } from 'virtual:backfill/content';
import { describe, expect, it } from 'vitest';
import NoticeList from '../../../src/lib/NoticeList.svelte';
import type { Notice } from '../../../src/lib/notice.ts';
import ParameterSlider from '../../../src/sandbox/ParameterSlider.svelte';
import Stepper from '../../../src/story/Stepper.svelte';
import { renderHTML } from '../../support/render.ts';

const spec = parameters.find((p) => p.id === 'japanExportPerYear')!;
const slider = (extra: Record<string, unknown> = {}) =>
  renderHTML(ParameterSlider, {
    spec,
    value: 11,
    sources,
    sourcesHref: 'model.html',
    onchange: () => {},
    ...extra,
  });

describe('ParameterSlider', () => {
  it('is a labelled native range input with its unit in words (aria-valuetext)', () => {
    const $ = slider();
    const input = $(`input#param-${spec.id}`);
    expect(input.attr('type')).toBe('range');
    expect([input.attr('min'), input.attr('max'), input.attr('step')]).toEqual(
      [spec.min, spec.max, spec.step].map(String),
    );
    expect(input.attr('value')).toBe('11');
    expect(input.attr('aria-valuetext')).toBe('11 interceptors a year');
    expect($(`label[for="param-${spec.id}"]`).text()).toBe(spec.label);
    expect($(`output[for="param-${spec.id}"]`).text()).toBe('11 interceptors a year');
    expect(input.attr('disabled')).toBeUndefined();
    expect(input.attr('aria-describedby')).toBeUndefined();
  });

  it('shows its status and explains itself, with its sources, one button away', () => {
    const $ = slider();
    expect($(`.status--${spec.status}`).text()).toBe(spec.status);
    const about = $(`#param-${spec.id}-about`);
    expect($('button.param__info').attr('popovertarget')).toBe(about.attr('id'));
    expect($('button.param__info').attr('aria-label')).toBe(`About: ${spec.label}`);
    expect(about.attr('popover')).toBeDefined();
    expect(
      about
        .find('a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(spec.sources.map((id) => `model.html#source-${id}`));
  });

  it('when locked by the link: disabled, and says why (described by the note)', () => {
    const $ = slider({ locked: true });
    const input = $(`input#param-${spec.id}`);
    expect(input.attr('disabled')).toBeDefined();
    const hint = $(`#${input.attr('aria-describedby')}`);
    expect(hint.text()).toBe('Fixed by the link to this page: this setting cannot be moved here.');
  });

  it('joins a hint to the lock note, and describes the input by it', () => {
    const $ = slider({ locked: true, hint: 'No effect while exports are zero.' });
    const input = $(`input#param-${spec.id}`);
    expect($(`#${input.attr('aria-describedby')}`).text()).toBe(
      'Fixed by the link to this page: this setting cannot be moved here. No effect while exports are zero.',
    );
    const unlocked = slider({ hint: 'No effect.', disabled: true });
    expect(unlocked(`#${unlocked('input').attr('aria-describedby')}`).text()).toBe('No effect.');
    expect(unlocked('input').attr('disabled')).toBeDefined();
  });

  it('says a value of one in the singular', () => {
    expect(slider({ value: 1 })('input').attr('aria-valuetext')).toBe('1 interceptor a year');
  });
});

describe('NoticeList', () => {
  const notices: Notice[] = [
    {
      param: 'seed',
      label: 'Random seed',
      kind: 'dropped',
      message: 'Random seed: "<img src=x onerror=alert(1)>" is not a whole number.',
    },
    { param: 'je', label: 'Exports', kind: 'clamped', message: 'Exports: clamped.' },
  ];

  it('is a status region listing each message as text, with a Dismiss button', () => {
    const $ = renderHTML(NoticeList, { notices, heading: 'This link was adjusted' });
    const region = $('[data-testid="notices"]');
    expect(region.attr('role')).toBe('status');
    expect(region.find('.notices__heading').text()).toBe('This link was adjusted:');
    expect(
      region
        .find('li')
        .map((_, li) => $(li).text())
        .get(),
    ).toEqual(notices.map((n) => n.message));
    // Text from a link is never markup.
    expect(region.find('img')).toHaveLength(0);
    expect(region.find('button[type="button"]').text()).toBe('Dismiss');
  });

  it('renders nothing when there is nothing to say', () => {
    const $ = renderHTML(NoticeList, { notices: [] });
    expect($('[data-testid="notices"]')).toHaveLength(0);
  });
});

describe('Stepper', () => {
  const $ = renderHTML(Stepper, {});
  const nav = $('nav.stepper');

  it('is a named navigation, hidden until JavaScript runs (it needs it)', () => {
    expect(nav.attr('aria-label')).toBe('Story steps');
    expect(nav.attr('hidden')).toBeDefined();
  });

  it('has Previous and Next buttons with their keys, Previous disabled at the first step', () => {
    const [prev, next] = nav
      .find('button')
      .toArray()
      .map((b) => $(b));
    expect(prev!.text().trim()).toBe('← Previous');
    expect(prev!.attr('aria-keyshortcuts')).toBe('ArrowLeft');
    expect(prev!.attr('disabled')).toBeDefined();
    expect(next!.text().trim()).toBe('Next →');
    expect(next!.attr('aria-keyshortcuts')).toBe('ArrowRight');
    expect(next!.attr('disabled')).toBeUndefined();
    // The arrows are decoration: the buttons' names are the words.
    expect(nav.find('button span[aria-hidden="true"]')).toHaveLength(2);
  });

  it('says where the reader is, politely and as a whole, with the step’s caption', () => {
    const status = nav.find('.stepper__status');
    expect(status.attr('aria-live')).toBe('polite');
    expect(status.attr('aria-atomic')).toBe('true');
    expect(status.text()).toBe(`Step 1 of ${steps.length}: ${states[steps[0]!.state]!.caption}`);
    expect(status.find('.visually-hidden').text()).toBe(`: ${states[steps[0]!.state]!.caption}`);
  });
});
