/**
 * Ids of the page's parts that others lead to: the skip link, and focus that comes back when a panel closes
 * (the side panel then shows the project list again).
 */
export const PROJECT_LIST_ID = 'project-list';
export const SIDE_PANEL_ID = 'side-panel';
