import { useCallback, useState } from 'react';

export type ProjectsView = 'grid' | 'list';

const STORAGE_KEY = 'runhub.projects.view';

function readView(): ProjectsView {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'list' ? 'list' : 'grid';
  } catch {
    // Storage can be blocked (privacy settings): the grid is the default, not an error.
    return 'grid';
  }
}

/** Grid or list, remembered in this browser (a layout preference, not an account setting). */
export function useProjectsView(): [ProjectsView, (view: ProjectsView) => void] {
  const [view, setView] = useState(readView);
  const choose = useCallback((next: ProjectsView) => {
    setView(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, but still applied.
    }
  }, []);
  return [view, choose];
}
