-- Migration number: 0002 	 The trace recorded with a shared snippet.
--
-- trace is the snippet's trace as the sharer's browser ran it, in the form
-- engine/trace's Trace.Record writes (checked against the snippet by
-- trace.ReadRecord when it is put and whenever it is rendered), or NULL.
-- It is written once, by the first PUT /api/snippets/ID/trace, and never
-- changed. trace_html is its HTML as the Worker rendered it
-- (templates.RecordedTraceView), which the short link's page shows at
-- once, and trace_render the build of the Worker that rendered it: a
-- Worker of another build renders it again from trace and replaces both.
ALTER TABLE snippets ADD COLUMN trace TEXT;
ALTER TABLE snippets ADD COLUMN trace_html TEXT;
ALTER TABLE snippets ADD COLUMN trace_render TEXT;
