-- timeline: nothing reads events by type across cases (statistics read their own facts, the case list finds a closed
-- case through its own events), yet every event stored paid for this index: a quarter of the cost of storing an event
-- in a bulk import (docs/performance.md).
DROP INDEX legal_event_type_time;
