-- The language a person chose for Leeway's pages (a language tag such as "de"); null means the browser's language.
alter table employee add column locale varchar(16);
