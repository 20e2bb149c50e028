// office-addin-mock needs only the OfficeApp host names from office-addin-manifest, which itself is
// Node-only (file system); in the browser bundle this stands in for it.
export const OfficeApp = {
  Excel: 'excel',
  OneNote: 'onenote',
  Outlook: 'outlook',
  PowerPoint: 'powerpoint',
  Project: 'project',
  Word: 'word',
} as const;
