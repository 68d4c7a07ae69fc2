import { Suspense } from 'react';
import { render, screen } from '@testing-library/react';
import { lazyPage, preloadPages } from './lazy-page';

function Greeting() {
  return <h1>Xin chào</h1>;
}

it('shows the fallback until the page module has loaded, then the page', async () => {
  const Page = lazyPage(() => Promise.resolve({ Greeting }), 'Greeting');
  render(
    <Suspense fallback={<p>Đang tải trang…</p>}>
      <Page />
    </Suspense>,
  );
  expect(screen.getByText('Đang tải trang…')).toBeTruthy();
  expect(await screen.findByRole('heading', { name: 'Xin chào' })).toBeTruthy();
});

it('renders a preloaded page in the first pass, without the fallback', async () => {
  let loads = 0;
  const Page = lazyPage(() => {
    loads += 1;
    return Promise.resolve({ Greeting });
  }, 'Greeting');
  await preloadPages();
  render(
    <Suspense fallback={<p>Đang tải trang…</p>}>
      <Page />
    </Suspense>,
  );
  expect(screen.getByRole('heading', { name: 'Xin chào' })).toBeTruthy();
  expect(screen.queryByText('Đang tải trang…')).toBeNull();
  expect(loads).toBe(1);
});
