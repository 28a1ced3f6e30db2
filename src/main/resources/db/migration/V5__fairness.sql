-- The fairness minimum of an event: every participant with a request that can take place gets at least this
-- many meetings, as far as its requests allow (the solver's rule "Too few meetings"); 0 switches the rule off.

alter table event add column minimum_meetings integer default 1 not null;
