-- A child held past a limit now comes first on every worklist, before breaches that are over: urgency_rank 0 for an
-- alert of a child still held beyond a liberty limit, 1 for other breaches and failures, 2 for deadlines. The rows
-- already stored are ranked again here (the model rewrites a row only when the alert itself changes).
UPDATE worklist_alert SET urgency_rank = CASE WHEN held_beyond = TRUE THEN 0 WHEN status = 'PENDING' THEN 2 ELSE 1 END;
