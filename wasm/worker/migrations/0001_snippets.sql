-- Migration number: 0001 	 The shared snippets.
--
-- id is the short ID (10 base62 digits from the SHA-256 of snippet, see
-- wasm/worker/snippet.go); snippet is the canonical JSON, written once and
-- never changed: {"django", "models", "settings", "shell", "step"}.
CREATE TABLE snippets (
    id TEXT PRIMARY KEY NOT NULL,
    snippet TEXT NOT NULL,
    created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
