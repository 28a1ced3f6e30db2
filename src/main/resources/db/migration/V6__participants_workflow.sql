-- The participants' workflow: event phases and matchmaking rules, participant profiles and attendance, notes on wishes.

alter table event add column phase varchar(20) default 'DRAFT' not null;
alter table event add column rules_json varchar;

alter table participant add column description varchar(4000);
alter table participant add column offers varchar(2000);
alter table participant add column seeks varchar(2000);
alter table participant add column languages_json varchar;
alter table participant add column email varchar(320);
alter table participant add column attendance varchar(16);

alter table meeting_request add column note varchar(1000);
