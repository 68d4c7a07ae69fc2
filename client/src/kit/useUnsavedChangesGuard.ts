import { useEffect } from 'react';

// Warns before leaving a form with unsaved typing. The app runs on <BrowserRouter> (not a data
// router), so react-router's useBlocker is not available: a reload or a closed tab is caught by
// `beforeunload`, an in-app link by a click listener that runs before the router's own. The back
// button is not caught; the local draft (useLocalDraft) is what keeps that typing.

/** A click that the router would turn into an in-app navigation away from this page. */
function leavingLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return null;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self') || link.hasAttribute('download'))
    return null;
  const to = new URL(link.href, window.location.href);
  if (to.origin !== window.location.origin) return null; // another site: `beforeunload` asks
  const here = window.location;
  return to.pathname === here.pathname && to.search === here.search ? null : link;
}

/** While `active`, asks `question` before an in-app link leaves the page, and the browser's own question before unload. */
export function useUnsavedChangesGuard(active: boolean, question: string): void {
  useEffect(() => {
    if (!active) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = ''; // older Chromium asks only when returnValue is set
    };
    const click = (event: MouseEvent) => {
      if (!leavingLink(event) || window.confirm(question)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', click, true); // capture: before the router's listener on the root
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
    };
  }, [active, question]);
}
