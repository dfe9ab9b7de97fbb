-- Migration number: 0002 	 The trace recorded with a shared snippet.
--
-- trace is the snippet's trace as the sharer's browser ran it, in the form
-- engine/trace's Trace.Record writes (checked against the snippet by
-- trace.ReadRecord when it is put and when it is read), or NULL: the short link's page shows it
-- at once, before the page's own engine runs the snippet again. It is
-- written once, by the first PUT /api/snippets/ID/trace, and never changed.
ALTER TABLE snippets ADD COLUMN trace TEXT;
