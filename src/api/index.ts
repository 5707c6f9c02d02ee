/**
 * The HTTP API and web UI of Corroborate, as one Web-standard application (`createApp`). Serve it
 * with `corroborate serve`, or embed it: `app.fetch` takes a Request and gives a Response.
 */
export { createApp, type AppOptions } from './create-app.js';
export { HttpError, type ErrorBody } from './http-error.js';
export { openApiDocument, type OpenApiDocument } from './openapi.js';
export { listStoryPage, countFacts, type StoryListItem, type StoryListPage } from './story-list.js';
export { entityDetail, type EntityDetail } from './entity-detail.js';
export { storyView, type StoryView } from './story-view.js';
export { readPostedReports, addPostedReports, type AddSummary, type PostedReports } from './add-reports.js';
export { renderAtom, type AtomFeed, type AtomEntry } from './atom-feed.js';
export { securityHeaders, CONTENT_SECURITY_POLICY } from './middleware/security-headers.js';
export { serverTiming } from './middleware/server-timing.js';
export { loopbackHostOnly, isLoopbackHost } from './middleware/loopback-host.js';
export { requireWriter, authorizeWrite, type WriterOptions } from './middleware/require-writer.js';
