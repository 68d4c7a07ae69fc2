import { fireEvent, screen, within } from '@testing-library/react';
import { tnmtLead } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import { createStubApi } from '../../test-support/stub-api';

// The fold itself is CSS (a narrow screen hides the list unless open; e2e/phone.e2e.test.ts sees it);
// here: the button's state, and the ways to close it.

beforeEach(() => localStorage.clear());

async function openNav() {
  renderApp(createStubApi({ Me: { data: { me: tnmtLead } } }), '/tasks');
  const nav = await screen.findByRole('navigation', { name: 'Điều hướng chính' });
  const button = within(nav).getByRole('button', { name: 'Danh mục' });
  return { nav, button };
}

test('the menu button says whether the sections are open and which list it opens', async () => {
  const { nav, button } = await openNav();
  expect(button.getAttribute('aria-expanded')).toBe('false');
  expect(button.getAttribute('aria-controls')).toBe(within(nav).getByRole('list').id);
  fireEvent.click(button);
  expect(button.getAttribute('aria-expanded')).toBe('true');
  expect(nav.classList.contains('main-nav--open')).toBe(true);
  fireEvent.click(button);
  expect(button.getAttribute('aria-expanded')).toBe('false');
});

test('Escape closes the open menu and gives the focus back to its button', async () => {
  const { nav, button } = await openNav();
  fireEvent.click(button);
  within(nav).getByRole('link', { name: 'Quyết định' }).focus();
  fireEvent.keyDown(document, { key: 'Escape' });
  expect(button.getAttribute('aria-expanded')).toBe('false');
  expect(document.activeElement).toBe(button);
});

test('choosing a section closes the menu and puts the focus on the page, not on a hidden link', async () => {
  const { nav, button } = await openNav();
  fireEvent.click(button);
  fireEvent.click(within(nav).getByRole('link', { name: 'Quyết định' }));
  expect(button.getAttribute('aria-expanded')).toBe('false');
  expect(document.activeElement).toBe(screen.getByRole('main'));
  expect(within(nav).getByRole('link', { name: 'Quyết định' }).getAttribute('aria-current')).toBe('page');
});

test('a press outside the open menu closes it', async () => {
  const { button } = await openNav();
  fireEvent.click(button);
  fireEvent.pointerDown(screen.getByRole('main'));
  expect(button.getAttribute('aria-expanded')).toBe('false');
});
