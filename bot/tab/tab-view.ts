// The tab's views, as the app package's static tabs name them (?view=…).
export const TAB_VIEWS = ['my-reports', 'register', 'policy', 'insight'] as const;
export type TabViewId = (typeof TAB_VIEWS)[number];

export function viewFromUrl(search: string): TabViewId {
  const view = new URLSearchParams(search).get('view');
  return (TAB_VIEWS as readonly string[]).includes(view ?? '') ? (view as TabViewId) : 'my-reports';
}
