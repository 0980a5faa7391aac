-- Children by registration, the newest first: the order of every list and search of children. With it a search
-- for a common part of a name over a million children stops at the first page of matches in scope instead of
-- sorting tens of thousands.
CREATE INDEX IF NOT EXISTS child_registered ON child (registered_at);
