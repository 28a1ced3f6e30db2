-- When a wish expired unanswered (the event's expiry rule declined it for its receiver), so that both sides see
-- "expired" rather than "declined"; null for every other wish, and cleared when its status changes again.

alter table meeting_request add column expired_at timestamp;
